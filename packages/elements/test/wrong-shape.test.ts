// A 200 whose body does not match the contract is a failure to the widgets: a
// clear message and a retry that works, never endless placeholders, a page
// error or "共找到 NaN 位律师".
import { expect, fixture, html } from '@open-wc/testing';
import '../src/aid-eligibility/define.js';
import '../src/lawyer-finder/define.js';
import type { PlsAidEligibility } from '../src/aid-eligibility/pls-aid-eligibility.js';
import type { PlsEligibilityResultEvent } from '../src/aid-eligibility/pls-eligibility-result-event.js';
import type { PlsErrorEvent } from '../src/base/pls-error-event.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import { cards, settled, shadow, until, wrongShapeFetch } from './harness.js';

const WRONG_BODIES = { 'an empty object': '{}', 'items as a string': '{"items":"none","total":"many","nextCursor":null}' };

/** Records pls-error details and uncaught errors while `run` runs. */
async function watching(run: (errors: PlsErrorEvent['detail'][]) => Promise<void>): Promise<string[]> {
  const errors: PlsErrorEvent['detail'][] = [];
  const uncaught: string[] = [];
  const onError = (event: PlsErrorEvent) => errors.push(event.detail);
  const onUncaught = (event: ErrorEvent | PromiseRejectionEvent) => {
    uncaught.push(String('reason' in event ? event.reason : event.message));
    event.preventDefault();
  };
  document.addEventListener('pls-error', onError);
  window.addEventListener('error', onUncaught);
  window.addEventListener('unhandledrejection', onUncaught);
  try {
    await run(errors);
  } finally {
    document.removeEventListener('pls-error', onError);
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
  }
  return uncaught;
}

describe('wrong-shaped replies', () => {
  for (const [what, body] of Object.entries(WRONG_BODIES)) {
    it(`<pls-lawyer-finder>: a search answered with ${what} is a failure with a retry that works`, async () => {
      let broken = true;
      const uncaught = await watching(async (errors) => {
        const finder = document.createElement('pls-lawyer-finder');
        finder.setAttribute('api-base', '/');
        finder.setAttribute('page-size', '3');
        finder.fetch = wrongShapeFetch((url) => (broken && url.pathname === '/v1/lawyers' ? body : undefined));
        const main = await fixture<HTMLElement>(html`<main>${finder}</main>`);
        const shown = main.querySelector<PlsLawyerFinder>('pls-lawyer-finder')!;
        const panel = await until(() => shadow(shown).querySelector('[part~="error"]'), 'the failure panel');
        expect(panel.textContent).to.contain('暂时无法获取信息');
        expect(shadow(shown).textContent).not.to.contain('NaN');
        expect(shadow(shown).querySelector('[part~="loading"]')).to.equal(null);
        expect(errors).to.deep.include({ source: 'pls-lawyer-finder', operation: 'search-lawyers', status: 200, code: 'unexpected-response' });
        broken = false;
        shadow(shown).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
        await until(() => cards(shown).length === 3, 'the results after the retry');
        expect(shadow(shown).querySelector('[part~="error"]')).to.equal(null);
      });
      expect(uncaught).to.deep.equal([]);
    });
  }

  it('<pls-lawyer-finder>: a wrong-shaped "show more" keeps what is shown and offers a retry', async () => {
    let broken = false;
    const uncaught = await watching(async () => {
      const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="3"
        .fetch=${wrongShapeFetch((url) => (broken && url.searchParams.has('cursor') ? '{}' : undefined))}></pls-lawyer-finder>`);
      await settled(finder);
      broken = true;
      shadow(finder).querySelector<HTMLButtonElement>('[part~="load-more-button"]')!.click();
      await until(() => shadow(finder).querySelector('[part~="retry-button"]'), 'the retry');
      expect(cards(finder)).to.have.length(3);
      expect(shadow(finder).textContent).not.to.contain('NaN');
      broken = false;
      shadow(finder).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await until(() => cards(finder).length === 6, 'the second page');
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('<pls-aid-eligibility>: a wrong-shaped ruleset is a failure with a retry that works', async () => {
    let broken = true;
    const uncaught = await watching(async (errors) => {
      // a region of its own, so no ruleset cached by another test is reused
      const checker = await fixture<PlsAidEligibility>(html`<pls-aid-eligibility api-base="/" region="370812"
        .fetch=${wrongShapeFetch((url) => (broken && url.pathname === '/v1/legal-aid/rules' ? '{}' : undefined))}></pls-aid-eligibility>`);
      (await until(() => shadow(checker).querySelector<HTMLButtonElement>('[part~="start-button"]'), 'start')).click();
      await until(() => shadow(checker).querySelector('[part~="error"]'), 'the failure panel');
      expect(errors.map((error) => error.code)).to.include('unexpected-response');
      broken = false;
      shadow(checker).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await until(() => shadow(checker).querySelector('form[data-question="proceeding"]'), 'the first question');
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('<pls-aid-eligibility>: a malformed confirmation leaves the local result, unconfirmed, and the result event is still sent', async () => {
    const uncaught = await watching(async (errors) => {
      const checker = await fixture<PlsAidEligibility>(html`<pls-aid-eligibility api-base="/" region="370811"
        .fetch=${wrongShapeFetch((url) => (url.pathname === '/v1/legal-aid/eligibility-checks' ? '{"outcome":42}' : undefined))}></pls-aid-eligibility>`);
      const settledResult = new Promise<PlsEligibilityResultEvent>((resolve) => checker.addEventListener('pls-eligibility-result', resolve, { once: true }));
      (await until(() => shadow(checker).querySelector<HTMLButtonElement>('[part~="start-button"]'), 'start')).click();
      for (const [step, code] of [['proceeding', 'criminal'], ['criminalRole', 'suspect-or-defendant'], ['circumstances', 'minor']] as const) {
        const form = await until(() => shadow(checker).querySelector<HTMLFormElement>(`form[data-question="${step}"]`), step);
        form.querySelector<HTMLInputElement>(`input[value="${code}"]`)!.click();
        shadow(checker).querySelector<HTMLButtonElement>('[part~="continue-button"]')!.click();
      }
      (await until(() => shadow(checker).querySelector<HTMLButtonElement>('[part~="see-result-button"]'), 'summary')).click();
      await until(() => shadow(checker).querySelector<HTMLElement>('[part~="confirmation"]')?.dataset.confirmation === 'unconfirmed', 'unconfirmed');
      expect(shadow(checker).querySelector<HTMLElement>('[part~="result"]')!.dataset.outcome).to.equal('assigned-by-authority');
      expect((await settledResult).detail.outcome).to.equal('assigned-by-authority');
      expect(errors).to.deep.include({ source: 'pls-aid-eligibility', operation: 'check-eligibility', status: 200, code: 'unexpected-response' });
    });
    expect(uncaught).to.deep.equal([]);
  });
});
