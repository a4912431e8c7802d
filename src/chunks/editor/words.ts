/** The editor's words, in English and Dutch. */

export const en = {
  title: 'Your own numbers',
  hint: 'Type your steps, or paste rows from a spreadsheet into any field.',
  label: (n: string) => `Step ${n}: name`,
  value: (n: string) => `Step ${n}: count, or % of the step before`,
  add: (n: string) => `Add a step after step ${n}`,
  remove: (n: string) => `Remove step ${n}`,
  deal: 'Revenue per customer',
  period: 'Period',
  none: 'none',
  load: 'Load CSV',
  share: 'Share',
  original: 'Back to the original',
  removed: (label: string) => `Removed “${label}”.`,
  undo: 'Undo',
  shared: 'Link copied: it opens this funnel with your numbers.',
  copy: 'Copy this link: ',
  ignored: 'The numbers in the link or in this browser could not be read, so they were ignored.',
  unread: 'No steps found in what was pasted or loaded: one row per step, its name then its count.',
};

export const nl: typeof en = {
  title: 'Je eigen cijfers',
  hint: 'Typ je stappen, of plak rijen uit Excel of Google Sheets in een veld.',
  label: (n) => `Stap ${n}: naam`,
  value: (n) => `Stap ${n}: aantal, of % van de stap ervoor`,
  add: (n) => `Stap toevoegen na stap ${n}`,
  remove: (n) => `Stap ${n} verwijderen`,
  deal: 'Omzet per klant',
  period: 'Periode',
  none: 'geen',
  load: 'CSV laden',
  share: 'Delen',
  original: 'Terug naar het origineel',
  removed: (label) => `“${label}” verwijderd.`,
  undo: 'Ongedaan maken',
  shared: 'Link gekopieerd: die opent deze trechter met jouw cijfers.',
  copy: 'Kopieer deze link: ',
  ignored: 'De cijfers in de link of in deze browser konden niet worden gelezen en zijn genegeerd.',
  unread: 'Geen stappen gevonden in wat je plakte of laadde: één rij per stap, eerst de naam, dan het aantal.',
};

export type EditorWords = typeof en;

export const editorWords = (lang: 'nl' | 'en'): EditorWords => (lang == 'nl' ? nl : en);
