/**
 * Stand-ins for a chunk that cannot be loaded (a copy of the module without its chunk files), so the element
 * still says what it can.
 */
import type { JsonReaders } from '../chunks/json.js';
import type * as Messages from '../chunks/messages.js';
import type { PreviousReader, TestReader } from '../config/resolve.js';
import type { ConfigIssue } from '../config/settings.js';

/** The messages: each issue by its code, so the panel still says where. */
const plain = (i: ConfigIssue) => `${i.where} ${i.field}${i.step === null ? '' : ` #${i.step + 1}`}: ${i.code}`;
export const plainMessages: typeof Messages = {
  styles: '',
  errorReport: (issues) => {
    const lines = issues.map(plain);
    return { title: '<sales-funnel>', issues, lines, message: `<sales-funnel>:\n${lines.join('\n')}` };
  },
  problem: plain,
  describe: plain,
  report: (element, issues) => {
    const lines = issues.map(plain);
    console.error(`<sales-funnel>:\n${lines.join('\n')}`);
    element.dispatchEvent(
      new CustomEvent('sales-funnel-error', {
        bubbles: true,
        composed: true,
        detail: { message: lines.join('\n'), issues },
      }),
    );
  },
};

/** The JSON reader: every JSON source says it cannot be read. */
export const noJsonReaders: JsonReaders = (report) => ({
  json: (_, where, field) => void report(where, field, 'json', '…'),
  list: () => undefined,
  config: () => ({}),
});

/** The period before's reader: its figures are left out, and the funnel shows this period alone. */
export const noPreviousReader: PreviousReader = { read: () => {}, check: () => [] };

/** The test's reader: the test is left out, and the funnel shows no test. */
export const noTestReader: TestReader = { read: () => undefined, check: () => [] };
