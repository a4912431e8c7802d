// The integrations against the real systems: `node test/integrations/run.mjs` after `npm run build`.
//  - WordPress: builds the plugin and its zip (integrations/build.mjs), then runs test/integrations/wordpress/test.php
//    on the Debian `wordpress` package with php-cli (WP_ROOT to use another copy).
//  - Hugo: builds test/integrations/hugo-site with the real `hugo` and reads the HTML it wrote.
// Writes the pages a visitor would get into test/integrations/out/ for `npx wtr --files test/integrations/pages.test.ts`,
// and prints one line per system: "wordpress: N passed, N failed", "hugo: N passed, N failed". Exits 1 on a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const out = join(here, 'out');
const verbose = process.argv.includes('--verbose');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** Runs a program; a missing one is reported, not thrown. */
function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (r.error) return { status: -1, stdout: '', stderr: `${command}: ${r.error.message}` };
  return r;
}

/** A tally of checks for one system, printing failures as they come. */
function tally(system) {
  const t = { system, passed: 0, failed: 0 };
  t.check = (name, ok, got) => {
    if (ok) t.passed++;
    else t.failed++;
    if (!ok || verbose) console.log(`${ok ? 'ok' : 'not ok'} - ${system}: ${name}`);
    if (!ok && got !== undefined)
      console.log(
        `  # got: ${typeof got == 'string' ? got : JSON.stringify(got, null, 1)}`.replaceAll('\n', '\n  #      '),
      );
  };
  return t;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// ---------------------------------------------------------------- WordPress ----------------------------------------------------------------
const wp = tally('wordpress');
const build = run(process.execPath, [join(root, 'integrations/build.mjs')]);
wp.check(`the plugin and its zip build (${build.stdout.trim()})`, build.status == 0, build.stderr);
mkdirSync(join(out, 'tinymce'), { recursive: true }); // test.php writes TinyMCE's settings there.
const php = run('php', [join(here, 'wordpress/test.php'), out]);
for (const line of php.stdout.split('\n')) {
  if (line.startsWith('ok - ')) wp.check(line.slice(5), true);
  else if (line.startsWith('not ok - ')) wp.check(line.slice(9), false);
  else if (line.startsWith('  # ')) console.log(line);
}
wp.check(
  'test.php ran to its end',
  php.status == 0 && php.stdout.includes('zip: it holds the files'),
  php.stderr || php.stdout.slice(-2000),
);
if (verbose && php.stderr) console.log(php.stderr);
// TinyMCE from the same WordPress, for the Visual tab's round trip in Chromium (pages.test.ts).
const wpRoot = (process.env.WP_ROOT || '/usr/share/wordpress').replace(/\/$/, '');
const mce = join(out, 'tinymce');
for (const [from, to] of [
  ['wp-includes/js/tinymce/tinymce.min.js', 'tinymce.min.js'],
  ['wp-includes/js/tinymce/themes/modern/theme.min.js', 'themes/modern/theme.min.js'],
  ['wp-includes/js/tinymce/plugins/wordpress/plugin.min.js', 'plugins/wordpress/plugin.min.js'],
  ['wp-includes/js/jquery/jquery.min.js', 'jquery.min.js'],
  ['wp-includes/js/utils.min.js', 'utils.min.js'],
  ['wp-admin/js/editor.min.js', 'editor.min.js'],
]) {
  mkdirSync(dirname(join(mce, to)), { recursive: true });
  if (existsSync(join(wpRoot, from))) copyFileSync(join(wpRoot, from), join(mce, to));
}
// WordPress's block editor packages that test.php's block-editor.html names, from the same WordPress.
const editorPage = existsSync(join(out, 'wordpress/block-editor.html'))
  ? readFileSync(join(out, 'wordpress/block-editor.html'), 'utf8')
  : '';
const packages = [...editorPage.matchAll(/src='\/test\/integrations\/out\/(wp-includes\/[^'?]+)/g)].map((m) => m[1]);
for (const file of packages) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(join(wpRoot, file), join(out, file));
}
wp.check(
  `WordPress's block editor packages copied for the block's test (${packages.length})`,
  packages.length > 30 && packages.includes('wp-includes/js/dist/block-editor.min.js'),
  packages,
);
wp.check(
  "WordPress's TinyMCE copied for the Visual tab's test",
  ['tinymce.min.js', 'editor.min.js', 'utils.min.js', 'settings.js'].every((f) => existsSync(join(mce, f))),
);

// ---------------------------------------------------------------- Hugo ----------------------------------------------------------------
const hugo = tally('hugo');
const site = join(here, 'hugo-site');
/** Builds the fixture site with extra settings; returns hugo's result and a reader of the pages it wrote. */
function hugoBuild(name, settings) {
  const dest = join(out, name);
  // Hugo's caches and lock go into out/, not into the fixture.
  writeFileSync(
    join(out, `${name}.toml`),
    `resourceDir = ${JSON.stringify(join(out, 'hugo-resources'))}\n${settings ?? ''}`,
  );
  const configs = [join(site, 'config.toml'), join(out, `${name}.toml`)];
  const args = [
    '--source',
    site,
    '--config',
    configs.join(','),
    '--destination',
    dest,
    '--cacheDir',
    join(out, 'hugo-cache'),
    '--noBuildLock',
  ];
  const r = run('hugo', args);
  return {
    ...r,
    log: `${r.stdout}\n${r.stderr}`,
    page: (p) => (existsSync(join(dest, p, 'index.html')) ? readFileSync(join(dest, p, 'index.html'), 'utf8') : ''),
  };
}
/** The `<sales-funnel …>` start tags, as written. */
const funnelTags = (html) => html.match(/<sales-funnel\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi) ?? [];
/** Every start tag's name and attribute names, for what must never be there. */
const tags = (html) =>
  [...html.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi)].map(
    ([, name, attrs]) => ({
      name: name.toLowerCase(),
      attrs: [...attrs.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => a[1].toLowerCase()),
    }),
  );
const allowed = new Set([
  'steps',
  'deal-value',
  'currency',
  'lang',
  'locale',
  'period',
  'mode',
  'improvements',
  'min-improvement',
  'max-improvement',
  'target',
  'heading',
  'heading-level',
  'theme',
  'id',
  'class',
  'readonly',
  'editable',
  'remember',
  'no-export',
]);
const offences = (html) =>
  tags(html).flatMap(({ name, attrs }) => [
    ...(['img', 'iframe', 'svg', 'object', 'embed'].includes(name) ? [name] : []),
    ...attrs
      .filter((a) => a.startsWith('on') || a == 'style' || (name == 'sales-funnel' && !allowed.has(a)))
      .map((a) => `${name} ${a}`),
  ]);
const script = '<script type="module" src="/dist/sales-funnel.js"></script>';

const local = hugoBuild('hugo', readFileSync(join(site, 'local-script.toml'), 'utf8'));
hugo.check('the site builds', local.status == 0, local.log);
const funnel = local.page('funnel');
hugo.check(
  'funnel: two funnels, every value escaped by Hugo, switches as bare attributes, editable=false left off',
  JSON.stringify(funnelTags(funnel)) ==
    JSON.stringify([
      '<sales-funnel steps="Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20" deal-value="2.500" lang="nl" period="quarter" heading="Onze &#34;funnel&#34; &amp; jij">',
      '<sales-funnel steps="Leads: 500\nSQL: 25%\nPurchase: 10" deal-value="2500" lang="en" readonly no-export>',
    ]),
  funnelTags(funnel),
);
hugo.check(
  'funnel: each funnel brings the script (a module URL runs once)',
  funnel.split(script).length - 1 == 2,
  funnel,
);
hugo.check(
  'funnel: stands alone, not in a <p>; the text around is typeset as usual',
  !/<p>\s*<sales-funnel|<\/script>\s*<\/p>/.test(funnel) &&
    funnel.includes('<p>Zo ziet onze &ldquo;funnel&rdquo; eruit &ndash; dit kwartaal.</p>'),
  funnel,
);

const hostile = local.page('hostile');
hugo.check(
  'hostile: no handler, style, unknown attribute, or tag from a value',
  offences(hostile).length == 0 && hostile.split('<script').length - 1 == 2,
  offences(hostile),
);
hugo.check(
  'hostile: two funnels with their valid attributes, the rest text',
  JSON.stringify(funnelTags(hostile)) ==
    JSON.stringify([
      '<sales-funnel steps="&#34; onmouseover=&#34;window.__pwned=1" heading="&#34;&gt;&lt;img src=x onerror=window.__pwned=2&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;">',
      '<sales-funnel steps="Leads: 1000; Aankoop: 20" currency="EUR&#39; onmouseover=&#39;window.__pwned=6" lang="javascript:window.__pwned=5">',
    ]),
  funnelTags(hostile),
);
for (const name of ['onclick', 'style', 'ONCLICK'])
  hugo.check(
    `hostile: hugo warns that "${name}" was left out`,
    local.log.includes(
      `sales-funnel shortcode in hostile.md: "${name}" is not an attribute of <sales-funnel>; left out`,
    ),
    local.log,
  );

const bad = local.page('bad-input');
hugo.check(
  'bad input: three bare or partial elements (their error panels say the rest), the text after stays',
  JSON.stringify(funnelTags(bad)) ==
    JSON.stringify([
      '<sales-funnel>',
      '<sales-funnel>',
      '<sales-funnel steps="Leads: 10; Aankoop: 20" deal-value="-5">',
    ]) && bad.includes('<p>Tekst erna.</p>'),
  funnelTags(bad),
);
hugo.check(
  'bad input: hugo warns about a positional parameter',
  local.log.includes('sales-funnel shortcode in bad-input.md: use named parameters'),
  local.log,
);

const plain = hugoBuild('hugo-default');
hugo.check(
  `script: by default the module from jsDelivr, version ${version}`,
  plain.status == 0 &&
    plain
      .page('funnel')
      .includes(
        `<script type="module" src="https://cdn.jsdelivr.net/npm/sales-funnel@${version}/dist/sales-funnel.js"></script>`,
      ),
  plain.page('funnel') || plain.log,
);
const classic = hugoBuild('hugo-classic', '[params.salesFunnel]\nscript = "/js/sales-funnel.classic.js"\n');
hugo.check(
  'script: a .classic.js URL is loaded as a classic script',
  classic.page('funnel').includes('<script src="/js/sales-funnel.classic.js"></script>') &&
    !classic.page('funnel').includes('type="module"'),
  classic.page('funnel') || classic.log,
);
const none = hugoBuild('hugo-none', '[params.salesFunnel]\nscript = false\n');
hugo.check(
  'script: script = false adds none',
  none.status == 0 && funnelTags(none.page('funnel')).length == 2 && !none.page('funnel').includes('<script'),
  none.page('funnel') || none.log,
);
for (const dir of ['hugo-default', 'hugo-classic', 'hugo-none', 'hugo-cache', 'hugo-resources'])
  rmSync(join(out, dir), { recursive: true, force: true });

for (const t of [wp, hugo]) console.log(`${t.system}: ${t.passed} passed, ${t.failed} failed`);
process.exit(wp.failed || hugo.failed ? 1 : 0);
