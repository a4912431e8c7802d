/**
 * The funnel as data for elsewhere: the reader's draft of it (`editable`), encoded for a share link, a stored
 * copy and our CSV's last row; and in the child script's shape, for `sales-funnel-change`. Pure.
 */
import { MAX_STEPS, MIN_STEPS } from '../../core/validate.js';
import type { Settings } from '../../config/settings.js';
import type { Model } from '../../view/model.js';

export interface Draft {
  /** Each step as typed: its label, and a count ("1.000") or a rate ("35%"). */
  steps: { label: string; value: string }[];
  dealValue: string;
  /** "" for none. */
  period: string;
  /** The sliders, percent. */
  improvements: number[];
}

/** The most a shared or stored funnel may take, in characters: 100 steps with long labels fit easily. */
const MOST = 20000;

/** The author's funnel as a draft: the form starts from what the reader sees. */
export function draftOf(s: Settings, improvements: number[]): Draft {
  const n = new Intl.NumberFormat(s.locale, { maximumFractionDigits: 6 }).format;
  return {
    steps: s.input.steps.map((st, i) => ({ label: st.label ?? `${i + 1}`, value: st.count !== undefined ? n(st.count) : n(st.rate! * 100) + '%' })),
    dealValue: s.input.dealValue === undefined ? '' : n(s.input.dealValue),
    period: s.period ?? '',
    improvements: [...improvements],
  };
}

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const unbase64 = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** A draft as a fragment's value: JSON, base64url. */
export const encode = (d: Draft) => base64(JSON.stringify([d.steps.map((s) => [s.label, s.value]), d.dealValue, d.period, d.improvements]));

/** A fragment's or storage's value back to a draft; null where it is not one (broken, too long, the wrong shape). */
export function decode(text: string | null): Draft | null {
  if (!text || text.length > MOST) return null;
  try {
    const [steps, dealValue, period, improvements] = JSON.parse(unbase64(text));
    const ok =
      Array.isArray(steps) && steps.length >= MIN_STEPS && steps.length <= MAX_STEPS && steps.every((s) => Array.isArray(s) && s.length == 2 && s.every((x) => typeof x == 'string')) &&
      typeof dealValue == 'string' && typeof period == 'string' &&
      Array.isArray(improvements) && improvements.every((x) => typeof x == 'number' && Number.isFinite(x));
    return ok ? { steps: steps.map(([label, value]: string[]) => ({ label, value })), dealValue, period, improvements } : null;
  } catch {
    return null;
  }
}

/** The reader's funnel in the child script's shape (percent), at the current sliders. */
export function configOf({ settings: s, sliders: u }: Pick<Model, 'settings' | 'sliders'>) {
  return {
    steps: s.input.steps.map((st, i) => ({
      label: st.label,
      ...(st.count !== undefined ? { count: st.count } : { rate: st.rate! * 100 }),
      improvement: u[i],
    })),
    ...(s.input.dealValue === undefined ? {} : { dealValue: s.input.dealValue }),
    currency: s.currency,
    ...(s.period ? { period: s.period } : {}),
    mode: s.mode,
    ...(s.input.target === undefined ? {} : { target: s.input.target }),
  };
}
