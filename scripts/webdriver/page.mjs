// Playwright's Page, the part the end-to-end journeys use, over one classic
// WebDriver session: for engines Playwright cannot drive on these machines
// (WebKitGTK's MiniBrowser). Locators pierce shadow roots and wait as
// Playwright's do; keys and clicks are the browser's own input events.
// Where WebDriver has no equivalent the page says so rather than pretending:
// - console and pageerror events come from scripts/webdriver/page-watch.js,
//   run after each navigation (a strict-CSP test page loads it first itself);
// - init scripts run after each navigation, not before the page's own;
// - a download is what the page offers (the file's name and bytes, read as the
//   widget hands the link its blob), not a file the browser saved;
// - request events, media emulation and PDF printing throw.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pressed } from './keys.mjs';
import { Locator } from './locator.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const PAGE_WATCH = readFileSync(new URL('./page-watch.js', import.meta.url), 'utf8');

/** Keeps the Blob each object URL stands for and records every <a download> click with its file's text. */
function offerDownloads() {
  if (window.__plskitOffered) return;
  const blobs = new Map();
  const offered = [];
  window.__plskitOffered = offered;
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function clickAndRecord() {
    const blob = this.hasAttribute('download') && blobs.get(this.href);
    if (blob) offered.push(blob.text().then((text) => ({ name: this.download, text })));
    return click.call(this);
  };
}

/** Resolves once the element's box has stayed put for two animation frames (Playwright's "stable"), or after ten frames. */
function settled(element) {
  return new Promise((resolve) => {
    let last = '';
    let frames = 0;
    const look = () => {
      const box = JSON.stringify(element.getBoundingClientRect());
      frames += 1;
      if (box === last || frames > 10) resolve(true);
      else requestAnimationFrame(look);
      last = box;
    };
    requestAnimationFrame(look);
  });
}

/**
 * Playwright's hit-target check. WebDriver aims a click at the element's centre
 * and presses there a moment later; if the page moved in between (a widget
 * above it finished loading), the press or the release lands on something
 * else. Until the gesture's click, what lands anywhere but `element` is stopped
 * before the page hears it, and reported, so the click is aimed again.
 */
function guardClick(element) {
  window.__plskitGesture?.end();
  const types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  const gesture = { missed: false, ended: false };
  const check = (event) => {
    gesture.missed ||= !event.composedPath().includes(element);
    if (gesture.missed) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (event.type === 'click') gesture.end();
  };
  gesture.end = () => {
    gesture.ended = true;
    for (const type of types) window.removeEventListener(type, check, true);
  };
  for (const type of types) window.addEventListener(type, check, true);
  window.__plskitGesture = gesture;
}

/** Whether the guarded click landed elsewhere: told once its click event came, or a second passed without one. */
function clickMissed() {
  const gesture = window.__plskitGesture;
  if (!gesture) return false; // the click took the tab to another page
  const deadline = performance.now() + 1000;
  return new Promise((resolve) => {
    const look = () => {
      if (gesture.ended || performance.now() > deadline) {
        gesture.end();
        resolve(gesture.missed);
      } else {
        setTimeout(look, 10);
      }
    };
    look();
  });
}

export class WebDriverPage {
  #session;
  #listeners = { console: [], pageerror: [] };
  #initScripts = [];
  #queue = Promise.resolve();
  #listening;

  constructor(session) {
    this.#session = session;
    this.keyboard = {
      press: (key) => this.#command(() => this.#session.performActions(pressed([key]))),
      type: (text) => this.#command(() => this.#session.performActions(pressed([...text]))),
    };
  }

  /** Commands go to the browser one at a time, in the order they were asked for. */
  #command(send) {
    const result = this.#queue.then(send);
    this.#queue = result.catch(() => {});
    return result;
  }

  on(event, listener) {
    if (!this.#listeners[event]) throw new Error(`page.on('${event}'): WebDriver in this engine has no ${event} event`);
    this.#listeners[event].push(listener);
    // the page is asked what it said every 100 ms, so that listeners hear it as they would from Playwright
    this.#listening ??= setInterval(() => this.run(() => 0).catch(() => {}), 100).unref();
  }

  addInitScript(fn) {
    this.#initScripts.push(fn);
  }

  /**
   * Runs `fn(...args)` in the page (awaiting a promise it returns) and hands
   * what the page said meanwhile to the console and pageerror listeners.
   * Elements travel as WebDriver element references, both ways.
   */
  async run(fn, ...args) {
    const script = `return Promise.resolve((${fn}).apply(null, arguments))
      .then((value) => [value, (window.__plskitSaid || []).splice(0)]);`;
    const [value, said] = await this.#command(() => this.#session.executeScript(script, args));
    for (const entry of said) {
      if (entry.kind === 'pageerror') for (const listener of this.#listeners.pageerror) listener(new Error(entry.text));
      else for (const listener of this.#listeners.console) listener({ type: () => entry.type, text: () => entry.text, location: () => ({ url: '' }) });
    }
    return value;
  }

  async goto(url) {
    await this.#command(() => this.#session.navigateTo(url));
    await this.#command(() => this.#session.executeScript(PAGE_WATCH, []));
    for (const script of this.#initScripts) await this.run(script);
    return null;
  }

  url() {
    return this.#command(() => this.#session.getUrl());
  }

  locator(css, options) {
    return new Locator(this, []).locator(css, options);
  }

  getByLabel(text) {
    return new Locator(this, []).getByLabel(text);
  }

  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  focus(css) {
    return this.locator(css).focus();
  }

  evaluate(fn, arg) {
    return this.run(fn, arg);
  }

  /** Polls `fn` in the page until it returns something truthy, as Playwright's waitForFunction does. */
  async waitForFunction(fn, arg, { timeout = 30_000, polling = 50 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`page.waitForFunction: not true within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, polling));
    }
  }

  /**
   * Clicks as a mouse would (WebDriver's element click), once the element is
   * still and nothing covers it; a click that landed elsewhere is aimed again.
   */
  async click(element) {
    const deadline = Date.now() + 5_000;
    for (;;) {
      await this.run(settled, element);
      await this.run(guardClick, element);
      try {
        await this.#command(() => this.#session.elementClick(element[ELEMENT]));
        if (!(await this.run(clickMissed))) return;
        if (Date.now() > deadline) throw new Error('each click landed on another element: the page kept moving under it');
      } catch (error) {
        if (Date.now() > deadline || !/intercepted|not interactable/.test(error.message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  async fill(element, value) {
    await this.#command(() => this.#session.elementClear(element[ELEMENT]));
    await this.#command(() => this.#session.elementSendKeys(element[ELEMENT], value));
  }

  /** Only 'download': the file the page offers next through an <a download> link. */
  async waitForEvent(event, { timeout = 30_000 } = {}) {
    if (event !== 'download') throw new Error(`page.waitForEvent('${event}') is not available over WebDriver`);
    await this.run(offerDownloads);
    const deadline = Date.now() + timeout;
    let offer;
    while (!(offer = await this.run(() => window.__plskitOffered.shift()))) {
      if (Date.now() > deadline) throw new Error(`no download offered within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const file = join(mkdtempSync(join(tmpdir(), 'plskit-download-')), offer.name);
    writeFileSync(file, offer.text);
    return { suggestedFilename: () => offer.name, path: async () => file };
  }

  emulateMedia() {
    throw new Error('page.emulateMedia is not available over WebDriver');
  }

  pdf() {
    throw new Error('page.pdf is not available over WebDriver');
  }

  async close() {
    clearInterval(this.#listening);
    await this.#command(() => this.#session.deleteSession());
  }
}
