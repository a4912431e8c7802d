/**
 * The words of two periods side by side, in English and Dutch (DESIGN.md: "Q1 → Q2", "echte stijging" / "echte
 * daling", "misschien", "binnen het toeval"; never "zeker" of what chance can explain).
 */
import type { Period } from '../../config/settings.js';

type Names = Record<Period | '', string>;

const en = {
  /** The periods' names where the author gave none: by `period`. */
  last: {
    month: 'last month',
    quarter: 'last quarter',
    'half-year': 'last half-year',
    year: 'last year',
    '': 'last period',
  } as Names,
  this: {
    month: 'this month',
    quarter: 'this quarter',
    'half-year': 'this half-year',
    year: 'this year',
    '': 'this period',
  } as Names,
  /** Under a key figure, while no slider has moved: its change since the period before. */
  since: (change: string, was: string) => `${change} since ${was}`,
  same: (was: string) => `as in ${was}`,
  /** Step 0's figure before, under its count: "was 950". */
  was: (n: string) => `was ${n}`,
  /** The steps that really rose, or fell: "Real rise: Qualified leads (+€9,941)". */
  rose: (steps: string) => `Real rise: ${steps}`,
  fell: (steps: string) => `Real fall: ${steps}`,
  none: 'No step changed more than chance explains.',
  maybe: (labels: string) => `Maybe changed: ${labels}.`,
  and: ' and ',
  /** The chips: real or maybe; said in full to screen readers. */
  /** The chips' signs, and their words where there is room. */
  sign: { up: '↑', down: '↓', maybe: '?' },
  word: { up: ' real', down: ' real', maybe: ' maybe' },
  explain: { up: 'a real rise', down: 'a real fall', maybe: 'maybe changed: see Insights' },
  details: (was: string, now: string) => `${was[0].toUpperCase()}${was.slice(1)} → ${now}, step by step`,
  verdict: { up: 'a real rise', down: 'a real fall', maybe: 'maybe', noise: 'within chance' },
  points: (n: string) => `${n} points`,
  step0: (label: string, from: string, to: string, change: string) => `${label}: ${from} → ${to} (${change})`,
  step: (label: string, from: string, to: string, change: string) => `${label}: ${from} → ${to} (${change} points)`,
  range: (lo: string, hi: string) => `, probably between ${lo} and ${hi}`,
  given: 'cannot be judged: a percentage was given, not counted',
  empty: 'cannot be judged: no one at the step before',
  note: (k: string) =>
    `The ranges hold for ${k == '2' ? 'both' : `all ${k}`} steps together (95%): looking at ${k} steps at once, one of them would otherwise often stand out by chance. ‘Maybe’: outside chance on its own, not together.`,
};

export type CompareWords = typeof en;

const nl: CompareWords = {
  last: {
    month: 'vorige maand',
    quarter: 'vorig kwartaal',
    'half-year': 'vorig halfjaar',
    year: 'vorig jaar',
    '': 'vorige periode',
  },
  this: {
    month: 'deze maand',
    quarter: 'dit kwartaal',
    'half-year': 'dit halfjaar',
    year: 'dit jaar',
    '': 'deze periode',
  },
  since: (change, was) => `${change} sinds ${was}`,
  same: (was) => `net als ${was}`,
  was: (n) => `was ${n}`,
  rose: (steps) => `Echt gestegen: ${steps}`,
  fell: (steps) => `Echt gedaald: ${steps}`,
  none: 'Geen stap veranderde meer dan het toeval verklaart.',
  maybe: (labels) => `Misschien veranderd: ${labels}.`,
  and: ' en ',
  sign: { up: '↑', down: '↓', maybe: '?' },
  word: { up: ' echt', down: ' echt', maybe: ' misschien' },
  explain: { up: 'echte stijging', down: 'echte daling', maybe: 'misschien veranderd: zie Inzichten' },
  details: (was, now) => `${was[0].toUpperCase()}${was.slice(1)} → ${now}, per stap`,
  verdict: { up: 'echte stijging', down: 'echte daling', maybe: 'misschien', noise: 'binnen het toeval' },
  points: (n) => `${n} procentpunt`,
  step0: (label, from, to, change) => `${label}: ${from} → ${to} (${change})`,
  step: (label, from, to, change) => `${label}: ${from} → ${to} (${change} procentpunt)`,
  range: (lo, hi) => `, waarschijnlijk tussen ${lo} en ${hi}`,
  given: 'niet te beoordelen: het percentage is opgegeven, niet geteld',
  empty: 'niet te beoordelen: niemand bij de stap ervoor',
  note: (k) =>
    `De bandbreedtes gelden voor ${k == '2' ? 'beide' : `alle ${k}`} stappen samen (95%): wie ${k} stappen tegelijk bekijkt, ziet anders vaak één toevallige uitschieter. ‘Misschien’: apart bekeken buiten het toeval, samen niet.`,
};

export const compareWords = (lang: 'nl' | 'en') => (lang == 'nl' ? nl : en);
