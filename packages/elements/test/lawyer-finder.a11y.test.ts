import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../src/lawyer-finder/define.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import { axeViolations, faultyFetch, settled, shadow, until } from './harness.js';

type Setup = { locale: string; senior: boolean };
const setups: Setup[] = [
  { locale: 'zh-CN', senior: false }, { locale: 'en', senior: false },
  { locale: 'zh-CN', senior: true }, { locale: 'en', senior: true },
];

async function finderWith({ locale, senior }: Setup, fetchImpl?: typeof fetch): Promise<PlsLawyerFinder> {
  const finder = document.createElement('pls-lawyer-finder');
  finder.setAttribute('api-base', '/');
  finder.setAttribute('locale', locale);
  finder.setAttribute('page-size', '3');
  finder.toggleAttribute('senior', senior);
  if (fetchImpl) finder.fetch = fetchImpl;
  return fixture<PlsLawyerFinder>(html`<main>${finder}</main>`).then((main) => main.querySelector('pls-lawyer-finder')!);
}

for (const setup of setups) {
  describe(`<pls-lawyer-finder> accessibility (${setup.locale}${setup.senior ? ', senior mode' : ''})`, () => {
    it('should have no WCAG 2.2 AA violations while loading', async () => {
      const finder = await finderWith(setup, faultyFetch((url) => (url.pathname === '/v1/lawyers' ? 'latency=3000' : undefined)));
      await until(() => shadow(finder).querySelector('[part~="loading"]'), 'loading');
      expect(await axeViolations(finder)).to.deep.equal([]);
    });

    it('should have no violations with results, and in the detail view', async () => {
      const finder = await finderWith(setup);
      await settled(finder);
      await until(() => shadow(finder).querySelector('select[name="practiceArea"] option[value="labour"]'), 'filter choices');
      expect(await axeViolations(finder)).to.deep.equal([]);
      shadow(finder).querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await until(() => shadow(finder).querySelector('[part~="detail"]'), 'detail');
      expect(await axeViolations(finder)).to.deep.equal([]);
    });

    it('should have no violations in the empty and error states', async () => {
      const finder = await finderWith(setup, faultyFetch((url) => (url.searchParams.get('q') === 'fail' ? 'status=500' : undefined)));
      await settled(finder);
      const input = shadow(finder).querySelector<HTMLInputElement>('input[name="q"]')!;
      input.value = 'nobody-by-this-name';
      input.dispatchEvent(new InputEvent('input'));
      shadow(finder).querySelector('form')!.requestSubmit();
      await until(() => shadow(finder).querySelector('[part~="empty"]'), 'empty');
      expect(await axeViolations(finder)).to.deep.equal([]);
      input.value = 'fail';
      input.dispatchEvent(new InputEvent('input'));
      shadow(finder).querySelector('form')!.requestSubmit();
      await until(() => shadow(finder).querySelector('[part~="error"]'), 'error');
      expect(await axeViolations(finder)).to.deep.equal([]);
    });
  });
}
