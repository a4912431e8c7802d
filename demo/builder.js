// The snippet builder: a form → a live <sales-funnel> → the embed snippet, and a pasted snippet → the form.
// The pure parts (state ⇄ snippet) are exported and tested in test/embed/builder.test.ts.

/** The version this builder pins in the snippet's script URL. */
export const VERSION = '0.1.0';
export const CDN = `https://cdn.jsdelivr.net/npm/sales-funnel@${VERSION}/dist/sales-funnel.js`;

/** Form fields besides the steps, by their JSON name; their attribute is the kebab-case name. */
export const FIELDS = ['heading', 'dealValue', 'currency', 'lang', 'locale', 'period', 'mode', 'target', 'minImprovement', 'maxImprovement', 'theme', 'readonly'];
const attributeOf = (field) => field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The state: `steps` as typed ({ label, value }: value "1.000" or "40%", optionally with "+10%"), and the other
 * fields as typed (strings; `readonly` a boolean). Empty fields are left out of the snippet.
 */
export function attributesSnippet(state) {
  const compact = state.steps.every((s) => !/[;:\n]/.test(s.value) && !/[;\n]/.test(s.label));
  const steps = compact
    ? `steps="${escapeAttribute(state.steps.map((s) => `${s.label}: ${s.value}`).join('; '))}"`
    : `steps="${escapeAttribute(JSON.stringify(state.steps.map(toJsonStep)))}"`;
  const attrs = FIELDS.filter((f) => state[f] !== undefined && state[f] !== '' && state[f] !== false).map((f) =>
    f == 'readonly' ? 'readonly' : `${attributeOf(f)}="${escapeAttribute(state[f])}"`,
  );
  // One line: Markdown renderers and some CMS editors break an element that spans lines.
  return `<script type="module" src="${CDN}"></script>\n<sales-funnel ${[...attrs, steps].join(' ')}></sales-funnel>`;
}

/** A step as typed → its JSON: a count, or a rate in percent, with its improvement. */
function toJsonStep({ label, value }) {
  const m = /^(.*?)\s*([+\-−]\s*[\d.,]+\s*%?)?$/.exec(value.trim());
  const base = m[1];
  const step = { label };
  if (base.endsWith('%')) step.rate = base.slice(0, -1).trim();
  else step.count = base;
  if (m[2]) step.improvement = m[2].replace(/[\s%+]/g, '').replace('−', '-');
  return step;
}

export function jsonSnippet(state) {
  const config = { steps: state.steps.map(toJsonStep) };
  for (const f of FIELDS) if (state[f] !== undefined && state[f] !== '' && state[f] !== false) config[f] = state[f];
  // "</" would end the script element early.
  const json = JSON.stringify(config, null, 2).replace(/<\//g, '<\\/');
  return `<script type="module" src="${CDN}"></script>\n<sales-funnel>\n<script type="application/json">\n${json}\n</script>\n</sales-funnel>`;
}

/** A pasted snippet → the state: its attributes, or its child JSON script. Returns null when there is no funnel. */
export function fromSnippet(text) {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const source = doc.querySelector('sales-funnel');
  if (!source) return null;
  let json = {};
  try {
    json = JSON.parse(source.querySelector('script[type="application/json"]')?.textContent ?? '{}');
  } catch {
    // A broken script: the attributes still fill the form.
  }
  const steps = source.getAttribute('steps') ?? json.steps ?? [];
  const state = { steps: typeof steps == 'string' && !steps.trim().startsWith('[') ? fromCompact(steps) : fromList(typeof steps == 'string' ? JSON.parse(steps) : steps) };
  for (const f of FIELDS) {
    const value = source.getAttribute(attributeOf(f)) ?? json[f];
    if (f == 'readonly') state.readonly = source.hasAttribute('readonly') || json.readonly === true;
    else if (value !== undefined) state[f] = String(value);
  }
  return state;
}

/** `Leads: 1.000; MQL: 35% +5%` → rows; each split at its last colon, as the element does. */
const fromCompact = (text) =>
  text
    .split(/[;\n]/)
    .filter((item) => item.trim())
    .map((item) => {
      const colon = item.lastIndexOf(':');
      return { label: item.slice(0, colon).trim(), value: item.slice(colon + 1).trim() };
    });

/** JSON steps (rates and improvements in percent) → rows. */
const fromList = (list) =>
  list.map((s) => {
    const u = s.improvement ? ` ${String(s.improvement).startsWith('-') ? '' : '+'}${s.improvement}%` : '';
    return { label: s.label ?? '', value: (s.count !== undefined ? String(s.count) : `${String(s.rate).replace(/%$/, '')}%`) + u };
  });

export const ARTICLE = {
  heading: "The article's funnel",
  dealValue: '2500',
  currency: 'EUR',
  lang: 'en',
  period: 'quarter',
  steps: [
    { label: 'Leads', value: '1000' },
    { label: 'Qualified leads', value: '400' },
    { label: 'Engaged', value: '250' },
    { label: 'Proposal made', value: '120 +20%' },
    { label: 'Proposal discussed', value: '60' },
    { label: 'Purchase', value: '20' },
  ],
};

/** The page: only when the builder's form is there (tests import the functions above without it). */
function start(form) {
  const preview = document.getElementById('preview');
  const rows = document.getElementById('rows');
  const template = document.getElementById('row');
  const output = { attributes: document.getElementById('snippet-attributes'), json: document.getElementById('snippet-json') };
  const pasted = document.getElementById('paste');

  const addRow = (step = { label: '', value: '' }) => {
    const row = template.content.firstElementChild.cloneNode(true);
    row.querySelector('[name=label]').value = step.label;
    row.querySelector('[name=value]').value = step.value;
    rows.append(row);
    renumber();
  };
  const renumber = () =>
    [...rows.children].forEach((row, i) => {
      row.querySelector('.number').textContent = `${i + 1}.`;
      for (const input of row.querySelectorAll('input')) input.setAttribute('aria-label', `Step ${i + 1}: ${input.name == 'label' ? 'label' : 'count, or rate with %'}`);
    });

  const read = () => {
    const state = { steps: [...rows.children].map((r) => ({ label: r.querySelector('[name=label]').value, value: r.querySelector('[name=value]').value })) };
    for (const f of FIELDS) {
      const input = form.elements[f];
      state[f] = input.type == 'checkbox' ? input.checked : input.value.trim();
    }
    return state;
  };
  const write = (state) => {
    rows.replaceChildren();
    state.steps.forEach(addRow);
    for (const f of FIELDS) {
      const input = form.elements[f];
      if (input.type == 'checkbox') input.checked = !!state[f];
      else input.value = state[f] ?? '';
    }
  };

  const update = () => {
    const state = read();
    const config = { steps: state.steps.map(toJsonStep) };
    for (const f of FIELDS) if (state[f] !== '' && state[f] !== false) config[f] = state[f];
    clearErrors();
    preview.config = config;
    output.attributes.value = attributesSnippet(state);
    output.json.value = jsonSnippet(state);
  };

  /** Each problem next to the field that caused it: a step's row, or the field by its name. */
  const clearErrors = () => form.querySelectorAll('.field-error').forEach((e) => (e.textContent = ''));
  preview.addEventListener('sales-funnel-error', (e) => {
    for (const issue of e.detail.issues) {
      const row = issue.step !== null && issue.field == 'steps' ? rows.children[issue.step] : null;
      const slot = row?.querySelector('.field-error') ?? form.querySelector(`[data-error-for="${issue.field}"]`) ?? form.querySelector('[data-error-for=steps]');
      slot.textContent += (slot.textContent ? ' ' : '') + issue.text.replace(/^[^:]*: /, '');
    }
  });

  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  document.getElementById('add').addEventListener('click', () => (addRow(), update()));
  rows.addEventListener('click', (e) => {
    if (!e.target.closest('.remove')) return;
    e.target.closest('li').remove();
    renumber();
    update();
  });
  for (const [id, box] of [['copy-attributes', output.attributes], ['copy-json', output.json]])
    document.getElementById(id).addEventListener('click', async (e) => {
      const button = e.currentTarget;
      try {
        await navigator.clipboard.writeText(box.value);
      } catch {
        box.select();
        document.execCommand('copy');
      }
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = 'Copy'), 1500);
    });
  document.getElementById('load').addEventListener('click', () => {
    const state = fromSnippet(pasted.value);
    document.getElementById('paste-error').textContent = state ? '' : 'No <sales-funnel> element in what you pasted.';
    if (state) {
      write(state);
      update();
    }
  });

  write(ARTICLE);
  update();
}

const form = document.getElementById('builder');
if (form) start(form);
