// Playwright's Locator, the part the journeys use, over a WebDriver page:
// found afresh at each use, waiting for its element, and strict (an action on
// a locator that matches more than one element fails, as in Playwright).
import { locate } from './locate.mjs';

const DEFAULT_TIMEOUT = 30_000;
const asText = (text) => (text instanceof RegExp ? { source: text.source, flags: text.flags } : text);

export class Locator {
  #page;
  #steps;

  constructor(page, steps) {
    this.#page = page;
    this.#steps = steps;
  }

  locator(css, { hasText } = {}) {
    return new Locator(this.#page, [...this.#steps, { css }, ...(hasText === undefined ? [] : [{ text: asText(hasText) }])]);
  }

  /** A form control by the text of its <label>. */
  getByLabel(text) {
    return new Locator(this.#page, [...this.#steps, { label: asText(text) }]);
  }

  /** A button or heading by its accessible name. */
  getByRole(role, { name } = {}) {
    return new Locator(this.#page, [...this.#steps, { role, ...(name === undefined ? {} : { name: asText(name) }) }]);
  }

  filter({ hasText }) {
    return new Locator(this.#page, [...this.#steps, { text: asText(hasText) }]);
  }

  first() { return this.nth(0); }

  last() { return this.nth(-1); }

  nth(index) {
    return new Locator(this.#page, [...this.#steps, { pick: index }]);
  }

  toString() {
    return this.#steps.map((step) => step.css ?? JSON.stringify(step)).join(' >> ');
  }

  #found() {
    return this.#page.run(locate, this.#steps);
  }

  /** Polls until `ready(found)` holds; its value, or a timeout naming the locator. */
  async #until(ready, what, timeout = DEFAULT_TIMEOUT) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await this.#found();
      const value = ready(found);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${this} to ${what} (found ${found.length})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The one element, once it exists (and is visible and enabled, for `actionable`). */
  #one({ timeout, actionable = false } = {}) {
    return this.#until((found) => {
      if (found.length > 1) throw new Error(`strict mode: ${this} matches ${found.length} elements`);
      const [hit] = found;
      return hit && (!actionable || (hit.visible && hit.enabled)) && hit.element;
    }, actionable ? 'be visible and enabled' : 'be attached', timeout);
  }

  async count() {
    return (await this.#found()).length;
  }

  waitFor({ state = 'visible', timeout } = {}) {
    const states = {
      attached: (found) => found.length === 1,
      visible: (found) => found.length === 1 && found[0].visible,
      detached: (found) => found.length === 0,
      hidden: (found) => found.every((hit) => !hit.visible),
    };
    return this.#until((found) => {
      if (found.length > 1 && state !== 'hidden') throw new Error(`strict mode: ${this} matches ${found.length} elements`);
      return states[state](found);
    }, `be ${state}`, timeout);
  }

  async evaluate(fn, arg) {
    return this.#page.run(fn, await this.#one(), arg);
  }

  async focus(options) {
    await this.#page.run((element) => element.focus(), await this.#one(options));
  }

  async click(options) {
    await this.#page.click(await this.#one({ ...options, actionable: true }));
  }

  async check(options) {
    const element = await this.#one({ ...options, actionable: true });
    if (!(await this.#page.run((input) => input.checked, element))) await this.#page.click(element);
    if (!(await this.#page.run((input) => input.checked, element))) throw new Error(`${this} did not become checked`);
  }

  async fill(value, options) {
    await this.#page.fill(await this.#one({ ...options, actionable: true }), value);
  }

  /** Chooses the option of this value, as a person would: once it is there, with the input and change events a choice fires. */
  async selectOption(value, options) {
    const select = await this.#one({ ...options, actionable: true });
    const has = (element, wanted) => [...element.options].some((option) => option.value === wanted);
    const deadline = Date.now() + (options?.timeout ?? DEFAULT_TIMEOUT);
    while (!(await this.#page.run(has, select, value))) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${this} to offer the option ${value}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.#page.run((element, wanted) => {
      element.value = wanted;
      element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    }, select, value);
    return [value];
  }

  async scrollIntoViewIfNeeded(options) {
    await this.#page.run((element) => element.scrollIntoView({ block: 'nearest' }), await this.#one(options));
  }

  async textContent(options) {
    return this.#page.run((element) => element.textContent, await this.#one(options));
  }

  async innerText(options) {
    return this.#page.run((element) => element.innerText, await this.#one(options));
  }

  async inputValue(options) {
    return this.#page.run((element) => element.value, await this.#one(options));
  }

  async getAttribute(name, options) {
    return this.#page.run((element, attribute) => element.getAttribute(attribute), await this.#one(options), name);
  }

  async allTextContents() {
    const elements = (await this.#found()).map((hit) => hit.element);
    return this.#page.run((...nodes) => nodes.map((node) => node.textContent), ...elements);
  }
}
