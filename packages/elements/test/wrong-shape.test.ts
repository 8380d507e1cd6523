// A 200 whose body does not match the contract is a failure to the widgets: a
// clear message and a retry that works, never endless placeholders, a page
// error or "共找到 NaN 位律师".
import { expect, fixture, html } from '@open-wc/testing';
import '../src/aid-eligibility/define.js';
import type { PlsAidEligibility } from '../src/aid-eligibility/pls-aid-eligibility.js';
import type { PlsEligibilityResultEvent } from '../src/aid-eligibility/pls-eligibility-result-event.js';
import type { PlsErrorEvent } from '../src/base/pls-error-event.js';
import { shadow, until, wrongShapeFetch } from './harness.js';

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
