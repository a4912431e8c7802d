// The npm package as a user gets it: every export points at a built file, the manifest lists the element's
// whole surface, and the versions agree.
import assert from 'node:assert/strict';
import { check, done } from './check.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { attributeTable } from '../../rollup.config.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const targets = (x) => (typeof x == 'string' ? [x] : Object.values(x).flatMap(targets));
check('every export, the types and the manifest point at a built file', () => {
  for (const file of [...targets(pkg.exports), pkg.main, pkg.types, pkg.customElements, ...pkg.sideEffects])
    assert.ok(existsSync(file), `${file} is missing`);
});

check(
  'sideEffects names the files that register the element (the classic script by loading the module), and is never false',
  () => {
    assert.ok(Array.isArray(pkg.sideEffects));
    for (const file of pkg.sideEffects)
      assert.match(
        readFileSync(file, 'utf8'),
        file.endsWith('.classic.js') ? /new URL\("\.\/sales-funnel\.js"/ : /customElements\.define/,
        file,
      );
  },
);

check('lit and zod are dependencies, left as imports in the unbundled modules', () => {
  assert.ok(pkg.dependencies.lit && pkg.dependencies.zod);
  assert.match(readFileSync('dist/lib/element/sales-funnel.js', 'utf8'), /from 'lit\/html\.js'/);
  assert.match(readFileSync('dist/lib/chunks/json.js', 'utf8'), /from 'zod\/mini'/);
});

check('the types declare the tag and the events', () => {
  const d = readFileSync('dist/lib/element/define.d.ts', 'utf8');
  assert.match(d, /'sales-funnel': SalesFunnel/);
  assert.match(d, /'sales-funnel-change': CustomEvent<SalesFunnelChangeDetail>/);
  assert.match(d, /'sales-funnel-error': CustomEvent<SalesFunnelErrorDetail>/);
});

check(
  "custom-elements.json lists every attribute (the attribute table's, with their docs), property, event, part and custom property",
  () => {
    const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName == 'sales-funnel');
    const names = (list) => (list ?? []).map((x) => x.name);
    const table = attributeTable();
    assert.deepEqual(
      names(element.attributes),
      table.map((a) => a.name),
    );
    assert.deepEqual(
      element.attributes.map((a) => a.description),
      table.map((a) => a.description),
    );
    const publicMembers = element.members.filter((m) => !m.privacy && !m.static).map((m) => m.name);
    for (const p of ['config', 'steps', 'improvements', 'result'])
      assert.ok(publicMembers.includes(p), `property ${p}`);
    assert.deepEqual(names(element.events).sort(), ['sales-funnel-change', 'sales-funnel-error']);
    assert.deepEqual(names(element.cssParts).sort(), [
      'editor',
      'error',
      'export',
      'field',
      'funnel',
      'goal',
      'heading',
      'label',
      'reset',
      'segment',
      'share',
      'slider',
      'step',
      'summary',
    ]);
    for (const p of [
      'font-family',
      'text-color',
      'background',
      'step-color',
      'forecast-color',
      'accent-color',
      'radius',
    ])
      assert.ok(names(element.cssProperties).includes(`--sales-funnel-${p}`), p);
    assert.ok(
      manifest.modules.every((m) => m.path.startsWith('dist/lib/')),
      'paths point at the published modules',
    );
  },
);

check('one version everywhere: package.json, the element, the builder’s pinned URL', () => {
  assert.match(
    readFileSync('src/element/sales-funnel.ts', 'utf8'),
    new RegExp(`static readonly version = '${pkg.version}'`),
  );
  assert.match(readFileSync('demo/builder.js', 'utf8'), new RegExp(`VERSION = '${pkg.version}'`));
  assert.match(readFileSync('README.md', 'utf8'), new RegExp(`sales-funnel@${pkg.version}/dist/sales-funnel.js`));
});

done('package');
