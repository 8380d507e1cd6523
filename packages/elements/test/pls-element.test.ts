// The base every widget stands on, with a bare element: what it does while a
// locale's strings are still on their way.
import { expect, fixture, html } from '@open-wc/testing';
import { html as template, type PropertyValues } from 'lit';
import { PlsElement } from '../src/base/pls-element.js';
import { localeStrings } from '../src/locale/locale-strings.js';
import { shadow, until } from './harness.js';

interface Greeting { hello: string }
let deliverEnglish: (module: { default: Greeting }) => void = () => {};
const greeting = localeStrings<Greeting>({ hello: '你好' }, {
  en: () => new Promise((resolve) => { deliverEnglish = resolve; }),
});

class BareElement extends PlsElement {
  static override strings = [greeting];
  static override properties = { matter: {} };
  declare matter?: string;
  /** The property names of each update that happened, as willUpdate received them. */
  readonly updates: string[][] = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.updates.push([...changed.keys()].map(String));
  }

  protected override render() {
    return template`<p>${greeting[this.displayLocale].hello}</p>`;
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
