import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/aid-eligibility/define.js';
import '../src/lawyer-finder/define.js';
import '../src/notary-checklist/define.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import { axeViolations, settled, shadow, until } from './harness.js';

// The shipped dark theme (themes/dark.css: tokens only) as a page links it: every
// screen must still pass WCAG 2.2 AA, contrast included, plain and in senior mode.
let sheet: HTMLStyleElement;
before(async () => {
  sheet = document.createElement('style');
  sheet.textContent = await (await fetch(new URL('../themes/dark.css', import.meta.url))).text();
  document.head.append(sheet);
});
after(() => sheet.remove());

for (const senior of [false, true]) {
  describe(`the dark theme${senior ? ' in senior mode' : ''}`, () => {
    it('turns the widgets dark and keeps every screen free of axe violations', async () => {
      const main = await fixture<HTMLElement>(html`<main style="background: #0d1117">
        <pls-lawyer-finder api-base="/" page-size="3" ?senior=${senior}></pls-lawyer-finder>
        <pls-aid-eligibility api-base="/" region="370811" ?senior=${senior}></pls-aid-eligibility>
        <pls-notary-checklist api-base="/" region="370811" matter="gift" ?senior=${senior}></pls-notary-checklist>
      </main>`);
      const finder = main.querySelector<PlsLawyerFinder>('pls-lawyer-finder')!;
      await settled(finder);
      const checker = main.querySelector('pls-aid-eligibility')!;
      const checklist = main.querySelector('pls-notary-checklist')!;
      await until(() => shadow(checker).querySelector('[part~="start-button"]'), 'the checker');
      await until(() => shadow(checklist).querySelector('[part~="questions"]'), 'the checklist\'s questions');
      expect(getComputedStyle(shadow(finder).querySelector('.root')!).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(await axeViolations(main)).to.deep.equal([]);
    });
  });
}
