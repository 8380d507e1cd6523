// The base every widget stands on, with a bare element: what it does while a
// locale's strings are still on their way.
import { expect, fixture, html } from '@open-wc/testing';
import { css, html as template, nothing, type PropertyValues } from 'lit';
import { PlsElement } from '../src/base/pls-element.js';
import { PlsStepsElement } from '../src/base/pls-steps-element.js';
import { localeStrings, type LocaleStrings } from '../src/locale/locale-strings.js';
import { shadow, textsOf, until } from './harness.js';

interface Greeting { hello: string }
let deliverEnglish: (module: { default: Greeting }) => void = () => {};
const greeting = localeStrings<Greeting>('test-greeting', { hello: '你好' }, {
  en: () => new Promise((resolve) => { deliverEnglish = resolve; }),
});

class BareElement extends PlsElement {
  static override textTables = [greeting];
  static override properties = { matter: {} };
  declare matter?: string;
  /** The property names of each update that happened, as willUpdate received them. */
  readonly updates: string[][] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.updates.push([...changed.keys()].map(String));
  }

  protected override render() {
    return template`<p>${greeting.in(this.displayLocale).hello}</p>`;
  }
}
customElements.define('test-bare-element', BareElement);

describe('PlsElement', () => {
  it('holds the first update back until the locale\'s strings arrive, then hands it every change it held', async () => {
    const element = await fixture<BareElement>(html`<test-bare-element locale="en" matter="will"></test-bare-element>`);
    expect(element.updates).to.deep.equal([]);
    expect(shadow(element).querySelector('p')).to.equal(null);
    deliverEnglish({ default: { hello: 'Hello' } });
    await until(() => shadow(element).querySelector('p'), 'the first render, in English');
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello');
    expect(element.updates[0]).to.include.members(['locale', 'matter']);
  });
});

/** A later screen's module as a widget imports it: its view, its own look, and its own words, whose English arrives when `deliver` is called. */
function laterScreen() {
  let deliver: (module: { default: { bye: string } }) => void = () => {};
  const strings = localeStrings('test-later', { bye: '再见' }, { en: () => new Promise((resolve) => { deliver = resolve; }) });
  const styles = css`.later { margin-left: 7px; }`;
  return { module: { strings, styles, view: (locale: string) => strings.in(locale).bye }, deliverEnglish: (bye: string) => deliver({ default: { bye } }) };
}

const firstScreen = localeStrings('test-first', { hello: '你好' }, { en: async () => ({ default: { hello: 'Hello' } }) });

class SteppedElement extends PlsStepsElement {
  static override styles = css`.first { margin-left: 3px; }`;
  static override textTables: LocaleStrings<unknown>[] = [firstScreen];
  later: { view: (locale: string) => string } | undefined;

  async showLater(module: ReturnType<typeof laterScreen>['module']): Promise<void> {
    this.later = await this.loadView(async () => module);
    this.requestUpdate();
  }

  protected override render() {
    return template`<p class="first">${firstScreen.in(this.displayLocale).hello}</p>
      ${this.later ? template`<p class="later">${this.later.view(this.displayLocale)}</p>` : nothing}`;
  }
}
customElements.define('test-stepped-element', SteppedElement);

describe('PlsStepsElement: a later screen\'s own words and look (loadView)', () => {
  const shown = (element: Element) => [...shadow(element).querySelectorAll('p')].map((p) => p.textContent);

  it('waits for them, too, before it switches language', async () => {
    const element = await fixture<SteppedElement>(html`<test-stepped-element></test-stepped-element>`);
    const later = laterScreen();
    await element.showLater(later.module);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['你好', '再见']);
    const margin = (selector: string) => getComputedStyle(shadow(element).querySelector(selector)!).marginLeft;
    expect([margin('.first'), margin('.later')], 'its look joins the element\'s own').to.deep.equal(['3px', '7px']);
    element.setAttribute('locale', 'en');
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shown(element), 'no screen half in one language, half in the other').to.deep.equal(['你好', '再见']);
    later.deliverEnglish('Goodbye');
    await until(() => shown(element)[0] === 'Hello', 'the switch to English');
    expect(shown(element)).to.deep.equal(['Hello', 'Goodbye']);
  });

  it('hands over the screen only once its words are there in the language shown', async () => {
    const element = await fixture<SteppedElement>(html`<test-stepped-element locale="en"></test-stepped-element>`);
    await until(() => shown(element)[0] === 'Hello', 'the first screen in English');
    const later = laterScreen();
    let handedOver = false;
    const showing = element.showLater(later.module).then(() => { handedOver = true; });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handedOver).to.equal(false);
    later.deliverEnglish('Goodbye');
    await showing;
    await element.updateComplete;
    expect(shown(element)).to.deep.equal(['Hello', 'Goodbye']);
  });
});

/** A screen that arrives later (a reply on its way): a button starts it, its heading is where focus should go. */
class LaterHeadingElement extends PlsElement {
  static override properties = { arrived: { type: Boolean } };
  declare arrived: boolean;

  start(): void {
    this.moveFocus('#later');
  }

  protected override render() {
    return this.arrived ? template`<h2 id="later" tabindex="-1">Later</h2>` : template`<button id="start">Start</button>`;
  }
}
customElements.define('test-later-heading', LaterHeadingElement);

describe('PlsElement.moveFocus', () => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  async function page() {
    const host = await fixture<HTMLElement>(html`<div><input id="host-search" aria-label="search"><test-later-heading></test-later-heading></div>`);
    return { element: host.querySelector<LaterHeadingElement>('test-later-heading')!, search: host.querySelector<HTMLInputElement>('#host-search')! };
  }

  it('moves focus to a screen that arrives later, from the control pressed that it replaced', async () => {
    const { element } = await page();
    shadow(element).querySelector<HTMLElement>('#start')!.focus();
    element.start();
    element.arrived = true;
    await until(() => shadow(element).activeElement?.id === 'later', 'focus on the later heading');
  });

  it('leaves focus where the resident put it meanwhile outside the element: the host page\'s own field', async () => {
    const { element, search } = await page();
    shadow(element).querySelector<HTMLElement>('#start')!.focus();
    element.start();
    await painted();
    search.focus();
    element.arrived = true;
    await element.updateComplete;
    await painted();
    expect(document.activeElement?.id, 'focus on the host page\'s field').to.equal(search.id);
  });
});

/** An element that says what it is told, in the live region every element has. */
class SayingElement extends PlsElement {
  say(words: string): void {
    this.announcement = words;
  }

  protected override render() {
    return this.renderLiveRegion();
  }
}
customElements.define('test-saying-element', SayingElement);

describe('PlsElement: the live region', () => {
  /** The element and each text its live region has had, in order, as a MutationObserver sees the DOM change. */
  async function saying() {
    const element = await fixture<SayingElement>(html`<test-saying-element></test-saying-element>`);
    const region = shadow(element).querySelector('[role="status"][aria-live="polite"]')!;
    const texts = textsOf(region);
    const times = (words: string) => texts.filter((text) => text === words).length;
    return { element, region, texts, times };
  }

  it('says the same words again when told them again: they reach the region a second time', async () => {
    const { element, times } = await saying();
    element.say('12 lawyers');
    await until(() => times('12 lawyers') === 1, 'the words said');
    element.say('12 lawyers');
    await until(() => times('12 lawyers') === 2, 'the same words said again');
    element.say('12 lawyers');
    await until(() => times('12 lawyers') === 3, 'and a third time');
  });

  it('says other words at once, and they replace words still waiting to be said again', async () => {
    const { element, region, texts, times } = await saying();
    element.say('Checked in');
    await until(() => times('Checked in') === 1, 'the first words');
    element.say('Checked in');
    element.say('Could not reach the server');
    await element.updateComplete;
    expect(region.textContent, 'other words at once').to.equal('Could not reach the server');
    element.say('Could not reach the server');
    await until(() => times('Could not reach the server') === 2, 'the failure said again');
    // the words replaced would have come back first: they never do
    expect(texts.filter((text) => text !== '')).to.deep.equal(['Checked in', 'Could not reach the server', 'Could not reach the server']);
  });

  it('keeps \'\' for nothing to say, and words after it are new', async () => {
    const { element, region, times } = await saying();
    element.say('Result copied');
    await until(() => times('Result copied') === 1, 'the words');
    element.say('');
    await element.updateComplete;
    expect(region.textContent).to.equal('');
    element.say('Result copied');
    await element.updateComplete;
    expect(region.textContent, 'at once').to.equal('Result copied');
  });
});
