// Runs every test/**/*.test.ts in headless Chromium (Debian's, or CHROME_PATH).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Flags for Chromium as root on a machine with no network but localhost. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Prints the run's total as "N passed, N failed"; a test file that fails to load counts as one failure. */
function totalReporter() {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const t of suite.tests) if (!t.skipped) t.passed ? passed++ : failed++;
    suite.suites.forEach(walk);
  };
  return {
    onTestRunFinished({ sessions }) {
      passed = failed = 0;
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length || (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length)) failed++;
      }
    },
    stop() {
      console.log(`browser tests: ${passed} passed, ${failed} failed`);
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One tab at a time: a tab in the background gets no animation frames and no ResizeObserver callbacks,
  // and layout, focus and keyboard tests need them.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs } })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), totalReporter()],
};
