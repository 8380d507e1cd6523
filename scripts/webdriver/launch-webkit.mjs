// Debian's WebKit (WebKitGTK's MiniBrowser) as a Playwright-shaped browser for
// the end-to-end journeys: a WebKitWebDriver on a virtual display, and one
// WebDriver session, so one MiniBrowser with its own profile, per page.
import { remote } from 'webdriverio';
import { startWebKitDriver } from '../webkit.mjs';
import { WebDriverPage } from './page.mjs';

/** Playwright's default viewport, so that a journey lays out alike in every engine. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Sizes the window so that the page gets `viewport`. MiniBrowser's toolbar
 * keeps its window at least 447 px wide: a narrower viewport becomes 447 px.
 */
async function sizeViewport(session, { width, height }) {
  await session.setWindowRect(0, 0, width, height);
  const [innerWidth, innerHeight] = await session.executeScript('return [innerWidth, innerHeight]', []);
  await session.setWindowRect(0, 0, 2 * width - innerWidth, 2 * height - innerHeight);
}

/** A new session starts a MiniBrowser in a second or two; under load, in well under this. */
const SESSION_START_TIMEOUT = 45_000;

export async function launchWebKit() {
  const drivers = [await startWebKitDriver()];
  const pages = new Set();

  /**
   * A session on the newest driver. Now and then a MiniBrowser never comes up
   * and WebKitWebDriver leaves the new-session request unanswered for good, and
   * a driver holds one session at a time: then the next attempt goes to a
   * driver of its own.
   */
  async function newSession() {
    for (let attempt = 1; ; attempt += 1) {
      const driver = drivers.at(-1);
      try {
        return await remote({
          hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'silent', capabilities: driver.capabilities,
          connectionRetryTimeout: SESSION_START_TIMEOUT, connectionRetryCount: 0,
        });
      } catch (error) {
        if (attempt === 3) throw error;
        process.stderr.write(`WebKit: no session (${error.message}); trying a new WebKitWebDriver\n`);
        drivers.push(await startWebKitDriver());
      }
    }
  }

  async function newPage({ viewport = DEFAULT_VIEWPORT } = {}) {
    const session = await newSession();
    await sizeViewport(session, viewport);
    const page = new WebDriverPage(session);
    const close = page.close.bind(page);
    page.close = async () => {
      pages.delete(page);
      await close();
    };
    pages.add(page);
    return page;
  }

  return {
    newPage,
    /** Pages are separate browsers already: a context only remembers its pages, to close them. */
    async newContext() {
      const mine = new Set();
      return {
        async newPage(options) {
          const page = await newPage(options);
          mine.add(page);
          return page;
        },
        async close() {
          await Promise.all([...mine].filter((page) => pages.has(page)).map((page) => page.close()));
        },
      };
    },
    async close() {
      await Promise.all([...pages].map((page) => page.close()));
      await Promise.all(drivers.map((driver) => driver.stop()));
    },
  };
}
