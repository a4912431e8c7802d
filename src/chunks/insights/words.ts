/**
 * What the insights say, in English and Dutch (third edition, SPEC 2: no "certainly" of anything chance can
 * explain; ranges said as probable, not as bounds; the test planner per version and in all, of whom, whole
 * weeks, and one rule against peeking).
 */

const en = {
  // The bottleneck, in grades.
  clear: (label: string, rate: string) =>
    `${label} is clearly the bottleneck: its conversion (${rate}) is below every other step’s, beyond what chance explains.`,
  probable: (label: string, chance: string, rate: string) =>
    `${label} is probably the bottleneck (${chance}): its conversion (${rate}) is the lowest.`,
  unclear: (steps: string) => `Unclear which step is the bottleneck: ${steps}.`,
  /** The chance each step is the lowest: "Purchase (55%)". */
  chanceOf: (label: string, chance: string) => `${label} (${chance})`,
  or: ' or ',
  given: (label: string, rate: string) =>
    `${label} has the lowest conversion (${rate}); the percentages were given, not counted, so there is no telling whether that is chance.`,
  only: (label: string, rate: string) => `${label} has the lowest conversion (${rate}), the only step with data.`,
  // How sure the figures are.
  thin: (label: string, x: string, n: string, lo: string, hi: string) =>
    `${label}: ${x} of ${n}, so its conversion is probably (95%) between ${lo} and ${hi}. Keep measuring.`,
  empty: (label: string) => `${label}: no data, because the step before it is at 0.`,
  solid: 'Every measured step has enough data.',
  givenRates: (n: string) =>
    n == '1'
      ? 'One step is given as a percentage, so there is no telling how reliable it is.'
      : `${n} steps are given as percentages, so there is no telling how reliable they are.`,
  chanceOnly: 'The ranges hold if only chance varies: seasons and campaigns come on top.',
  // Where to work first.
  work: 'Work on first: what +1 percentage point of conversion brings',
  workItem: (label: string, gain: string, means: string) => `${label}: ${gain} (here +1 point is ${means})`,
  // The test planner.
  test: (label: string, from: string, to: string, each: string, all: string, source: string, time: string) =>
    `${label} (${from} → ${to}): a test needs ${each} per version, ${all} in all from ‘${source}’: ${time}.`,
  notWithinYear: (label: string, from: string, to: string, each: string, all: string, source: string) =>
    `${label} (${from} → ${to}): not testable within a year; a test needs ${each} per version, ${all} in all from ‘${source}’.`,
  weeks: (n: string) => (n == '1' ? 'about 1 week' : `about ${n} weeks`),
  underWeek: 'under a week: run it at least one full week',
  periods: (n: string) => (n == '1' ? 'about 1 period' : `about ${n} periods`),
  underTenth: 'under a tenth of a period',
  few: ' At so few people this rule of thumb does not hold.',
  rule: 'Fix the end date now and judge once: looking every week and stopping at the first ‘win’ picks a false winner far more often.',
  detectable: (
    label: string,
    rate: string,
    one: string,
    n: string,
    source: string,
    half: string,
    u: string,
    to: string,
  ) =>
    `${label} (${rate}): with the ${n} people at ‘${source}’ ${one}, ${half} per version, a test finds ${u} (to ${to}) or more 8 times in 10.`,
  undetectable: (label: string, one: string) =>
    `${label}: ${one}, a test would miss even a jump to 100% more than 1 time in 5.`,
  // The goal.
  goal: (t: string, per: string) => `To reach ${t}${per}`,
  /** The goal met on average; `shortfall` how often it is not, by chance ("1 quarter in 6"). */
  met: (room: string, shortfall: string) =>
    `On average today’s figures reach it, ${room} above${shortfall ? `; by chance about ${shortfall} would still fall short` : ''}.`,
  /** After `met`: how far each step alone may drop, the same for all (relative changes multiply), or listed after. */
  mayDrop: (by: string) =>
    by ? `Any one step on its own may drop by ${by}.` : 'Each step on its own may drop this much:',
  /** The goal not met on average: how often it is, by chance; none where hardly ever. */
  seldom: (reached: string) =>
    reached
      ? `With today’s figures, about ${reached} reaches it.`
      : 'With today’s figures, hardly any period reaches it.',
  /** "1 quarter in 6", of one period and many. */
  oneIn: (n: string, one: string, _many: string) => `1 ${one} in ${n}`,
  leads: (n: string, now: string) => `${n} leads instead of ${now}, at today’s conversion`,
  noLeads: 'not with more leads alone: a step converts 0%',
  noDeal: (deal: string, target: string) => `With a deal value of ${deal}, no number of customers brings ${target}.`,
  uniform: (u: string) => `or every step ${u} better`,
  noUniform: 'not even with 100% conversion at every step',
  anyOne: (u: string) => `or ${u} at any one step`,
  alone: 'or improve one step alone:',
  cannot: 'not with this step alone',
};

export type InsightWords = typeof en;

const nl: InsightWords = {
  clear: (label, rate) =>
    `${label} is duidelijk het knelpunt: de conversie (${rate}) ligt onder die van elke andere stap, meer dan toeval verklaart.`,
  probable: (label, chance, rate) =>
    `${label} is waarschijnlijk het knelpunt (${chance}): de laagste conversie (${rate}).`,
  unclear: (steps) => `Onduidelijk welke stap het knelpunt is: ${steps}.`,
  chanceOf: (label, chance) => `${label} (${chance})`,
  or: ' of ',
  given: (label, rate) =>
    `${label} heeft de laagste conversie (${rate}); de percentages zijn opgegeven, niet geteld, dus of dat toeval is, valt niet te zeggen.`,
  only: (label, rate) => `${label} heeft de laagste conversie (${rate}), de enige stap met gegevens.`,
  thin: (label, x, n, lo, hi) =>
    `${label}: ${x} van ${n}, dus de conversie ligt waarschijnlijk (95%) tussen ${lo} en ${hi}. Meet langer door.`,
  empty: (label) => `${label}: geen gegevens, want de stap ervoor staat op 0.`,
  solid: 'Elke gemeten stap heeft genoeg gegevens.',
  givenRates: (n) =>
    n == '1'
      ? 'Eén stap is als percentage opgegeven, dus hoe betrouwbaar die is, valt niet te zeggen.'
      : `${n} stappen zijn als percentage opgegeven, dus hoe betrouwbaar die zijn, valt niet te zeggen.`,
  chanceOnly: 'De bandbreedtes gelden als alleen het toeval varieert: seizoenen en campagnes komen erbovenop.',
  work: 'Eerst aanpakken: wat +1 procentpunt conversie oplevert',
  workItem: (label, gain, means) => `${label}: ${gain} (+1 procentpunt is hier ${means})`,
  test: (label, from, to, each, all, source, time) =>
    `${label} (${from} → ${to}): een test heeft ${each} per versie nodig, ${all} in totaal uit ‘${source}’: ${time}.`,
  notWithinYear: (label, from, to, each, all, source) =>
    `${label} (${from} → ${to}): niet binnen een jaar te testen; een test heeft ${each} per versie nodig, ${all} in totaal uit ‘${source}’.`,
  weeks: (n) => (n == '1' ? 'ongeveer 1 week' : `ongeveer ${n} weken`),
  underWeek: 'minder dan een week: test minstens één volle week',
  periods: (n) => (n == '1' ? 'ongeveer 1 periode' : `ongeveer ${n} perioden`),
  underTenth: 'minder dan een tiende periode',
  few: ' Bij zo weinig mensen klopt deze vuistregel niet.',
  rule: 'Leg de einddatum nu vast en beoordeel één keer: wie elke week kijkt en bij de eerste ‘winst’ stopt, kiest veel vaker een schijnwinnaar.',
  detectable: (label, rate, one, n, source, half, u, to) =>
    `${label} (${rate}): met de ${n} mensen bij ‘${source}’ ${one}, ${half} per versie, vindt een test ${u} (naar ${to}) of meer in 8 van de 10 gevallen.`,
  undetectable: (label, one) => `${label}: ${one} mist een test zelfs een sprong naar 100% vaker dan 1 op de 5 keer.`,
  goal: (t, per) => `Om ${t}${per} te halen`,
  met: (room, shortfall) =>
    `Gemiddeld haal je het met de cijfers van nu, ${room} erboven${shortfall ? `; door toeval valt ongeveer ${shortfall} er nog onder` : ''}.`,
  mayDrop: (by) => (by ? `Elke stap afzonderlijk mag ${by} dalen.` : 'Zoveel mag elke stap afzonderlijk dalen:'),
  seldom: (reached) =>
    reached
      ? `Met de cijfers van nu haal je het ongeveer ${reached}.`
      : 'Met de cijfers van nu haal je het vrijwel nooit.',
  oneIn: (n, _one, many) => `1 op de ${n} ${many}`,
  leads: (n, now) => `${n} leads in plaats van ${now}, bij dezelfde conversie`,
  noLeads: 'niet met alleen meer leads: een stap converteert 0%',
  noDeal: (deal, target) => `Met een dealwaarde van ${deal} levert geen enkel aantal klanten ${target} op.`,
  uniform: (u) => `of elke stap ${u} beter`,
  noUniform: 'zelfs niet met 100% conversie bij elke stap',
  anyOne: (u) => `of ${u} bij één stap naar keuze`,
  alone: 'of één stap alleen verbeteren:',
  cannot: 'niet met deze stap alleen',
};

export const insightWords = (lang: 'nl' | 'en') => (lang == 'nl' ? nl : en);
