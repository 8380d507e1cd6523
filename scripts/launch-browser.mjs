// The browser an end-to-end journey runs in, by PLSKIT_ENGINE: Debian's
// Chromium through playwright-core (the default), or Debian's WebKit through
// WebKitWebDriver, behind the same Playwright-shaped page (scripts/webdriver/).
import { engineFromEnvironment } from './engine.mjs';
import { launchChromium } from './launch-chromium.mjs';
import { launchWebKit } from './webdriver/launch-webkit.mjs';

export const journeyEngine = () => engineFromEnvironment(['chromium', 'webkit']);

export function launchBrowser(engine = journeyEngine()) {
  return engine === 'webkit' ? launchWebKit() : launchChromium();
}
