import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../src/aid-eligibility/define.js';
import type { PlsAidEligibility } from '../src/aid-eligibility/pls-aid-eligibility.js';
import { axeViolations, faultyFetch, shadow, until } from './harness.js';

type Setup = { locale: string; senior: boolean };
const setups: Setup[] = [
  { locale: 'zh-CN', senior: false }, { locale: 'en', senior: false },
  { locale: 'zh-CN', senior: true }, { locale: 'en', senior: true },
];

async function checker({ locale, senior }: Setup, region?: string, fetchImpl?: typeof fetch): Promise<PlsAidEligibility> {
  const element = document.createElement('pls-aid-eligibility');
  element.setAttribute('api-base', '/');
  element.setAttribute('locale', locale);
  if (region) element.setAttribute('region', region);
  element.toggleAttribute('senior', senior);
  if (fetchImpl) element.fetch = fetchImpl;
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector('pls-aid-eligibility')!;
}

const part = (element: PlsAidEligibility, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const question = (element: PlsAidEligibility) => shadow(element).querySelector<HTMLFormElement>('form[data-question]')?.dataset.question;

/** Waits for a step, audits it, then answers it. */
async function auditAndAnswer(element: PlsAidEligibility, step: string, act: (form: HTMLFormElement) => void): Promise<void> {
  await until(() => question(element) === step, `question ${step}`);
  const form = shadow(element).querySelector<HTMLFormElement>('form[data-question]')!;
  expect(await axeViolations(element), `step ${step}`).to.deep.equal([]);
  act(form);
  part(element, 'continue-button')!.click();
}

const tick = (code: string) => (form: HTMLFormElement) => form.querySelector<HTMLInputElement>(`input[value="${code}"]`)!.click();

async function auditResult(element: PlsAidEligibility, confirmation = 'confirmed'): Promise<void> {
  await until(() => part(element, 'summary'), 'summary');
  expect(await axeViolations(element), 'check your answers').to.deep.equal([]);
  part(element, 'see-result-button')!.click();
  await until(() => part(element, 'confirmation')?.dataset.confirmation === confirmation, 'result');
  expect(await axeViolations(element), `result ${part(element, 'result')!.dataset.outcome}`).to.deep.equal([]);
}

for (const setup of setups) {
  describe(`<pls-aid-eligibility> accessibility (${setup.locale}${setup.senior ? ', senior mode' : ''})`, () => {
    it('should have no WCAG 2.2 AA violations on any step of the longest path, with errors, and on the result with centers', async function () {
      this.timeout(30_000); // eleven screens, each checked by axe
      const element = await checker(setup);
      await until(() => part(element, 'start-button'), 'start');
      expect(await axeViolations(element), 'start').to.deep.equal([]);
      part(element, 'start-button')!.click();
      await until(() => question(element) === 'region' && shadow(element).querySelectorAll('option').length > 5, 'regions');
      await auditAndAnswer(element, 'region', (form) => { form.querySelector('select')!.value = '370811'; });
      // the error summary state
      await until(() => question(element) === 'proceeding', 'proceeding');
      part(element, 'continue-button')!.click();
      await until(() => part(element, 'error-summary'), 'error summary');
      expect(await axeViolations(element), 'error summary').to.deep.equal([]);
      await auditAndAnswer(element, 'proceeding', tick('civil'));
      await auditAndAnswer(element, 'circumstances', tick('none'));
      await auditAndAnswer(element, 'matter', tick('support-payments'));
      await until(() => question(element) === 'household', 'household');
      part(element, 'continue-button')!.click();
      await until(() => part(element, 'error-summary'), 'household errors');
      expect(await axeViolations(element), 'household errors').to.deep.equal([]);
      await until(() => question(element) === 'household', 'household');
      part(element, 'skip-button')!.click();
      await auditAndAnswer(element, 'commitment', tick('yes'));
      await auditResult(element);
      await until(() => part(element, 'center'), 'centers');
      shadow(element).querySelector('details')!.open = true;
      expect(await axeViolations(element), 'result with centers and stations').to.deep.equal([]);
    });

    it('should have no violations on the criminal path and the assigned-by-authority result', async () => {
      const element = await checker(setup, '370811');
      (await until(() => part(element, 'start-button'), 'start')).click();
      await auditAndAnswer(element, 'proceeding', tick('criminal'));
      await auditAndAnswer(element, 'criminalRole', tick('suspect-or-defendant'));
      await auditAndAnswer(element, 'circumstances', tick('minor'));
      await auditResult(element);
    });

    it('should have no violations on the needs-more-information result, unconfirmed and with a failed centers list', async () => {
      const element = await checker(setup, '370811', faultyFetch((url) =>
        (url.pathname === '/v1/legal-aid/eligibility-checks' || url.pathname === '/v1/service-centers' ? 'status=503' : undefined)));
      (await until(() => part(element, 'start-button'), 'start')).click();
      await auditAndAnswer(element, 'proceeding', tick('civil'));
      await auditAndAnswer(element, 'circumstances', tick('none'));
      await auditAndAnswer(element, 'matter', tick('other'));
      await until(() => question(element) === 'household', 'household');
      part(element, 'skip-button')!.click();
      await auditAndAnswer(element, 'commitment', tick('no'));
      await auditResult(element, 'unconfirmed');
      expect(part(element, 'result')!.dataset.outcome).to.equal('needs-more-information');
      // an ineligible result, unconfirmed, whose centers failed to load
      part(element, 'answer-button')!.click();
      await auditAndAnswer(element, 'household', (form) => {
        form.querySelector<HTMLInputElement>('#household-size')!.value = '1';
        form.querySelector<HTMLInputElement>('#household-income')!.value = '50000';
      });
      await auditResult(element, 'unconfirmed');
      await until(() => part(element, 'error'), 'centers failure panel');
      expect(await axeViolations(element), 'result with failed centers').to.deep.equal([]);
    });
  });
}
