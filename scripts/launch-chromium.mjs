// Debian's Chromium through playwright-core (which gives it a fresh, empty
// profile), with the flags these machines need.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || findChromium(), args: CHROMIUM_ARGS });
}
