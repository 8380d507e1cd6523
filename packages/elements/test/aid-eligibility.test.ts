import { expect, fixture, html } from '@open-wc/testing';
import { JINING_LEGAL_AID_RULESET, type LegalAidRuleset } from '@plskit/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/aid-eligibility/define.js';
import type { PlsAidEligibility } from '../src/aid-eligibility/pls-aid-eligibility.js';
import type { PlsEligibilityResultEvent } from '../src/aid-eligibility/pls-eligibility-result-event.js';
import type { PlsErrorEvent } from '../src/base/pls-error-event.js';
import type { PlsQuestionRequestDetail } from '../src/links/pls-question-request-event.js';
import { asPrinted, faultyFetch, shadow, until } from './harness.js';

// ---- acting as the resident -------------------------------------------------

async function checker(attributes: { region?: string; locale?: string } = { region: '370811' }, fetchImpl?: typeof fetch): Promise<PlsAidEligibility> {
  const element = document.createElement('pls-aid-eligibility');
  element.setAttribute('api-base', '/');
  if (attributes.region) element.setAttribute('region', attributes.region);
  if (attributes.locale) element.setAttribute('locale', attributes.locale);
  if (fetchImpl) element.fetch = fetchImpl;
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector('pls-aid-eligibility')!;
}

const part = (element: PlsAidEligibility, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const question = (element: PlsAidEligibility) => shadow(element).querySelector<HTMLFormElement>('form[data-question]')?.dataset.question;
const focused = (element: PlsAidEligibility) => shadow(element).activeElement;

async function start(element: PlsAidEligibility): Promise<void> {
  (await until(() => part(element, 'start-button'), 'start button')).click();
}

async function waitFor(element: PlsAidEligibility, step: string): Promise<HTMLFormElement> {
  await until(() => question(element) === step, `question ${step} (showing ${question(element) ?? 'none'})`);
  return shadow(element).querySelector<HTMLFormElement>('form[data-question]')!;
}

/** Ticks the answers (codes) on the question's screen and continues. */
async function answer(element: PlsAidEligibility, step: string, ...codes: string[]): Promise<void> {
  const form = await waitFor(element, step);
  for (const code of codes) form.querySelector<HTMLInputElement>(`input[value="${code}"]`)!.click();
  part(element, 'continue-button')!.click();
  await until(() => question(element) !== step || part(element, 'error-summary'), `leaving ${step}`);
}

/** The check in English for 370811, with the criminal case's first three answers given. */
async function criminalCase(role: string, circumstance: string): Promise<PlsAidEligibility> {
  const element = await checker({ region: '370811', locale: 'en' });
  await start(element);
  await answer(element, 'proceeding', 'criminal');
  await answer(element, 'criminalRole', role);
  await answer(element, 'circumstances', circumstance);
  return element;
}

async function household(element: PlsAidEligibility, size: string, income: string): Promise<void> {
  const form = await waitFor(element, 'household');
  form.querySelector<HTMLInputElement>('#household-size')!.value = size;
  form.querySelector<HTMLInputElement>('#household-income')!.value = income;
  part(element, 'continue-button')!.click();
}

async function summaryQuestions(element: PlsAidEligibility): Promise<string[]> {
  await until(() => part(element, 'summary'), 'check your answers');
  return [...shadow(element).querySelectorAll<HTMLElement>('.answer-row')].map((row) => row.dataset.question!);
}

async function result(element: PlsAidEligibility, confirmation = 'confirmed'): Promise<HTMLElement> {
  part(element, 'see-result-button')!.click();
  await until(() => part(element, 'confirmation')?.dataset.confirmation === confirmation, `result (${confirmation})`);
  return part(element, 'result')!;
}

const reasonCodes = (element: PlsAidEligibility) =>
  [...shadow(element).querySelectorAll<HTMLElement>('.reasons li')].map((item) => item.dataset.code);

const nextStepCodes = (element: PlsAidEligibility) =>
  [...shadow(element).querySelectorAll<HTMLElement>('.next-steps li')].map((item) => item.dataset.code);

const documentCodes = (element: PlsAidEligibility) =>
  [...shadow(element).querySelectorAll<HTMLElement>('[part~="documents"] li')].map((item) => item.dataset.code);

const text = (element: HTMLElement | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every URL the page requested since `since` (Resource Timing: what the browser really sent). */
const requestedUrls = (since = 0) => performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since).map((entry) => entry.name);

// ---- the paths through the questions, one outcome each -------------------------

describe('<pls-aid-eligibility> paths and outcomes', () => {
  it('should tell an accused minor that the authorities must arrange a lawyer (assigned-by-authority), asking only 3 questions', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await answer(element, 'proceeding', 'criminal');
    await answer(element, 'criminalRole', 'suspect-or-defendant');
    const offered = [...(await waitFor(element, 'circumstances')).querySelectorAll<HTMLInputElement>('input')].map((input) => input.value);
    expect(offered).to.include('minor').and.not.include('hero-martyr-relative');
    await answer(element, 'circumstances', 'minor');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'criminalRole', 'circumstances']);
    const shown = await result(element);
    expect(shown.dataset.outcome).to.equal('assigned-by-authority');
    expect(text(part(element, 'outcome'))).to.contain('You do not need to apply');
    expect(reasonCodes(element)).to.deep.equal(['minor']);
    expect(text(shadow(element).querySelector('.reasons li'))).to.contain('Legal Aid Law of the PRC (2021), Art 25');
    expect(text(part(element, 'decision'))).to.match(/3 days/);
    expect(part(element, 'center'), 'no application, so no centers').to.equal(null);
    expect(text(part(element, 'ruleset'))).to.contain('in force from January 1, 2022.');
  });

  it('should find a suspect with a low income eligible after the means test (eligible, passed)', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'criminal');
    await answer(element, 'criminalRole', 'suspect-or-defendant');
    await answer(element, 'circumstances', 'none');
    await household(element, '2', '1500');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'criminalRole', 'circumstances', 'household']);
    const shown = await result(element);
    expect(shown.dataset.outcome).to.equal('eligible');
    expect(reasonCodes(element)).to.deep.equal(['role-suspect-or-defendant', 'means-test-passed']);
    expect(text(part(element, 'documents'))).to.contain('身份证');
    // the effective date as the locale writes it, not the ruleset's ISO form
    expect(text(part(element, 'ruleset'))).to.contain('jining-legal-aid').and.contain(JINING_LEGAL_AID_RULESET.version)
      .and.contain('自 2022年1月1日 起施行').and.not.contain('2022-01-01');
  });

  it('should give a victim of domestic violence aid without a means test (eligible, not-required)', async () => {
    const element = await checker();
    const events: PlsEligibilityResultEvent[] = [];
    element.addEventListener('pls-eligibility-result', (event) => events.push(event));
    await start(element);
    await answer(element, 'proceeding', 'criminal');
    await answer(element, 'criminalRole', 'victim');
    await answer(element, 'circumstances', 'abuse-abandonment-domestic-violence');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'criminalRole', 'circumstances']);
    expect((await result(element)).dataset.outcome).to.equal('eligible');
    expect(reasonCodes(element)).to.deep.equal(['abuse-abandonment-domestic-violence']);
    expect(text(part(element, 'basis'))).to.contain('第32条');
    // the host learns the outcome, never the circumstance or the role (PIPL Art 28)
    await until(() => events.length === 1, 'the result event');
    expect(Object.keys(events[0]!.detail).sort()).to.deep.equal(['meansTest', 'outcome', 'rulesetId', 'rulesetVersion']);
    const detail = JSON.stringify(events[0]!.detail);
    for (const answered of ['criminal', 'victim', ...reasonCodes(element)]) expect(detail).to.not.contain(answered);
    expect(detail).to.not.match(/abuse|violence|victim|criminal|role-|matter-/);
  });

  it('should waive the means test for a migrant worker owed wages, without asking about income (eligible, verification-waived)', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'migrant-worker-wages-or-injury');
    await answer(element, 'matter', 'wages');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'circumstances', 'matter']);
    expect((await result(element)).dataset.outcome).to.equal('eligible');
    expect(reasonCodes(element)).to.deep.equal(['matter-wages', 'migrant-worker-wages-or-injury']);
    // where to apply: the region's centers that take legal-aid applications, from the API
    await until(() => part(element, 'center'), 'service centers');
    expect(text(part(element, 'where'))).to.contain('任城区公共法律服务中心');
    // "ask a question about this": the topic the matter falls under, never the answers
    const asks: PlsQuestionRequestDetail[] = [];
    element.addEventListener('pls-question-request', (event) => asks.push(event.detail));
    part(element, 'ask-button')!.click();
    expect(asks).to.deep.equal([{ topic: 'labour', region: '370811', source: 'pls-aid-eligibility' }]);
  });

  it('should ask about a criminal matter without naming it: the resident chooses the topic in the question form', async () => {
    const element = await criminalCase('suspect-or-defendant', 'social-assistance-recipient');
    await summaryQuestions(element);
    await result(element);
    const asks: PlsQuestionRequestDetail[] = [];
    element.addEventListener('pls-question-request', (event) => asks.push(event.detail));
    part(element, 'ask-button')!.click();
    expect(asks).to.deep.equal([{ topic: null, region: '370811', source: 'pls-aid-eligibility' }]);
  });

  it('should skip the matter when a circumstance alone decides (hero or martyr relative)', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'administrative');
    await answer(element, 'circumstances', 'hero-martyr-relative');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'circumstances']);
    expect((await result(element)).dataset.outcome).to.equal('eligible');
  });

  it('should waive the means test for an accused person on social assistance, who shows the proof instead (eligible, verification-waived)', async () => {
    const element = await criminalCase('suspect-or-defendant', 'social-assistance-recipient');
    expect(await summaryQuestions(element), 'no income question').to.deep.equal(['proceeding', 'criminalRole', 'circumstances']);
    expect((await result(element)).dataset.outcome).to.equal('eligible');
    expect(reasonCodes(element)).to.deep.equal(['role-suspect-or-defendant', 'social-assistance-recipient']);
    expect(text(shadow(element).querySelector('[data-code="social-assistance-recipient"]'))).to.contain('Art 42(2)');
    expect(nextStepCodes(element)).to.include('apply-from-detention').and.include('bring-circumstance-proof');
    expect(documentCodes(element)).to.include('circumstance-proof').and.not.include('hardship-declaration');
  });

  it('should tell an accused person above the line what is still open to them: Art 24 first, then consultation, the duty lawyer and the court (ineligible, failed)', async () => {
    const element = await criminalCase('suspect-or-defendant', 'none');
    await household(element, '1', '5000');
    const shown = await result(element);
    expect(shown.dataset.outcome).to.equal('ineligible');
    expect(reasonCodes(element)).to.deep.equal(['role-suspect-or-defendant', 'means-test-failed']);
    expect(nextStepCodes(element)).to.deep.equal(['accused-other-reasons', 'free-consultation', 'duty-lawyer', 'duty-lawyer-help', 'court-may-notify', 'regional-hardship-grounds']);
    const steps = [...shadow(element).querySelectorAll<HTMLElement>('.next-steps li')].map(text);
    expect(steps[0]).to.contain('reason other than economic difficulty').and.contain('Art 24');
    expect(steps[2]).to.contain('Art 14');
    expect(steps[3]).to.contain('Art 30');
    expect(steps[4]).to.contain('Art 25(2)');
    expect(part(element, 'documents'), 'nothing to bring for an application').to.equal(null);
    expect(part(element, 'decision')).to.equal(null);
  });

  it('should means-test a private prosecutor (Art 29) and find a low income eligible (eligible, passed)', async () => {
    const element = await criminalCase('private-prosecutor', 'none');
    await household(element, '2', '1000');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'criminalRole', 'circumstances', 'household']);
    expect((await result(element)).dataset.outcome).to.equal('eligible');
    expect(reasonCodes(element)).to.deep.equal(['role-private-prosecutor', 'means-test-passed']);
    expect(text(shadow(element).querySelector('[data-code="role-private-prosecutor"]'))).to.contain('private prosecutor').and.contain('Art 29');
    // only the accused apply from detention
    expect(nextStepCodes(element)).to.not.include('apply-from-detention');
    expect(documentCodes(element)).to.include('hardship-declaration');
  });

  it('should let the plaintiff in an incidental civil action give the commitment instead of figures (eligible-subject-to-verification)', async () => {
    const element = await criminalCase('civil-claimant', 'none');
    await waitFor(element, 'household');
    part(element, 'skip-button')!.click();
    await answer(element, 'commitment', 'yes');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'criminalRole', 'circumstances', 'household', 'commitment']);
    expect((await result(element)).dataset.outcome).to.equal('eligible-subject-to-verification');
    expect(reasonCodes(element)).to.deep.equal(['role-civil-claimant', 'means-test-commitment']);
    expect(text(shadow(element).querySelector('[data-code="role-civil-claimant"]'))).to.contain('incidental civil action').and.contain('Art 29');
    expect(documentCodes(element)).to.include('commitment-form').and.include('verification-authorisation');
  });

  it('should find a household above the line ineligible, with the figures in the reason (ineligible, failed)', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'support-payments');
    await household(element, '3', '9000');
    const shown = await result(element);
    expect(shown.dataset.outcome).to.equal('ineligible');
    expect(reasonCodes(element)).to.deep.equal(['matter-support-payments', 'means-test-failed']);
    const failed = text(shadow(element).querySelector('[data-code="means-test-failed"]'));
    expect(failed).to.contain('3000');
    // the hardship line is Shandong's regulation, whose currency is unverified: it says so
    expect(failed).to.contain('Shandong Legal Aid Regulation (2015 amendment), Art 8').and.contain('unverified');
    expect(text(shadow(element).querySelector('.note'))).to.contain('Figures marked unverified');
    expect(text(shadow(element).querySelector('.next-steps'))).to.not.equal('');
  });

  it('should accept the integrity commitment instead of figures (eligible-subject-to-verification)', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'non-litigation');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'wages');
    await waitFor(element, 'household');
    part(element, 'skip-button')!.click();
    await answer(element, 'commitment', 'yes');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'circumstances', 'matter', 'household', 'commitment']);
    expect((await result(element)).dataset.outcome).to.equal('eligible-subject-to-verification');
    expect(reasonCodes(element)).to.include('means-test-commitment');
    expect(text(part(element, 'documents'))).to.contain('承诺');
  });

  it('should say what is missing when neither figures nor the commitment are given, and lead back to that question (needs-more-information)', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'traffic-accident');
    await waitFor(element, 'household');
    part(element, 'skip-button')!.click();
    await answer(element, 'commitment', 'no');
    const shown = await result(element);
    expect(shown.dataset.outcome).to.equal('needs-more-information');
    expect(text(part(element, 'outcome'))).to.contain('more information');
    part(element, 'answer-button')!.click();
    await waitFor(element, 'household');
    await household(element, '1', '800');
    await summaryQuestions(element);
    expect((await result(element)).dataset.outcome).to.equal('eligible');
  });

  it('should ask for the region first when the page sets none, and offer every region, functional zones included', async () => {
    const element = await checker({});
    await start(element);
    const form = await waitFor(element, 'region');
    await until(() => form.querySelectorAll('option').length > 5, 'regions');
    const codes = [...form.querySelectorAll('option')].map((option) => option.value).filter(Boolean);
    expect(codes).to.include('370812').and.include('370800-taibaihu');
    const select = form.querySelector('select')!;
    select.value = '370812';
    part(element, 'continue-button')!.click();
    await answer(element, 'proceeding', 'civil');
    await waitFor(element, 'circumstances');
    part(element, 'back-button')!.click();
    await waitFor(element, 'proceeding');
    part(element, 'back-button')!.click();
    const region = await waitFor(element, 'region');
    expect(region.querySelector('select')!.value, 'the region answer is kept').to.equal('370812');
  });

  it('should say when the rules of a region are not available', async () => {
    const element = await checker({ region: '110105' });
    await start(element);
    await until(() => text(shadow(element).querySelector('#step-heading')).includes('暂时无法判断'), 'not covered');
    expect(text(shadow(element).querySelector('.rules-state'))).to.contain('12345');
  });
});

// ---- back, change and the summary keep every answer ---------------------------------

describe('<pls-aid-eligibility> navigation', () => {
  it('should walk on in an engine without requestIdleCallback (Safari, iOS WebViews), a timer standing in', async () => {
    const idle = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    try {
      const element = await checker({ region: '370811', locale: 'en' });
      await start(element);
      await answer(element, 'proceeding', 'civil');
      await waitFor(element, 'circumstances');
    } finally {
      if (idle) Object.defineProperty(window, 'requestIdleCallback', idle);
    }
  });

  it('should read the household back through the locale\'s plural rules ("1 person", "2 people")', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'support-payments');
    await household(element, '1', '1200');
    await summaryQuestions(element);
    const row = () => text(shadow(element).querySelector('.answer-row[data-question="household"] dd'));
    expect(row()).to.equal('1 person, 1,200 yuan a month');
    shadow(element).querySelector<HTMLElement>('.answer-row[data-question="household"] [part~="change-button"]')!.click();
    await household(element, '2', '1200');
    await summaryQuestions(element);
    expect(row()).to.equal('2 people, 1,200 yuan a month');
  });

  it('should keep answers on back, and ask only what a changed answer opens up', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'support-payments');
    await household(element, '4', '4000');
    await summaryQuestions(element);
    part(element, 'back-button')!.click();
    const householdForm = await waitFor(element, 'household');
    expect(householdForm.querySelector<HTMLInputElement>('#household-size')!.value).to.equal('4');
    part(element, 'back-button')!.click();
    const matter = await waitFor(element, 'matter');
    expect(matter.querySelector<HTMLInputElement>('input[value="support-payments"]')!.checked).to.equal(true);
    // progress: the 3rd of 4 steps (household figures settle the means test, so no commitment question)
    expect(text(part(element, 'progress'))).to.equal('第 3 步，最多 4 步');
    part(element, 'continue-button')!.click();
    await waitFor(element, 'household');
    part(element, 'continue-button')!.click();
    // change the kind of case from the summary: the criminal role is new, everything else is kept
    await summaryQuestions(element);
    shadow(element).querySelector<HTMLButtonElement>('[data-question="proceeding"] [part~="change-button"]')!.click();
    await answer(element, 'proceeding', 'criminal');
    await answer(element, 'criminalRole', 'victim');
    expect(await summaryQuestions(element)).to.deep.equal(['proceeding', 'criminalRole', 'circumstances', 'household']);
    expect(text(shadow(element).querySelector('[data-question="household"] dd'))).to.contain('4 人');
    expect((await result(element)).dataset.outcome).to.equal('eligible');
  });

  it('should move focus to each new heading, and show an error summary that links to the field', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await waitFor(element, 'proceeding');
    await until(() => focused(element)?.id === 'step-heading', 'focus on the question');
    part(element, 'continue-button')!.click();
    const summary = await until(() => part(element, 'error-summary'), 'error summary');
    await until(() => focused(element) === summary, 'focus on the error summary');
    expect(text(summary)).to.contain('Select one option');
    const firstRadio = shadow(element).querySelector<HTMLInputElement>('input[type="radio"]')!;
    expect(firstRadio.getAttribute('aria-invalid')).to.equal('true');
    summary.querySelector('a')!.click();
    expect(focused(element)).to.equal(firstRadio);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'other');
    await household(element, '0', 'lots');
    await until(() => part(element, 'error-summary'), 'household errors');
    const links = [...part(element, 'error-summary')!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['#household-size', '#household-income']);
    expect(shadow(element).querySelector('#household-size')!.getAttribute('aria-describedby')).to.contain('household-size-error');
    await household(element, '２', '１，２００');
    await summaryQuestions(element);
    expect(text(shadow(element).querySelector('[data-question="household"] dd'))).to.contain('1,200');
  });

  it('should clear every answer on start over', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'acting-bravely');
    await summaryQuestions(element);
    await result(element);
    part(element, 'start-over-button')!.click();
    await until(() => part(element, 'start'), 'start screen');
    await start(element);
    const form = await waitFor(element, 'proceeding');
    expect([...form.querySelectorAll<HTMLInputElement>('input')].some((input) => input.checked)).to.equal(false);
  });

  it('should be completed with the keyboard alone', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    const startButton = await until(() => part(element, 'start-button'), 'start');
    startButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(element, 'proceeding');
    await until(() => focused(element)?.id === 'step-heading', 'heading focused');
    // Tab into the radio group, arrow to "civil" (the 2nd), Tab to continue
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor(element, 'circumstances');
    await until(() => focused(element)?.id === 'step-heading', 'heading focused');
    // the first box (a hero's or martyr's relative) decides alone
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    // past the other 7 boxes (6 circumstances and "none of these") to continue
    for (let i = 0; i < 8; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('part')).to.equal('continue-button');
    await sendKeys({ press: 'Enter' });
    await until(() => part(element, 'summary'), 'summary');
    await until(() => focused(element)?.id === 'step-heading', 'heading focused');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('part')).to.equal('see-result-button');
    await sendKeys({ press: 'Enter' });
    await until(() => part(element, 'confirmation')?.dataset.confirmation === 'confirmed', 'result');
    expect(part(element, 'result')!.dataset.outcome).to.equal('eligible');
    // focus moves once the result's heading has painted, which may come after the server's confirmation
    await until(() => focused(element)?.id === 'step-heading', 'result heading focused');
  });
});

// ---- local evaluation, the server's confirmation, and offline ------------------------

describe('<pls-aid-eligibility> evaluation', () => {
  async function toSupportResult(element: PlsAidEligibility, confirmation: string, income = '4500'): Promise<HTMLElement> {
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'support-payments');
    await household(element, '3', income);
    await summaryQuestions(element);
    return result(element, confirmation);
  }

  it('should confirm the local result with the server, sending the answers only in the body', async () => {
    const since = performance.now();
    const pageSearch = location.search + location.hash;
    const element = await checker();
    const events: PlsEligibilityResultEvent[] = [];
    element.addEventListener('pls-eligibility-result', (event) => events.push(event));
    await toSupportResult(element, 'confirmed');
    expect(text(part(element, 'confirmation'))).to.contain('结果一致');
    const urls = requestedUrls(since);
    expect(urls.some((url) => new URL(url).pathname === '/v1/legal-aid/eligibility-checks')).to.equal(true);
    expect(urls.filter((url) => new URL(url).pathname === '/v1/legal-aid/rules')).to.have.length.at.most(1);
    for (const url of urls) expect(url).to.not.match(/4500|household|income|circumstances|support-payments/);
    await until(() => events.length === 1, 'the result event');
    const [event] = events;
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail).to.deep.equal({
      outcome: 'eligible', meansTest: 'passed',
      rulesetId: 'jining-legal-aid', rulesetVersion: JINING_LEGAL_AID_RULESET.version,
    });
    expect(JSON.stringify(event!.detail)).to.not.match(/4500|1500|"3"/);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(location.search + location.hash).to.equal(pageSearch);
  });

  it('should tell the resident, before the answers leave the page, that they are sent once to check the result', async () => {
    for (const [locale, sentOnce] of [['en', 'sent once'], ['zh-CN', '发送一次给法律援助服务']] as const) {
      const element = await checker({ region: '370811', locale });
      const intro = text(await until(() => part(element, 'start'), 'start screen'));
      expect(intro, `${locale} intro`).to.contain(sentOnce).and.not.match(/stay on this page|只保存在本页面/);
      await start(element);
      await answer(element, 'proceeding', 'civil');
      await answer(element, 'circumstances', 'none');
      await answer(element, 'matter', 'support-payments');
      await waitFor(element, 'household');
      expect(text(shadow(element).querySelector('#step-hint')), `${locale} household hint`).to.contain(sentOnce).and.not.match(/stay on this page|只在本页面/);
    }
  });

  it('should show the local result, marked unconfirmed, when the server check fails', async () => {
    const element = await checker({ region: '370811', locale: 'en' },
      faultyFetch((url) => (url.pathname === '/v1/legal-aid/eligibility-checks' ? 'status=503' : undefined)));
    const errors: PlsErrorEvent[] = [];
    const results: PlsEligibilityResultEvent[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event));
    element.addEventListener('pls-eligibility-result', (event) => results.push(event));
    const shown = await toSupportResult(element, 'unconfirmed');
    expect(shown.dataset.outcome).to.equal('eligible');
    expect(text(part(element, 'confirmation'))).to.contain('not yet confirmed');
    expect(errors.map((event) => event.detail)).to.deep.equal([
      { source: 'pls-aid-eligibility', operation: 'check-eligibility', status: 503, code: 'fault-injected' }]);
    expect(results.map((event) => event.detail.outcome)).to.deep.equal(['eligible']);
  });

  it('should work offline once the rules are loaded, and confirm when the connection returns', async () => {
    let offline = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
    try {
      // offline: every request really fails, against a closed port
      const element = await checker({ region: '370811', locale: 'en' }, (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
        return fetch(offline ? `http://127.0.0.1:9${url.pathname}${url.search}` : url, init);
      });
      await start(element);
      await waitFor(element, 'proceeding');
      offline = true;
      const shown = await toSupportResultAfterStart(element, 'unconfirmed-offline');
      expect(shown.dataset.outcome).to.equal('eligible');
      expect(text(part(element, 'confirmation'))).to.contain('You are offline');
      expect(part(element, 'error')?.dataset.state, 'the centers list says offline').to.equal('offline');
      offline = false;
      window.dispatchEvent(new Event('online'));
      await until(() => part(element, 'confirmation')?.dataset.confirmation === 'confirmed', 'confirmed once back online');
      await until(() => part(element, 'center'), 'centers once back online');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }

    async function toSupportResultAfterStart(element: PlsAidEligibility, confirmation: string): Promise<HTMLElement> {
      await answer(element, 'proceeding', 'civil');
      await answer(element, 'circumstances', 'none');
      await answer(element, 'matter', 'support-payments');
      await household(element, '3', '4500');
      await summaryQuestions(element);
      return result(element, confirmation);
    }
  });

  it("should show the server's answer when it differs, and report the mismatch with codes only", async () => {
    const element = await checker();
    // a page's stale copy of the rules with a far higher hardship line: the browser says eligible
    const stale: LegalAidRuleset = structuredClone(JINING_LEGAL_AID_RULESET);
    stale.economicHardship[0]!.minimumLivingStandard = 100_000;
    element.ruleset = stale;
    const errors: PlsErrorEvent[] = [];
    const results: PlsEligibilityResultEvent[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event));
    element.addEventListener('pls-eligibility-result', (event) => results.push(event));
    // 9,000 yuan for 3 people is 3,000 a head: under the stale line, above the server's 2,000
    const shown = await toSupportResult(element, 'differs', '9000');
    expect(shown.dataset.outcome).to.equal('ineligible');
    expect(reasonCodes(element)).to.deep.equal(['matter-support-payments', 'means-test-failed']);
    expect(text(part(element, 'confirmation'))).to.contain('不同');
    expect(errors.map((event) => event.detail)).to.deep.equal([
      { source: 'pls-aid-eligibility', operation: 'check-eligibility', status: 200, code: 'eligibility-mismatch' }]);
    expect(results).to.have.length(1);
  });
});

// ---- print and copy ---------------------------------------------------------------

describe('<pls-aid-eligibility> print and copy', () => {
  it('should copy the result as text, with citations and the per-head figure the reason states, not the answers themselves', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'none');
    await answer(element, 'matter', 'support-payments');
    await household(element, '3', '4500');
    await summaryQuestions(element);
    await result(element);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => { copied.push(value); } } });
    try {
      part(element, 'copy-button')!.click();
      await until(() => copied.length === 1, 'clipboard write');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(clipboard);
    }
    expect(copied[0]).to.contain('You can get legal aid').and.contain('Art 31(4)').and.contain(JINING_LEGAL_AID_RULESET.version)
      .and.contain('in force from January 1, 2022.');
    // the resident's own copy keeps the means-test reason as shown: 4500 yuan for 3 people is 1500 per head
    expect(copied[0]).to.contain('Household income per head of 1500 yuan a month');
    expect(copied[0]).to.not.contain('4500');
    await until(() => shadow(element).querySelector('[role="status"]')!.textContent === 'Result copied', 'announcement');
  });

  it('should fall back to a hidden text area when the Clipboard API refuses, and say it copied', async () => {
    const element = await checker({ region: '370811', locale: 'en' });
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'acting-bravely');
    await summaryQuestions(element);
    await result(element);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    const copies: string[] = [];
    const onCopy = () => copies.push(String(shadow(element).activeElement?.localName));
    document.addEventListener('copy', onCopy);
    try {
      part(element, 'copy-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => shadow(element).querySelector('.copy-status'), 'copy status');
    } finally {
      document.removeEventListener('copy', onCopy);
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(copies, 'the browser copied from the text area').to.deep.equal(['textarea']);
    expect(text(shadow(element).querySelector('.copy-status'))).to.equal('Result copied');
    expect(shadow(element).querySelector('textarea'), 'the text area is removed').to.equal(null);
  });

  it('should print the result without the buttons', async () => {
    const element = await checker();
    await start(element);
    await answer(element, 'proceeding', 'civil');
    await answer(element, 'circumstances', 'acting-bravely');
    await summaryQuestions(element);
    await result(element);
    await asPrinted(element, () => {
      expect(getComputedStyle(part(element, 'print-button')!).display).to.equal('none');
      expect(getComputedStyle(part(element, 'back-button')!).display).to.equal('none');
      expect(getComputedStyle(part(element, 'reasons')!).display).to.not.equal('none');
    });
  });
});
