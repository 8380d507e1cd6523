import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../src/notary-checklist/define.js';
import type { PlsNotaryChecklist } from '../src/notary-checklist/pls-notary-checklist.js';
import { axeViolations, faultyFetch, shadow, until } from './harness.js';

type Setup = { locale: string; senior: boolean };
const setups: Setup[] = [
  { locale: 'zh-CN', senior: false }, { locale: 'en', senior: false },
  { locale: 'zh-CN', senior: true }, { locale: 'en', senior: true },
];

async function checklist({ locale, senior }: Setup, attributes: Record<string, string> = {}, fetchImpl?: typeof fetch): Promise<PlsNotaryChecklist> {
  const element = document.createElement('pls-notary-checklist');
  element.setAttribute('api-base', '/');
  element.setAttribute('locale', locale);
  element.toggleAttribute('senior', senior);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (fetchImpl) element.fetch = fetchImpl;
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector('pls-notary-checklist')!;
}

const part = (element: PlsNotaryChecklist, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Answers "yes" to every question on screen until the checklist shows, auditing each screen (the first with its errors). */
async function walk(element: PlsNotaryChecklist, label: string, country: string): Promise<void> {
  let first = true;
  for (;;) {
    const form = await until(() => part(element, 'questions') ?? part(element, 'checklist'), 'questions or checklist');
    if (form.getAttribute('part') === 'checklist') return;
    if (first) {
      part(element, 'continue-button')!.click();
      await until(() => shadow(element).querySelector('[aria-invalid="true"]'), 'errors');
      expect(await axeViolations(element), `${label}: unanswered`).to.deep.equal([]);
      first = false;
    }
    expect(await axeViolations(element), `${label}: questions`).to.deep.equal([]);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[value="true"]')) input.click();
    await element.updateComplete;
    const select = form.querySelector('select');
    if (select) {
      select.value = country;
      select.dispatchEvent(new Event('change'));
    }
    part(element, 'continue-button')!.click();
    await element.updateComplete;
  }
}

for (const setup of setups) {
  describe(`<pls-notary-checklist> accessibility (${setup.locale}${setup.senior ? ', senior mode' : ''})`, () => {
    it('should have no WCAG 2.2 AA violations finding a matter, searching, and on an unknown matter', async () => {
      const element = await checklist(setup);
      await until(() => part(element, 'search'), 'finder');
      expect(await axeViolations(element), 'finder').to.deep.equal([]);
      const field = part(element, 'search') as HTMLInputElement;
      field.value = '房子';
      field.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(await axeViolations(element), 'search').to.deep.equal([]);
      const unknown = await checklist(setup, { matter: 'space-travel' });
      await until(() => part(unknown, 'unknown-matter'), 'unknown matter');
      expect(await axeViolations(unknown), 'unknown matter').to.deep.equal([]);
    });

    it('should have no violations on the questions and the checklist, refused or not, with offices', async () => {
      const refused = await checklist(setup, { matter: 'power-of-attorney-property', region: '370811' });
      await walk(refused, 'power of attorney', 'DE');
      await until(() => part(refused, 'offices')?.querySelector('.office'), 'offices');
      expect(part(refused, 'refusal')).not.to.equal(null);
      expect(await axeViolations(refused), 'refused checklist').to.deep.equal([]);
      const inheritance = await checklist(setup, { matter: 'inheritance' });
      await walk(inheritance, 'inheritance', 'VN');
      expect(await axeViolations(inheritance), 'inheritance checklist').to.deep.equal([]);
    });

    it('should have no violations on the error panel', async () => {
      const element = await checklist(setup, {}, faultyFetch((url) => (url.pathname === '/v1/notary/matters' ? 'status=503' : undefined)));
      await until(() => part(element, 'retry-button'), 'error');
      expect(await axeViolations(element), 'error').to.deep.equal([]);
    });
  });
}
