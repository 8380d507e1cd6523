// Debian's Chromium through playwright-core (which gives it a fresh, empty
// profile), with the flags this kind of machine needs: no sandbox as root, no
// background connections to Google's hosts.
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/chromium.mjs';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || findChromium(),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
