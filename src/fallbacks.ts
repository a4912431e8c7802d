/**
 * Stand-ins for a chunk that cannot be loaded (a copy of the module without its chunk files), so the element
 * still says what it can. The classic script holds every chunk, none can be missing: its build puts
 * `fallbacks.classic.ts` in this module's place.
 */
import type { ConfigIssue } from './config.js';
import type { JsonReaders } from './json.js';
import type * as Messages from './messages.js';

/** The messages: each issue by its code, so the panel still says where. */
export const plainMessages = {
  messages: () => ({ error: '<sales-funnel>' }),
  describe: (i: ConfigIssue) => `${i.where} ${i.field}${i.step === null ? '' : ` #${i.step + 1}`}: ${i.code}`,
} as unknown as typeof Messages;

/** The JSON reader: every JSON source says it cannot be read. */
export const noJsonReaders: JsonReaders = (report) => ({ json: (_, where, field) => void report(where, field, 'json', '…'), list: () => undefined, config: () => ({}) });
