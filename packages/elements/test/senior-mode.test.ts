import { expect, fixture, html } from '@open-wc/testing';
import '../src/aid-eligibility/define.js';
import '../src/lawyer-finder/define.js';
import type { PlsAidEligibility } from '../src/aid-eligibility/pls-aid-eligibility.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import { settled, shadow, until } from './harness.js';

// MIIT 适老化 specifications (2021-04-07): text >= 18px, line height >= 1.3, targets >= 60x60
describe('<pls-lawyer-finder senior>', () => {
  it('should use text of at least 18px with line height of at least 1.3, even when a site asks for less', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" senior page-size="2"
      class="tiny"></pls-lawyer-finder>`);
    // a site that tries to shrink senior mode below the floor
    finder.style.setProperty('--pls-senior-font-size', '12px');
    finder.style.setProperty('--pls-senior-line-height', '1');
    await settled(finder);
    for (const text of shadow(finder).querySelectorAll<HTMLElement>('dd, dt, label, p, button, select, input')) {
      const style = getComputedStyle(text);
      const size = parseFloat(style.fontSize);
      expect(size, `font size of ${text.localName}`).to.be.at.least(18);
      const lineHeight = parseFloat(style.lineHeight);
      if (!Number.isNaN(lineHeight)) expect(lineHeight / size, `line height of ${text.localName}`).to.be.at.least(1.3 - 1e-9);
    }
  });

  it('should make every control at least 60 by 60 pixels', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" senior page-size="2"></pls-lawyer-finder>`);
    await settled(finder);
    const root = shadow(finder);
    const targets = [...root.querySelectorAll<HTMLElement>('button, select, input:not([type="checkbox"]), label.check, a')];
    expect(targets.length).to.be.greaterThan(8);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, `height of ${target.localName}.${target.className}`).to.be.at.least(60);
      expect(box.width, `width of ${target.localName}`).to.be.at.least(60);
    }
  });

  it('should not be shrunk or restyled by the host page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'body { font-size: 9px; line-height: 1; color: red; } button { height: 10px; } h3 { display: none; }';
    document.head.append(style);
    try {
      const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"></pls-lawyer-finder>`);
      await settled(finder);
      const name = shadow(finder).querySelector('h3')!;
      expect(getComputedStyle(name).display).to.equal('block');
      expect(parseFloat(getComputedStyle(shadow(finder).querySelector('.root')!).fontSize)).to.equal(16);
      expect(getComputedStyle(shadow(finder).querySelector('.root')!).color).to.not.equal('rgb(255, 0, 0)');
      expect(shadow(finder).querySelector('button')!.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      style.remove();
    }
  });
});

describe('<pls-aid-eligibility senior>', () => {
  const part = (element: PlsAidEligibility, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
  const question = (element: PlsAidEligibility) => shadow(element).querySelector<HTMLFormElement>('form[data-question]')?.dataset.question;

  /** Every clickable target of the current screen is at least 60 by 60 px, its text at least 18px with line height 1.3. */
  function expectSeniorTargets(element: PlsAidEligibility, screen: string): void {
    const targets = [...shadow(element).querySelectorAll<HTMLElement>('button, select, .choice label')];
    expect(targets.length, `targets on ${screen}`).to.be.greaterThan(2);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      const what = `${screen}: ${target.localName} "${target.textContent?.trim().slice(0, 20)}"`;
      expect(box.height, `height of ${what}`).to.be.at.least(60);
      expect(box.width, `width of ${what}`).to.be.at.least(60);
      const style = getComputedStyle(target);
      expect(parseFloat(style.fontSize), `font size of ${what}`).to.be.at.least(18);
      const lineHeight = parseFloat(style.lineHeight);
      if (!Number.isNaN(lineHeight)) expect(lineHeight / parseFloat(style.fontSize), `line height of ${what}`).to.be.at.least(1.3 - 1e-9);
    }
  }

  it('should make every answer, on radio and checkbox steps, a target of at least 60 by 60 pixels', async () => {
    const element = await fixture<PlsAidEligibility>(html`<pls-aid-eligibility api-base="/" region="370811" senior></pls-aid-eligibility>`);
    await until(() => part(element, 'start-button'), 'start');
    part(element, 'start-button')!.click();
    await until(() => question(element) === 'proceeding', 'the proceeding question');
    expectSeniorTargets(element, 'proceeding (radios)');
    shadow(element).querySelector<HTMLInputElement>('input[value="civil"]')!.click();
    part(element, 'continue-button')!.click();
    await until(() => question(element) === 'circumstances', 'the circumstances question');
    expectSeniorTargets(element, 'circumstances (checkboxes)');
  });
});
