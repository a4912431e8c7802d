/** What the sheet chunk says, in English and Dutch: how fresh the numbers are, and every way a sheet can fail. */

const en = {
  fresh: (day: string, time: string) => `Figures of ${day}, ${time}`,
  failed: (host: string) => `The sheet at ${host} could not be read:`,
  keptPage: 'These are the figures in the page.',
  keptLast: 'These are its figures as last read.',
  address: (src: string) => `“${src}” is not a web address (https://…) of a sheet or CSV.`,
  unreachable: 'it cannot be reached (check the address, or the connection).',
  cors: 'its server does not let other sites read it. In Google Sheets: File → Share → Publish to the web, as CSV, and use that link.',
  csp: (origin: string) => `this page's Content Security Policy does not allow it: add ${origin} to its connect-src.`,
  timeout: 'it did not answer within 10 seconds.',
  status: (status: number) =>
    status == 404
      ? 'it is not there (404): check the address.'
      : status == 403 || status == 401
        ? `it is not shared with everyone (${status}): publish it to the web as CSV.`
        : `its server answered ${status}.`,
  html: 'it is a web page, not a CSV (a sign-in page?): publish the sheet to the web as CSV, and use that link.',
  large: (mb: number) => `it is larger than ${mb} MB.`,
  rows: (n: number) => `it has ${n} rows of steps; a funnel takes at most 100.`,
  row: (row: number, value: string) => `row ${row} has “${value}”, not a label with one or two numbers.`,
  columns: (row: number) => `row ${row} has a different number of figures than the first row.`,
  empty: 'it holds no steps: one row per step, its label, then its number.',
};

const nl: typeof en = {
  fresh: (day, time) => `Cijfers van ${day}, ${time}`,
  failed: (host) => `Het blad op ${host} kon niet worden gelezen:`,
  keptPage: 'Dit zijn de cijfers uit de pagina.',
  keptLast: 'Dit zijn de cijfers van de laatste keer.',
  address: (src) => `“${src}” is geen webadres (https://…) van een blad of CSV.`,
  unreachable: 'het is niet bereikbaar (controleer het adres of de verbinding).',
  cors: 'de server laat andere sites het niet lezen. In Google Sheets: Bestand → Delen → Publiceren op internet, als CSV, en gebruik die link.',
  csp: (origin) =>
    `het Content Security Policy van deze pagina staat het niet toe: voeg ${origin} toe aan connect-src.`,
  timeout: 'het antwoordde niet binnen 10 seconden.',
  status: (status) =>
    status == 404
      ? 'het is er niet (404): controleer het adres.'
      : status == 403 || status == 401
        ? `het is niet met iedereen gedeeld (${status}): publiceer het op internet als CSV.`
        : `de server antwoordde ${status}.`,
  html: 'het is een webpagina, geen CSV (een inlogpagina?): publiceer het blad op internet als CSV en gebruik die link.',
  large: (mb) => `het is groter dan ${mb} MB.`,
  rows: (n) => `het heeft ${n} rijen met stappen; een trechter heeft er hoogstens 100.`,
  row: (row, value) => `rij ${row} bevat “${value}”, geen naam met één of twee getallen.`,
  columns: (row) => `rij ${row} heeft een ander aantal getallen dan de eerste rij.`,
  empty: 'er staan geen stappen in: één rij per stap, eerst de naam, dan het getal.',
};

export const sheetWords = (lang: 'nl' | 'en') => (lang == 'nl' ? nl : en);
