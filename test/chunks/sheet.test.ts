import { expect } from 'chai';
import { csvAddress, readCsv } from '../../src/chunks/sheet/index.js';

describe('a sheet’s address (`src`)', () => {
  const base = 'https://blog.example/post/';
  const cases: [string, string | null][] = [
    [
      'https://docs.google.com/spreadsheets/d/1AbC-dEf_9/edit#gid=123',
      'https://docs.google.com/spreadsheets/d/1AbC-dEf_9/export?format=csv&gid=123',
    ],
    [
      'https://docs.google.com/spreadsheets/d/1AbC-dEf_9/edit?usp=sharing',
      'https://docs.google.com/spreadsheets/d/1AbC-dEf_9/export?format=csv',
    ],
    [
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pubhtml?gid=7&single=true',
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?output=csv&gid=7',
    ],
    [
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv',
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQ/pub?gid=0&single=true&output=csv',
    ],
    ['  https://data.example/funnel.csv#top ', 'https://data.example/funnel.csv'],
    ['funnel.csv', 'https://blog.example/post/funnel.csv'],
    ['javascript:alert(1)', null],
    ['data:text/csv,Leads,100', null],
    ['ftp://files.example/funnel.csv', null],
    ['https://', null],
  ];
  for (const [src, want] of cases)
    it(`${src.trim()} → ${want ?? 'refused'}`, () => expect(csvAddress(src, base)?.href ?? null).to.equal(want));
});

describe('a sheet’s CSV, read as a paste is', () => {
  it('reads labels and counts, quoted labels and numbers, CRLF, a byte-order mark, a trailing empty line', () => {
    const text = '\ufeffLeads,"1.000"\r\n"Voorstel, gedaan",120\r\nKlanten,"2,5"\r\n\r\n';
    expect(readCsv(text)).to.deep.equal({
      steps: [
        { label: 'Leads', value: '1.000' },
        { label: 'Voorstel, gedaan', value: '120' },
        { label: 'Klanten', value: '2,5' },
      ],
      names: undefined,
    });
  });

  it('reads two number columns as the period before and this one, the header naming them', () => {
    expect(readCsv('Stap,Q1,Q2\nLeads,900,1000\nAankoop,15,20\n')).to.deep.equal({
      steps: [
        { label: 'Leads', previous: '900', value: '1000' },
        { label: 'Aankoop', previous: '15', value: '20' },
      ],
      names: ['Q1', 'Q2'],
    });
  });

  it('reads Dutch Excel’s semicolons, empty cells at a row’s end, a quoted line break in a label, and rates', () => {
    expect(readCsv('Stap;Aantal;;\nLeads;1.000;;\n"Gekwali-\nficeerd";40%;;\n')).to.deep.equal({
      steps: [
        { label: 'Leads', value: '1.000' },
        { label: 'Gekwali-\nficeerd', value: '40%' },
      ],
      names: undefined,
    });
  });

  it('says which row it cannot read, and what is in it', () => {
    expect(readCsv('Leads,1000\nKlanten,veel\n')).to.deep.equal({ problem: { code: 'row', row: 2, value: 'veel' } });
    expect(readCsv('Stap,Aantal\nLeads,1000\nKlanten\n')).to.deep.equal({
      problem: { code: 'row', row: 3, value: 'Klanten' },
    });
    expect(readCsv('Leads,900,1000\nKlanten,20\n')).to.deep.equal({ problem: { code: 'columns', row: 2 } });
  });

  it('refuses more than 100 steps, and a sheet without any', () => {
    const many = Array.from({ length: 101 }, (_, i) => `Step ${i},${1000 - i}`).join('\n');
    expect(readCsv(many)).to.deep.equal({ problem: { code: 'rows', rows: 101 } });
    expect(readCsv('Stap,Aantal\n')).to.deep.equal({ problem: { code: 'empty' } });
    expect(readCsv('')).to.deep.equal({ problem: { code: 'empty' } });
  });

  it('keeps markup as text: a label is data', () => {
    const sheet = readCsv('"<img src=x onerror=alert(1)>",100\nB,50');
    expect('steps' in sheet && sheet.steps[0].label).to.equal('<img src=x onerror=alert(1)>');
  });
});
