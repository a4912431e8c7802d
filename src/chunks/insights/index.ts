/**
 * The insights chunk, fetched when a reader first opens the section (a funnel nobody opens never pays for it):
 * what it says, and its template.
 */
export { insightsOf } from './insights.js';
export { insightsBody, styles } from './template.js';
