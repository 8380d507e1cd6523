// The browser web-test-runner runs the component tests in, by PLSKIT_ENGINE:
// chromium (the default), firefox or webkit. Each is the machine's own browser,
// never one a tool downloads:
// - Chromium: Debian's chromium through @web/test-runner-chrome (puppeteer-core, CDP);
// - Firefox: Debian's firefox-esr through the same launcher given puppeteer-core,
//   which speaks WebDriver BiDi to Firefox (web-test-runner's puppeteer launcher
//   without the full puppeteer package, whose install downloads a Chrome);
// - WebKit: Debian's MiniBrowser through @web/test-runner-webdriver, talking to a
//   WebKitWebDriver this launcher starts (and stops) on a virtual display.
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { engineFromEnvironment } from './engine.mjs';
import { findFirefox } from './firefox.mjs';
import { pressed } from './webdriver/keys.mjs';
import { startWebKitDriver, webkitCapabilities } from './webkit.mjs';

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: webkitCapabilities(), hostname: '127.0.0.1', port: 0, path: '/', logLevel: 'error' });
  }

  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    await this.driverProcess?.stop();
  }

  /** Keys one after another: the base launcher's webdriverio keys() presses them as one chord. */
  sendKeys(sessionId, keys) {
    return this.driverManager.performActions(sessionId, pressed(keys));
  }
}

/** puppeteer's keyboard over WebDriver BiDi knows every key name but "Space": it gets the character. */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  for (const method of ['press', 'down', 'up']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...options) => original(key === 'Space' ? ' ' : key, ...options);
  }
  return page;
}

export function testRunnerLauncher(engine = engineFromEnvironment()) {
  if (engine === 'firefox') {
    return chromeLauncher({ puppeteer: puppeteerCore, createPage: firefoxPage,
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } });
  }
  if (engine === 'webkit') return new WebKitLauncher();
  return chromeLauncher({ launchOptions: {
    executablePath: process.env.CHROME_PATH ?? findChromium(), headless: true, args: CHROMIUM_ARGS } });
}
