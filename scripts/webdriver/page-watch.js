// Records what a page says, as a developer would see it in the console: its
// console calls, uncaught errors and rejections, and Content-Security-Policy
// violations. A classic script, so that it can run first on a test page (the
// strict-CSP pages load it from their own origin) or be run by a WebDriver
// session that has no console events of its own. Records once per page.
(() => {
  if (window.__plskitSaid) return;
  const said = [];
  window.__plskitSaid = said;
  window.__violations = [];
  for (const [method, type] of [['error', 'error'], ['warn', 'warning'], ['info', 'info'], ['log', 'log'], ['debug', 'debug']]) {
    const original = console[method];
    console[method] = (...args) => {
      said.push({ kind: 'console', type, text: args.map(String).join(' ') });
      return original.apply(console, args);
    };
  }
  addEventListener('error', (event) => said.push({ kind: 'pageerror', text: event.message }));
  addEventListener('unhandledrejection', (event) => said.push({ kind: 'pageerror', text: String(event.reason?.message ?? event.reason) }));
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });
})();
