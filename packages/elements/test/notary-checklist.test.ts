import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/notary-checklist/define.js';
import type { PlsErrorEvent } from '../src/base/pls-error-event.js';
import type { PlsQuestionRequestDetail } from '../src/links/pls-question-request-event.js';
import type { PlsBookRequestEvent } from '../src/notary-checklist/pls-book-request-event.js';
import type { PlsChecklistReadyEvent } from '../src/notary-checklist/pls-checklist-ready-event.js';
import type { PlsNotaryChecklist } from '../src/notary-checklist/pls-notary-checklist.js';
import { asPrinted, faultyFetch, shadow, until } from './harness.js';

// ---- acting as the resident -------------------------------------------------

interface Setup { locale?: string; senior?: boolean; region?: string; matter?: string }

async function checklist({ locale, senior, region, matter }: Setup = {}, fetchImpl?: typeof fetch): Promise<PlsNotaryChecklist> {
  const element = document.createElement('pls-notary-checklist');
  element.setAttribute('api-base', '/');
  if (locale) element.setAttribute('locale', locale);
  if (region) element.setAttribute('region', region);
  if (matter) element.setAttribute('matter', matter);
  element.toggleAttribute('senior', senior === true);
  if (fetchImpl) element.fetch = fetchImpl;
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector('pls-notary-checklist')!;
}

const part = (element: PlsNotaryChecklist, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: PlsNotaryChecklist, name: string) => [...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const itemCodes = (element: PlsNotaryChecklist) => parts(element, 'item').map((item) => item.dataset.item);

async function search(element: PlsNotaryChecklist, query: string): Promise<string[]> {
  const field = await until(() => part(element, 'search') as HTMLInputElement | null, 'search field');
  field.value = query;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
  return parts(element, 'matter-button').map((button) => button.dataset.matter!);
}

async function choose(element: PlsNotaryChecklist, matter: string): Promise<void> {
  await search(element, '');
  (await until(() => shadow(element).querySelector<HTMLElement>(`[data-matter="${matter}"]`), `matter ${matter}`)).click();
  await until(() => part(element, 'questions') || part(element, 'checklist'), 'questions');
}

/** Answers the questions on screen (all of them, or the senior screen's one) and continues. */
async function answer(element: PlsNotaryChecklist, answers: Record<string, boolean | string>): Promise<void> {
  const form = await until(() => part(element, 'questions') as HTMLFormElement | null, 'questions');
  for (const [question, value] of Object.entries(answers)) {
    if (question === 'destinationCountry') {
      const select = await until(() => form.querySelector<HTMLSelectElement>('select'), 'country select');
      select.value = value as string;
      select.dispatchEvent(new Event('change'));
    } else {
      form.querySelector<HTMLInputElement>(`input[name="${question}"][value="${String(value)}"]`)!.click();
    }
    await element.updateComplete;
  }
  part(element, 'continue-button')!.click();
  await element.updateComplete;
}

async function shown(element: PlsNotaryChecklist): Promise<HTMLElement> {
  return until(() => part(element, 'checklist'), 'checklist');
}

// ---- the four cases of the issue --------------------------------------------

describe('<pls-notary-checklist> against the sandbox', () => {
  it('finds matters as residents name them: “房子”, “出国”, pinyin initials, English', async () => {
    const element = await checklist();
    expect(await search(element, '房子')).to.include.members(['power-of-attorney-property', 'property-sale', 'inheritance', 'will']);
    expect(await search(element, '房子')).not.to.include('birth');
    expect(await search(element, '出国')).to.include.members(['no-criminal-record', 'degree', 'birth']);
    expect(await search(element, 'jc')).to.include('inheritance');
    expect(text(part(element, 'match-count'))).to.match(/找到\d+项/);
    expect(text(shadow(element).querySelector('[role="status"]'))).to.equal(text(part(element, 'match-count')));
    expect(await search(element, '宇宙飞船')).to.deep.equal([]);
    expect(text(part(element, 'match-count'))).to.match(/没有找到/);
    const groups = [...shadow(element).querySelectorAll<HTMLElement>('[data-group]')];
    expect(groups).to.have.length(0);
    await search(element, '');
    expect([...shadow(element).querySelectorAll<HTMLElement>('[data-group]')].map((g) => g.dataset.group)).to.deep.equal(['family', 'property', 'company', 'documents']);
  });

  it('a will, in person: the in-person rule with the home-visit note of the will rules (Art 5)', async () => {
    const element = await checklist({ locale: 'en' });
    await choose(element, 'will');
    await answer(element, { applicantIsAgent: false, realEstate: true, useAbroad: false });
    const sheet = await shown(element);
    expect(itemCodes(element)).to.deep.equal(['applicant-id', 'household-register', 'title-proof', 'property-title-certificate']);
    expect(text(part(element, 'in-person'))).to.match(/Notary Procedure Rules Art 11/);
    expect(part(element, 'home-visit')!.dataset.scope).to.equal('rule');
    expect(text(part(element, 'home-visit'))).to.match(/home or temporary residence such as a hospital \(Rules on the Notarisation of Wills Art 5\)/);
    expect(part(element, 'refusal')).to.equal(null);
    expect(text(part(element, 'time-limit'))).to.match(/15 working days.*Notary Law of the PRC \(2017\), Art 30/);
    expect(text(part(element, 'fee'))).to.match(/unverified.*1,500 yuan/);
    expect(text(sheet)).to.match(/Notary catalogue version 2026\.3\.0/);
  });

  it('a power of attorney for a property sale by a married resident, for use in Germany: apostille', async () => {
    const element = await checklist({ region: '370811' });
    await choose(element, 'power-of-attorney-property');
    await answer(element, { applicantIsAgent: false, minorInvolved: false, married: true, realEstate: true, useAbroad: true, destinationCountry: 'DE' });
    const sheet = await shown(element);
    expect(sheet.dataset.legalisation).to.equal('apostille');
    expect(itemCodes(element)).to.deep.equal(['applicant-id', 'household-register', 'attorney-id-copy', 'draft-power-of-attorney', 'co-owner-consent',
      'marriage-certificate', 'spouse-consent', 'property-title-certificate', 'property-register-file', 'translation', 'apostille']);
    expect(text(part(element, 'abroad'))).to.match(/附加证明书/);
    const register = shadow(element).querySelector('[data-item="property-register-file"]');
    expect(text(register)).to.match(/在哪里开具：不动产登记中心/);
    for (const item of parts(element, 'item')) expect(text(item.querySelector('.basis')), item.dataset.item).to.match(/^(依据|来源)：.+/);
    expect(text(part(element, 'where'))).to.match(/《中华人民共和国公证法》第25条/);
    await until(() => part(element, 'offices')?.querySelector('.office'), 'offices');
  });

  it('a no-criminal-record certificate for Vietnam: consular legalisation, citing Art 33', async () => {
    const element = await checklist({ locale: 'en', matter: 'no-criminal-record' });
    await answer(element, { applicantIsAgent: false, useAbroad: true, destinationCountry: 'VN' });
    const sheet = await shown(element);
    expect(sheet.dataset.legalisation).to.equal('consular');
    expect(itemCodes(element).slice(-2)).to.deep.equal(['translation', 'consular-legalisation']);
    expect(text(shadow(element).querySelector('[data-item="consular-legalisation"]'))).to.match(/Art 33/);
    expect(text(shadow(element).querySelector('[data-item="no-criminal-record-certificate"]'))).to.match(/Where to get it: The police station/);
    expect(text(part(element, 'abroad'))).to.match(/consular legalisation/);
  });

  it('an inheritance through an agent: a notarised power of attorney, the pledge note and the guideline as source', async () => {
    const element = await checklist({ locale: 'en', matter: 'inheritance' });
    await answer(element, { applicantIsAgent: true, minorInvolved: false, married: false, realEstate: false, useAbroad: false });
    await shown(element);
    const power = shadow(element).querySelector('[data-item="power-of-attorney"]');
    expect(text(power)).to.match(/must itself be notarised/);
    expect(text(power)).to.match(/Source: 中国公证协会《办理继承公证的指导意见》/);
    expect(itemCodes(element)).to.include('agent-id');
    expect(part(element, 'refusal')).to.equal(null);
    expect(text(part(element, 'pledge'))).to.match(/signed pledge may replace/);
    expect(text(shadow(element).querySelector('[data-item="heirs-kinship-proof"]'))).to.match(/A signed pledge may replace it/);
  });

  it('cites an item of an article as the law writes it: 第11条第(3)项 / Art 11(3)', async () => {
    for (const [locale, expected] of [['zh-CN', '依据：《中华人民共和国公证法》第11条第(3)项'], ['en', 'Basis: Notary Law of the PRC (2017), Art 11(3)']]) {
      const element = await checklist({ locale, matter: 'declaration' });
      await answer(element, { applicantIsAgent: false, minorInvolved: false, married: false, realEstate: false, useAbroad: false });
      await shown(element);
      expect(text(shadow(element).querySelector('[data-item="declaration-draft"] .basis'))).to.equal(expected);
    }
  });

  it('refuses a gift through an agent with the article, what to do instead and the honest home-visit note', async () => {
    const element = await checklist({ locale: 'en', matter: 'gift' });
    const ready: PlsChecklistReadyEvent[] = [];
    element.addEventListener('pls-checklist-ready', (event) => ready.push(event));
    await answer(element, { applicantIsAgent: true, minorInvolved: false, married: true, realEstate: true, useAbroad: false });
    await shown(element);
    const refusal = part(element, 'refusal')!;
    expect(text(refusal)).to.match(/must be applied for by the person themself/);
    expect(text(refusal)).to.match(/Basis: Notary Procedure Rules \(Ministry of Justice, 2006, amended 2020\), Art 11/);
    expect(text(refusal)).to.match(/What to do instead\s*The person concerned comes to the notary office/);
    expect(part(element, 'home-visit')!.dataset.scope).to.equal('ask-the-office');
    expect(text(part(element, 'home-visit'))).to.match(/for wills only/);
    expect(itemCodes(element)).not.to.include('agent-id');
    await until(() => ready.length === 1, 'pls-checklist-ready');
    expect(ready[0]!.detail).to.deep.equal({ matter: 'gift', items: itemCodes(element), refused: true, catalogueVersion: '2026.3.0' });
  });

  it('the printable view: A4 width, tick boxes for every item, the office’s address, no buttons', async () => {
    const element = await checklist({ region: '370811', matter: 'birth' });
    await answer(element, { applicantIsAgent: false, minorInvolved: true, useAbroad: false });
    const sheet = await shown(element);
    await until(() => part(element, 'offices')?.querySelector('.office'), 'offices');
    // the printable width of A4 (210 mm) with 10 mm margins, at 96 px per inch, is the page the sheet is laid out on
    const a4Text = Math.floor((190 * 96) / 25.4);
    const paper = element.parentElement!;
    paper.style.width = `${a4Text}px`;
    await asPrinted(element, () => {
      expect(getComputedStyle(part(element, 'actions')!).display).to.equal('none');
      const items = parts(element, 'item');
      expect(items.length).to.be.greaterThan(4);
      for (const item of items) expect(getComputedStyle(item.querySelector('.tickbox')!).borderTopStyle).to.equal('solid');
      expect(text(part(element, 'offices'))).to.match(/地址：.+电话：/);
      // nothing wider than the page: every line wraps inside the A4 text width
      const left = paper.getBoundingClientRect().left;
      expect(sheet.getBoundingClientRect().width).to.be.at.most(a4Text);
      expect(sheet.scrollWidth).to.be.at.most(sheet.clientWidth);
      for (const node of sheet.querySelectorAll('*')) expect(node.getBoundingClientRect().right - left, node.localName).to.be.at.most(a4Text + 0.5);
      expect(parseFloat(getComputedStyle(sheet).fontSize)).to.be.closeTo((11 * 96) / 72, 0.5);
    });
    paper.style.width = '';
    expect(getComputedStyle(sheet).maxWidth).to.match(/^680\.\d+px$/); // 180 mm on screen, the A4 text width
  });

  it('copies the checklist as text and hands off to the appointment booker with notarization', async () => {
    const element = await checklist({ region: '370811', matter: 'degree' });
    await answer(element, { applicantIsAgent: false, useAbroad: false });
    await shown(element);
    await until(() => part(element, 'offices')?.querySelector('.office'), 'offices');
    const books: PlsBookRequestEvent[] = [];
    element.addEventListener('pls-book-request', (event) => books.push(event));
    part(element, 'book-button')!.click();
    const center = part(element, 'offices')!.querySelector<HTMLElement>('.office')!.dataset.center;
    expect(books.map((event) => event.detail)).to.deep.equal([{ service: 'notarization', center, region: '370811', matter: 'degree' }]);
    // "ask a question about this": a degree for use abroad falls under no practice area, so the resident chooses
    const asks: PlsQuestionRequestDetail[] = [];
    element.addEventListener('pls-question-request', (event) => asks.push(event.detail));
    part(element, 'ask-button')!.click();
    expect(asks).to.deep.equal([{ topic: null, region: '370811', source: 'pls-notary-checklist' }]);
    part(element, 'copy-button')!.click();
    await until(() => part(element, 'copy-status'), 'copy status');
    expect(text(part(element, 'copy-status'))).to.match(/清单已复制|无法复制/);
  });
});

describe('<pls-notary-checklist> states', () => {
  it('unknown matter: says so and offers the list', async () => {
    const element = await checklist({ matter: 'space-travel' });
    await until(() => part(element, 'unknown-matter'), 'unknown matter');
    expect(parts(element, 'matter-button').length).to.be.greaterThan(20);
  });

  it('opens the `matter` once a connection arrives (a provider defined later, or api-base set afterwards)', async () => {
    const element = document.createElement('pls-notary-checklist');
    element.setAttribute('matter', 'will');
    await fixture<HTMLElement>(html`<main>${element}</main>`);
    expect(part(element, 'questions')).to.equal(null);
    element.setAttribute('api-base', '/');
    await until(() => part(element, 'questions'), 'questions of the will');
    expect(shadow(element).querySelector('[data-question="applicantIsAgent"]')).not.to.equal(null);
  });

  it('error with retry: the catalogue fails once, retry loads it, and pls-error says what failed', async () => {
    // listening before the element exists: its first request may fail before fixture() resolves
    const errors: PlsErrorEvent[] = [];
    const record = (event: PlsErrorEvent) => errors.push(event);
    document.addEventListener('pls-error', record);
    const element = await checklist({}, faultyFetch((url, call) => (url.pathname === '/v1/notary/matters' && call === 0 ? 'status=503' : undefined)));
    (await until(() => part(element, 'retry-button'), 'retry')).click();
    document.removeEventListener('pls-error', record);
    await until(() => parts(element, 'matter-button').length > 20, 'matters after retry');
    expect(errors.map((event) => event.detail)).to.deep.equal([
      { source: 'pls-notary-checklist', operation: 'list-notary-matters', status: 503, code: 'fault-injected' },
    ]);
  });

  it('requires an answer to every question before showing the list, and says which', async () => {
    const element = await checklist({ matter: 'degree' });
    await answer(element, {});
    const summary = await until(() => part(element, 'error-summary'), 'error summary');
    await until(() => shadow(element).activeElement === summary, 'focus on the error summary');
    expect(summary.querySelectorAll('a')).to.have.length(2);
  });

  it('senior mode: one question per screen, each with why we ask', async () => {
    const element = await checklist({ senior: true, locale: 'en', matter: 'no-criminal-record' });
    const form = await until(() => part(element, 'questions'), 'questions');
    expect(form.querySelectorAll('.question')).to.have.length(1);
    expect(text(form)).to.match(/Question 1 of 2.*Why we ask:/);
    await answer(element, { applicantIsAgent: false });
    await answer(element, { useAbroad: true });
    expect(text(part(element, 'questions'))).to.match(/Question 3 of 3/);
    await answer(element, { destinationCountry: 'TH' });
    expect((await shown(element)).dataset.legalisation).to.equal('consular');
  });

  it('is keyboard-complete: search, choose, answer, show and print with keys alone (senior, English)', async () => {
    const element = await checklist({ senior: true, locale: 'en' });
    const printed: string[] = [];
    const print = globalThis.print;
    globalThis.print = () => printed.push('print');
    try {
      (await until(() => part(element, 'search'), 'search')).focus();
      await sendKeys({ type: 'will' });
      await until(() => parts(element, 'matter-button')[0]?.dataset.matter === 'will', 'will first');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => part(element, 'questions'), 'questions');
      for (const _ of [1, 2, 3]) {
        // each screen: the radio group "I will, in person" / "No" comes first; Space picks it, Enter submits
        await until(() => shadow(element).activeElement?.id === 'step-heading', 'focus on the question\'s heading, after paint');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
      }
      await shown(element);
      await until(() => shadow(element).activeElement?.id === 'step-heading', 'focus on the checklist\'s heading, after paint');
      expect(part(element, 'in-person')).not.to.equal(null);
      part(element, 'print-button')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(printed).to.deep.equal(['print']);
    } finally {
      globalThis.print = print;
    }
  });
});
