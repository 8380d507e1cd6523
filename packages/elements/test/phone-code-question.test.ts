// The question form's code step against the real sandbox that confirms
// numbers (sms-sandbox.ts): a web question carries the token of a code
// confirmed for its number, purpose work-order. Each test confirms a number of
// its own (the sandbox's clock stands still: one code a number).
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/legal-question/define.js';
import type { PlsLegalQuestion } from '../src/legal-question/pls-legal-question.js';
import { axeViolations, shadow, until } from './harness.js';
import { $, expectSeniorTargets, heading, next, part, press, questionForm, RESIDENT, text, toCheck, toContact, typeInto } from './question-journey.js';
import { codeStepModules, confirming, textedCode, tokenUsedFirst } from './sms-sandbox.js';

/** Topic, question, answer and contact, to the code step, for `phone`. */
async function toCode(element: PlsLegalQuestion, phone: string): Promise<void> {
  await toContact(element);
  await typeInto(element, 'name', RESIDENT.name);
  await typeInto(element, 'phone', phone);
  await press($(element, '#consent'), 'Space');
  await next(element);
  await until(() => part(element, 'send-code-button'), 'the code step');
}

async function confirmCode(element: PlsLegalQuestion, phone: string): Promise<void> {
  await press(part(element, 'send-code-button'), 'Enter');
  await until(() => shadow(element).activeElement?.id === 'code', 'focus on the code field');
  await sendKeys({ type: await textedCode(phone) });
  await sendKeys({ press: 'Enter' });
  await until(() => part(element, 'send-button'), 'check your question');
}

describe('<pls-legal-question> where numbers are not confirmed', () => {
  it('has no code step, loads none of its code and sends no token', async () => {
    const bodies: Record<string, unknown>[] = [];
    const element = await questionForm({ region: '370811', locale: 'en', fetch: (input, init) => {
      if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)));
      return fetch(input, init);
    } });
    await toCheck(element);
    expect(text(part(element, 'progress'))).to.equal('Step 5 of 6');
    await press(part(element, 'send-button'), 'Enter');
    await until(() => part(element, 'reference'), 'asked');
    expect(bodies.map((body) => 'phoneVerification' in body)).to.deep.equal([false]);
    expect(codeStepModules(), 'the step\'s modules').to.deep.equal([]);
  });
});

describe('<pls-legal-question> where the operator confirms numbers by a texted code', () => {
  it('asks with the code texted to the number: senior mode, English, keyboard only; the token only in the work order', async () => {
    const phone = '13912340201';
    const api = confirming();
    const events: string[] = [];
    for (const name of ['pls-question-asked', 'pls-error']) document.addEventListener(name, (event) => events.push(JSON.stringify((event as CustomEvent).detail)));
    const element = await questionForm({ region: '370811', locale: 'en', senior: true, fetch: api.fetch });
    await toCode(element, phone);
    expect(heading(element)).to.equal('Confirm your mobile number');
    expect(text(part(element, 'progress'))).to.equal('Step 4 of 6');
    expect(text($(element, 'form'))).to.contain('139****0201').and.not.contain(phone);
    expect(await axeViolations(element), 'code step').to.deep.equal([]);
    expectSeniorTargets(element, 'code step');
    await confirmCode(element, phone);
    await press(part(element, 'send-button'), 'Enter');
    await until(() => part(element, 'reference'), 'asked');

    const [order] = api.sent('/v1/work-orders');
    const token = String(order!.phoneVerification);
    expect(token).to.match(/^pv_[0-9A-Za-z]{24}\.[A-Za-z0-9_-]{43}$/);
    expect(api.sent('/v1/phone-verifications').map((body) => body.purpose)).to.deep.equal(['work-order']);
    for (const secret of [token, phone]) expect(location.href + JSON.stringify(events)).not.to.contain(secret);
  });

  it('says how many tries are left after a wrong code, and brings the resident back to it when the work order refuses the token', async () => {
    const phone = '13912340202';
    // another tab sent a question with the same token first: this one finds it used
    const api = confirming(tokenUsedFirst('/v1/work-orders'));
    const element = await questionForm({ region: '370811', locale: 'en', fetch: api.fetch });
    await toCode(element, phone);
    await press(part(element, 'send-code-button'), 'Enter');
    const code = await textedCode(phone);
    await until(() => shadow(element).activeElement?.id === 'code', 'focus on the code field');
    await sendKeys({ type: code.replace(/.$/, (last) => String((Number(last) + 1) % 10)) });
    await press(part(element, 'confirm-code-button'), 'Enter');
    const summary = await until(() => part(element, 'error-summary'), 'the error summary');
    expect(text(summary)).to.contain('Tries left: 4');
    expect(await axeViolations(element), 'wrong code').to.deep.equal([]);
    const field = $<HTMLInputElement>(element, '#code')!;
    field.select();
    await typeInto(element, 'code', code);
    await press(part(element, 'confirm-code-button'), 'Enter');
    await press(await until(() => part(element, 'send-button'), 'check'), 'Enter');
    await until(() => heading(element) === 'Confirm your mobile number', 'the code step again');
    expect(text($(element, '.message'))).to.contain('The confirmation of your number has expired');
    await press(part(element, 'change-number-button'), 'Enter');
    expect(['name', 'phone'].map((id) => $<HTMLInputElement>(element, `#${id}`)!.value)).to.deep.equal([RESIDENT.name, phone]);
  });
});
