// The checker when the questions' code cannot be fetched (the resident went
// offline between loading the page and starting). In a file of its own: the
// browser keeps a failed module failed for the page's life.
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/aid-eligibility/define.js';
import type { PlsAidEligibility } from '../src/aid-eligibility/pls-aid-eligibility.js';
import { axeViolations, shadow, until } from './harness.js';

describe('<pls-aid-eligibility> when the questions cannot be fetched', () => {
  it('says so under its heading with a retry, never a blank screen, and keeps focus on the heading', async () => {
    await fetch('/__plskit/fail-module?name=eligibility-questions', { method: 'POST' });
    const main = await fixture<HTMLElement>(html`<main><pls-aid-eligibility api-base="/" region="370811" locale="en"></pls-aid-eligibility></main>`);
    const element = main.querySelector<PlsAidEligibility>('pls-aid-eligibility')!;
    const part = (name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
    (await until(() => part('start-button'), 'the start button')).click();
    const problem = await until(() => part('error'), 'the failure panel');
    expect(problem.textContent).to.match(/could not|try again/i);
    expect(part('retry-button')).to.not.equal(null);
    expect(shadow(element).querySelector('#step-heading')?.textContent?.trim()).to.equal('Check if you can get legal aid');
    await until(() => shadow(element).activeElement?.id === 'step-heading', 'focus on the heading');
    expect(shadow(element).querySelector('form[data-question]')).to.equal(null);
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});
