/**
 * The period before's figures, read and checked: `previous` (a list in the steps' order, each figure perhaps after
 * its step's label) into each step, and the core's checks of them. The parser (config/resolve.ts) asks for this
 * reader where a source gives figures of the period before; a funnel without them never loads it.
 */
import { checkPrevious } from '../../core/compare.js';
import type { StepInput } from '../../core/types.js';
import { items } from '../../config/compact.js';
import { parseAmount } from '../../config/numbers.js';
import { figure, type PreviousReader } from '../../config/resolve.js';
import type { ConfigIssue, Where } from '../../config/settings.js';

/**
 * `previous`: the period before's figures, in the steps' order (above each step's own), each perhaps after a
 * label, which must be that step's (so a list with a step out of place is an error, not a wrong comparison).
 * A figure is a count, or a rate with `%` where the step gives a rate.
 */
function read(list: unknown, where: Where, steps: StepInput[], issues: ConfigIssue[]) {
  const given = typeof list == 'string' ? items(list) : Array.isArray(list) ? list : [];
  if (given.length > steps.length)
    issues.push({ code: 'too-many', where, field: 'previous', step: null, value: given.length, extra: steps.length });
  given.slice(0, steps.length).forEach((item, i) => {
    const text = String(item ?? '');
    const colon = typeof item == 'number' ? -1 : text.lastIndexOf(':');
    const label = colon < 0 ? undefined : text.slice(0, colon).trim();
    const { value, percent } =
      typeof item == 'number' ? { value: item, percent: false } : parseAmount(text.slice(colon + 1));
    const own = steps[i].label ?? '';
    if (label !== undefined && label.toLowerCase() != own.trim().toLowerCase())
      issues.push({ code: 'previous-label', where, field: 'previous', step: i, label: own, value: label, extra: own });
    else if (!Number.isFinite(value))
      issues.push({ code: 'number', where, field: 'previous', step: i, label: own, value: item });
    else figure(steps[i], value, percent);
  });
}

export const previousReader: PreviousReader = { read, check: checkPrevious };
