import { expect, fixture, html } from '@open-wc/testing';
import '../src/provider/define.js';
import '../src/lawyer-finder/define.js';
import '../src/aid-eligibility/define.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import type { PlsProvider } from '../src/provider/pls-provider.js';
import { cardNames, cards, lawyerSearches, settled, shadow, totalText, until } from './harness.js';

describe('<pls-provider>', () => {
  it('should have no shadow root and leave the page\'s content where it is', async () => {
    const provider = await fixture<PlsProvider>(html`<pls-provider api-base="/"><p id="own">the page's own text</p></pls-provider>`);
    expect(provider.shadowRoot).to.equal(null);
    expect(provider.querySelector('#own')!.parentElement).to.equal(provider);
    expect([...provider.childNodes].filter((node) => node.nodeType !== Node.TEXT_NODE || node.textContent!.trim())).to.have.length(1);
  });

  it("should give a nested element its connection, locale, region and senior mode", async () => {
    const since = performance.now();
    const provider = await fixture<PlsProvider>(html`
      <pls-provider api-base="/" locale="en" region="370881" senior>
        <section><div><pls-lawyer-finder page-size="3"></pls-lawyer-finder></div></section>
      </pls-provider>`);
    const finder = provider.querySelector('pls-lawyer-finder')!;
    await settled(finder);
    expect(cards(finder)).to.have.length(3);
    expect(totalText(finder)).to.match(/lawyers? found/);
    expect(lawyerSearches(since)[0]!.get('region')).to.equal('370881');
    expect(shadow(finder).querySelector('.root')!.classList.contains('senior')).to.equal(true);
    expect(getComputedStyle(shadow(finder).querySelector('.root')!).fontSize).to.equal('20px');
  });

  it("should let an element's own attributes win over the provider's", async () => {
    const provider = await fixture<PlsProvider>(html`
      <pls-provider api-base="/" locale="en" region="370881">
        <pls-lawyer-finder locale="zh-CN" region="370812" page-size="2"></pls-lawyer-finder>
      </pls-provider>`);
    const finder = provider.querySelector('pls-lawyer-finder')!;
    await settled(finder);
    expect(totalText(finder)).to.contain('共找到');
    expect(shadow(finder).querySelector<HTMLSelectElement>('select[name="region"]')!.value).to.equal('370812');
  });

  it('should re-render nested elements when its locale changes, without touching the page', async () => {
    const provider = await fixture<PlsProvider>(html`
      <pls-provider api-base="/"><pls-lawyer-finder page-size="2"></pls-lawyer-finder></pls-provider>`);
    const finder = provider.querySelector('pls-lawyer-finder')!;
    await settled(finder);
    expect(totalText(finder)).to.contain('共找到');
    const pageLang = document.documentElement.lang;
    provider.setAttribute('locale', 'en');
    await until(() => /found/.test(totalText(finder)), 'English total');
    expect(document.documentElement.lang).to.equal(pageLang);
    expect(shadow(finder).querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('should switch language without fetching again: the data does not depend on it, only the words do', async () => {
    const provider = await fixture<PlsProvider>(html`
      <pls-provider api-base="/" region="370811">
        <pls-lawyer-finder page-size="2"></pls-lawyer-finder>
        <pls-aid-eligibility></pls-aid-eligibility>
      </pls-provider>`);
    const finder = provider.querySelector('pls-lawyer-finder')!;
    const checker = provider.querySelector('pls-aid-eligibility')!;
    await settled(finder);
    shadow(checker).querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
    await until(() => shadow(checker).querySelector('form[data-question="proceeding"]'), 'the first question');
    const names = cardNames(finder);
    const since = performance.now();
    provider.setAttribute('locale', 'en');
    await until(() => /found/.test(totalText(finder)), 'English total');
    await until(() => /What kind of case/.test(shadow(checker).querySelector('#step-heading')?.textContent ?? ''), 'English question');
    expect(cardNames(finder)).to.deep.equal(names);
    // English strings are their own module; the API is not asked again (results, filters, ruleset)
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since).map((entry) => new URL(entry.name).pathname);
    expect(requests.filter((path) => path.startsWith('/v1/'))).to.deep.equal([]);
  });

  it('should reach an element that was placed in the page before the provider is upgraded', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // innerHTML creates both at once; the finder connects to an already-defined provider
    // here, and the ContextRoot covers the case where the provider upgrades later
    host.innerHTML = '<pls-provider api-base="/" locale="en"><pls-lawyer-finder page-size="2"></pls-lawyer-finder></pls-provider>';
    const finder = host.querySelector('pls-lawyer-finder') as PlsLawyerFinder;
    await settled(finder);
    expect(cards(finder)).to.have.length(2);
  });
});

describe('<pls-provider partner-key>', () => {
  // /keyed/ is a sandbox that accepts only this key (web-test-runner.config.mjs)
  const KEY = 'wtr-partner-key';

  it('should send its partner key with every request of the elements inside', async () => {
    const provider = await fixture<PlsProvider>(html`
      <pls-provider api-base="/keyed/" partner-key=${KEY}><pls-lawyer-finder page-size="2"></pls-lawyer-finder></pls-provider>`);
    const finder = provider.querySelector('pls-lawyer-finder')!;
    await settled(finder);
    expect(cards(finder)).to.have.length(2);
  });

  it('should show the failure and tell the host when the key is refused', async () => {
    const errors: unknown[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail);
    document.addEventListener('pls-error', listener);
    try {
      const provider = await fixture<PlsProvider>(html`
        <pls-provider api-base="/keyed/" partner-key="not-the-key"><pls-lawyer-finder></pls-lawyer-finder></pls-provider>`);
      const finder = provider.querySelector('pls-lawyer-finder')!;
      await until(() => shadow(finder).querySelector('[part~="error"]'), 'error panel');
      expect(errors).to.deep.include({ source: 'pls-lawyer-finder', operation: 'search-lawyers', status: 401, code: 'unauthorized' });
    } finally {
      document.removeEventListener('pls-error', listener);
    }
  });
});
