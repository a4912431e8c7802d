/** The element (registered as `<sales-funnel>` on import), its event details, and the calculator. */
import './define.js';
export { SalesFunnel, type SalesFunnelChangeDetail, type SalesFunnelErrorDetail } from './sales-funnel.js';
export type { ConfigIssue, StepConfig } from './config.js';
export * from './core/index.js';
