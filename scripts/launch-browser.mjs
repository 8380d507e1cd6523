// The browser an end-to-end journey runs in, by PLSKIT_ENGINE: Debian's
// Chromium through playwright-core (the default), or Debian's WebKit through
// WebKitWebDriver, behind the same Playwright-shaped page (scripts/webdriver/).
import { launchChromium } from './launch-chromium.mjs';
import { launchWebKit } from './webdriver/launch-webkit.mjs';

export const JOURNEY_ENGINES = ['chromium', 'webkit'];

export const journeyEngine = () => {
  const engine = process.env.PLSKIT_ENGINE ?? 'chromium';
  if (!JOURNEY_ENGINES.includes(engine)) throw new Error(`PLSKIT_ENGINE=${engine}: the journeys run in ${JOURNEY_ENGINES.join(' and ')}`);
  return engine;
};

export function launchBrowser(engine = journeyEngine()) {
  return engine === 'webkit' ? launchWebKit() : launchChromium();
}
