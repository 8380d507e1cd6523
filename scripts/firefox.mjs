// Finds Firefox for the component tests: FIREFOX_PATH, else Debian's
// firefox-esr. puppeteer-core drives it over WebDriver BiDi, so there is no
// geckodriver and nothing is downloaded. Where none is found and we run as root
// on Debian, installs firefox-esr (with the CJK fonts the widgets' Chinese
// text needs); elsewhere it says exactly what to install and exits non-zero.
import { existsSync } from 'node:fs';
import { installDebianPackages } from './debian-packages.mjs';

const candidates = () => [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
].filter(Boolean);

const found = () => candidates().find((path) => existsSync(path));

export function findFirefox() {
  let path = found();
  if (path) return path;
  if (installDebianPackages(['firefox-esr', 'fonts-noto-cjk'], '[firefox] none found (about 30 s)')) {
    path = found();
    if (path) return path;
  }
  console.error(
    '[firefox] No Firefox found. The component tests run in Firefox too:\n' +
      '  Debian: sudo apt-get install -y firefox-esr fonts-noto-cjk\n' +
      '  macOS:  brew install --cask firefox\n' +
      '  or point FIREFOX_PATH at a Firefox binary (ESR 140 or newer).',
  );
  process.exit(1);
}
