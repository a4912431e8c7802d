import { expect } from 'chai';
import { errorReport } from '../../src/chunks/messages.js';
import { resolve, type Sources } from '../../src/config/resolve.js';
import { formats } from '../../src/view/format.js';

/** What the panel, the console and the event say of a config, in its language. */
const said = (attributes: Sources['attributes']) => {
  const { issues, voice } = resolve({ attributes });
  return errorReport(issues, voice.lang, formats(voice.locale, voice.currency));
};

describe('the error messages: what is wrong, and where, in the page’s language', () => {
  const cases: [string, Sources['attributes'], string, string[]][] = [
    [
      'a count above the step before, in English the core’s own words',
      { steps: 'Leads: 100; Deals: 150' },
      'This funnel cannot be shown',
      ["Attribute steps: Step 2 'Deals' has 150, more than the 100 of step 1 'Leads'."],
    ],
    [
      'the same in Dutch',
      { steps: 'Leads: 100; Deals: 150', lang: 'nl' },
      'Deze trechter kan niet worden getoond',
      ["Attribuut steps, stap 2 'Deals': 150 is meer dan de 100 van de stap ervoor."],
    ],
    [
      'every problem, each with its attribute',
      { steps: 'Leads: 100; Deals: x', period: 'week', lang: 'en' },
      'This funnel cannot be shown',
      [
        'Attribute steps, step 2: “x” is not a number.',
        'Attribute period: “week” is not one of month, quarter, half-year, year.',
      ],
    ],
  ];
  for (const [name, attributes, title, lines] of cases)
    it(name, () => {
      const report = said(attributes);
      expect(report.title).to.equal(title);
      expect(report.lines.map((l) => l.replace(/\u00a0/g, ' '))).to.deep.equal(lines);
      expect(report.message).to.equal(`<sales-funnel>: ${title}:\n${report.lines.join('\n')}`);
    });
});
