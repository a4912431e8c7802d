// Put first in the <head> of every page `openPage` opens (see pagesPlugin in web-test-runner.config.mjs), before
// the page's own scripts and its CSP: it records what a visitor's console would show. A classic script with no
// inline code, so it runs on every page, strict CSP and Trusted Types included.
(() => {
  const probe = (window.__probe = { errors: [], warnings: [], violations: [], layoutShift: null });
  // The cumulative layout shift (Chromium's entries alone; null in the engines without them).
  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    probe.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) probe.layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }
  for (const [level, list] of [
    ['error', probe.errors],
    ['warn', probe.warnings],
  ]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => probe.errors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    probe.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
})();
