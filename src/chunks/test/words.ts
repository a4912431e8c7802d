/**
 * The words of a test's result, in English and Dutch (SPEC 2 "A test's result": "B wins", "no winner yet", "too
 * little data to decide"; never a winner where the data are too few or the split went wrong).
 */
const en = {
  title: (label: string) => `Test at ${label}`,
  /** In the details' summary line: the verdict in a few words. */
  summary: (verdict: string) => `Test: ${verdict}`,
  verdict: {
    b: (chance: string) => `B wins (${chance} chance)`,
    a: (chance: string) => `A wins (${chance} chance)`,
    none: (chance: string) => `no winner yet (${chance} chance B is better)`,
    tooSmall: 'too little data to decide',
    split: 'the split went wrong',
  },
  split: (a: string, b: string, planned: string, p: string) =>
    `Check the split first: A got ${a} people and B ${b}, where ${planned} was planned for B; chance alone does that ${p} of the time. A test whose split went wrong cannot be trusted: find out what went wrong first.`,
  rates: (a: string, na: string, ra: string, b: string, nb: string, rb: string) =>
    `A: ${a} of ${na} (${ra}). B: ${b} of ${nb} (${rb}).`,
  tooSmall: 'A winner needs at least 100 people and 25 conversions in each version.',
  lift: (lift: string, lo: string, hi: string) =>
    `B converts ${lift} against A, probably (95%) between ${lo} and ${hi}.`,
  noLift: 'A converted no one: there is no relative difference to give.',
  worth: (extra: string, per: string, year: string, lo: string, hi: string) =>
    `With B: ${extra}${per}${year}, 8 times in 10 between ${lo} and ${hi}.`,
  year: (x: string) => ` (${x} a year)`,
  customers: (x: string) => `${x} customers`,
  button: (label: string, value: string) => `Set the slider of ${label} to B: ${value}`,
  peek: (n: string, lift: string) =>
    `Read before its end? Each version needs ${n} people to find the ${lift} planned on this step: a result read before the end date you fixed in advance is not a result.`,
};

export type TestWords = typeof en;

const nl: TestWords = {
  title: (label) => `Test bij ${label}`,
  summary: (verdict) => `Test: ${verdict}`,
  verdict: {
    b: (chance) => `B wint (${chance} kans)`,
    a: (chance) => `A wint (${chance} kans)`,
    none: (chance) => `nog geen winnaar (${chance} kans dat B beter is)`,
    tooSmall: 'te weinig data om te beslissen',
    split: 'de verdeling ging mis',
  },
  split: (a, b, planned, p) =>
    `Controleer eerst de verdeling: A kreeg ${a} mensen en B ${b}, terwijl ${planned} voor B gepland was; toeval alleen doet dat in ${p} van de gevallen. Een test waarvan de verdeling misging, kun je niet vertrouwen: zoek eerst uit wat er misging.`,
  rates: (a, na, ra, b, nb, rb) => `A: ${a} van ${na} (${ra}). B: ${b} van ${nb} (${rb}).`,
  tooSmall: 'Voor een winnaar zijn in elke versie minstens 100 mensen en 25 conversies nodig.',
  lift: (lift, lo, hi) => `B converteert ${lift} ten opzichte van A, waarschijnlijk (95%) tussen ${lo} en ${hi}.`,
  noLift: 'A had geen enkele conversie: er is geen relatief verschil te noemen.',
  worth: (extra, per, year, lo, hi) => `Met B: ${extra}${per}${year}, in 8 van de 10 gevallen tussen ${lo} en ${hi}.`,
  year: (x) => ` (${x} per jaar)`,
  customers: (x) => `${x} klanten`,
  button: (label, value) => `Zet de schuif van ${label} op B: ${value}`,
  peek: (n, lift) =>
    `Voor het einde gelezen? Elke versie heeft ${n} mensen nodig om de ${lift} te vinden die bij deze stap gepland is: een uitkomst die je leest voor de einddatum die je vooraf vastlegde, is geen uitkomst.`,
};

export const testWords = (lang: 'nl' | 'en') => (lang == 'nl' ? nl : en);
