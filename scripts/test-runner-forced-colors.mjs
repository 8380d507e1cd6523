// `executeServerCommand('plskit-forced-colors', { active })` for the component
// tests: Windows high contrast (forced colours) as Chromium renders it, through
// the DevTools protocol's media emulation, which also applies the forced
// palette (system colours replace the page's). @web/test-runner-commands'
// emulateMedia drops `forcedColors` on the puppeteer launcher, and puppeteer's
// emulateMediaFeatures refuses the feature, so this speaks CDP. Firefox and
// WebKit have no such emulation through their drivers: the command answers
// false there and the tests that need it skip.
export function forcedColorsPlugin() {
  // one DevTools session per page, kept open: its emulation ends with it
  const sessions = new WeakMap();
  return {
    name: 'plskit-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'plskit-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      if (!/chrom/i.test(await page.browser().version())) return false;
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
