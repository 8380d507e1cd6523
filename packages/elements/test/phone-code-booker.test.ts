// The booker's code step against the real sandbox that confirms numbers
// (sms-sandbox.ts). Each test confirms a number of its own: the sandbox's
// clock stands still, so one number gets one code (one a minute).
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/appointment-booker/define.js';
import type { PlsAppointmentBooker } from '../src/appointment-booker/pls-appointment-booker.js';
import { bookingLink } from '../src/links/booking-link.js';
import { $, booker, chooseCenter, enterContact, heading, part, pickDay, pickFirstSlot, press, remaining, RESIDENT, text } from './booker-journey.js';
import { axeViolations, shadow, until } from './harness.js';
import { codeStepModules, confirming, textedCode, tokenUsedFirst } from './sms-sandbox.js';

/** Where, when and who, to the code step, for `phone`: the slot chosen. */
async function toCode(element: PlsAppointmentBooker, phone: string): Promise<string> {
  await chooseCenter(element, 'sc-370811');
  await pickDay(element, ['ArrowDown'], '2026-09-08');
  const slot = await pickFirstSlot(element);
  await press(part(element, 'continue-button'), 'Enter');
  await enterContact(element, phone);
  await until(() => part(element, 'send-code-button'), 'the code step');
  return slot;
}

/** "Text me the code", then the code the resident received; focus is in the code field. */
async function sendCode(element: PlsAppointmentBooker, phone: string): Promise<string> {
  await press(part(element, 'send-code-button'), 'Enter');
  await until(() => shadow(element).activeElement?.id === 'code', 'focus on the code field');
  return textedCode(phone);
}

async function typeCode(element: PlsAppointmentBooker, code: string): Promise<void> {
  const field = $<HTMLInputElement>(element, '#code')!;
  field.focus();
  field.select();
  await sendKeys({ type: code });
}

const wrong = (code: string) => code.replace(/.$/, (last) => String((Number(last) + 1) % 10));

describe('<pls-appointment-booker> where numbers are not confirmed', () => {
  it('has no code step, loads none of its code and sends no token', async () => {
    const bodies: string[] = [];
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: (input, init) => {
      if (init?.method === 'POST') bodies.push(String(init.body));
      return fetch(input, init);
    } });
    await chooseCenter(element, 'sc-370811');
    await pickDay(element, ['ArrowDown'], '2026-09-08');
    await pickFirstSlot(element);
    await press(part(element, 'continue-button'), 'Enter');
    await enterContact(element);
    await until(() => part(element, 'book-button'), 'check, straight after the contact step');
    expect(text(part(element, 'progress'))).to.equal('Step 4 of 5');
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');
    expect(bodies.map((body) => 'phoneVerification' in JSON.parse(body))).to.deep.equal([false]);
    expect(codeStepModules(), 'the step\'s modules').to.deep.equal([]);
  });
});

describe('<pls-appointment-booker> where the operator confirms numbers by a texted code', () => {
  it('books with the code texted to the number: senior mode, English, keyboard only; the token only in the booking', async () => {
    const phone = '13912340101';
    const api = confirming();
    const events: string[] = [];
    for (const name of ['pls-appointment-booked', 'pls-error']) document.addEventListener(name, (event) => events.push(JSON.stringify((event as CustomEvent).detail)));
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', senior: true, fetch: api.fetch });
    const slot = await toCode(element, phone);
    const before = await remaining('sc-370811', 'mediation', slot, '/sms/v1/');

    // the masked number, a way back to change it, and "text me the code"; still step 3 of 5
    await until(() => shadow(element).activeElement?.id === 'step-heading', 'focus on the code step’s heading');
    expect(heading(element)).to.equal('Confirm your mobile number');
    expect(text(part(element, 'progress'))).to.equal('Step 3 of 5');
    expect(text($(element, 'form'))).to.contain('139****0101').and.not.contain(phone);
    expect(await axeViolations(element), 'before sending').to.deep.equal([]);

    const code = await sendCode(element, phone);
    expect(text($(element, '.message'))).to.equal('We texted a code to 139****0101. Check your messages.');
    const field = $<HTMLInputElement>(element, '#code')!;
    // the attribute, not the property: Firefox reflects only the tokens its own autofill knows ('' here)
    expect([field.getAttribute('autocomplete'), field.inputMode, field.maxLength, field.getAttribute('pattern')]).to.deep.equal(['one-time-code', 'numeric', 6, '[0-9]*']);
    expect(text($(element, 'label[for="code"]'))).to.equal('Code from the text message');
    // a new code after the server's wait: the button says so by being off, and the line counts down every second
    const resend = part(element, 'resend-button') as HTMLButtonElement;
    expect(resend.disabled).to.equal(true);
    expect(text(part(element, 'resend-wait'))).to.match(/^You can ask for a new code in (60|59) seconds$/);
    await until(() => /in 5[0-8] seconds/.test(text(part(element, 'resend-wait'))), 'the countdown moving on');
    expect(text($(element, '[role="status"][aria-live]'))).not.to.match(/\d+ seconds/);
    expect(await axeViolations(element), 'code sent').to.deep.equal([]);

    // senior mode: text at least 18 px, targets at least 60 px
    expect(parseFloat(getComputedStyle(field).fontSize)).to.be.at.least(18);
    for (const target of [field, part(element, 'confirm-code-button')!, part(element, 'change-number-button')!]) {
      expect(target.getBoundingClientRect().height, target.getAttribute('part') ?? 'code').to.be.at.least(60);
    }

    await typeCode(element, code);
    await sendKeys({ press: 'Enter' });
    await until(() => part(element, 'book-button'), 'check your booking');
    expect(text($(element, '[role="status"][aria-live]'))).to.equal('Number confirmed');
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');

    expect(api.sent('/v1/appointments')).to.have.length(1);
    const token = String(api.sent('/v1/appointments')[0]!.phoneVerification);
    expect(token).to.match(/^pv_[0-9A-Za-z]{24}\.[A-Za-z0-9_-]{43}$/);
    expect(await remaining('sc-370811', 'mediation', slot, '/sms/v1/')).to.equal(before - 1);
    // never in the address bar, an event, storage or the page
    for (const secret of [token, code, phone]) {
      expect(location.href + JSON.stringify(events) + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain(secret);
    }
    expect(shadow(element).innerHTML).not.to.contain(code).and.not.to.contain(token);
  });

  it('says how many tries are left after a wrong code, in the summary naming the field; a pasted message gives its code', async () => {
    const phone = '13912340102';
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: confirming().fetch });
    await toCode(element, phone);
    const code = await sendCode(element, phone);
    // moved on the page (into a dialog, say): the wait for a new code goes on
    const wait = text(part(element, 'resend-wait'));
    const page = element.parentElement!;
    element.remove();
    page.append(element);
    await until(() => text(part(element, 'resend-wait')) !== wait, 'the countdown going on after a move');
    await typeCode(element, wrong(code));
    await press(part(element, 'confirm-code-button'), 'Enter');
    const summary = await until(() => part(element, 'error-summary'), 'the error summary');
    await until(() => shadow(element).activeElement === summary, 'focus on the summary');
    expect(text(summary)).to.contain('That code is not right. Tries left: 4');
    // the summary (an alert, focused) says it; the live region says nothing that contradicts it
    expect(text($(element, '[role="status"][aria-live]'))).not.to.contain('could not be loaded');
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#code']);
    expect($(element, '#code')!.getAttribute('aria-invalid')).to.equal('true');
    expect(await axeViolations(element), 'wrong code').to.deep.equal([]);

    // the summary's link leads to the field; the whole text message pasted there leaves its code
    await press(summary.querySelector('a'), 'Enter');
    expect(shadow(element).activeElement?.id).to.equal('code');
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', `【济宁公共法律服务】您的验证码 ${code}，5 分钟内有效。`);
    const paste = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true });
    // Firefox empties the clipboard of a paste made by script (a real one carries it): there the code is typed
    if (paste.clipboardData?.getData('text/plain')) $(element, '#code')!.dispatchEvent(paste);
    else await typeCode(element, code);
    await until(() => $<HTMLInputElement>(element, '#code')?.value === code, 'the pasted code');
    await press(part(element, 'confirm-code-button'), 'Enter');
    await until(() => part(element, 'book-button'), 'check your booking');
  });

  it('locks a code after 5 wrong ones and asks for a new one; too many codes for a number say when to try again', async () => {
    const phone = '13912340103';
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: confirming().fetch });
    await toCode(element, phone);
    const code = await sendCode(element, phone);
    for (let tries = 0; $(element, '#code') && tries < 6; tries++) {
      await typeCode(element, wrong(code));
      await press(part(element, 'confirm-code-button'), 'Enter');
      await until(() => part(element, 'error-summary') || !$(element, '#code'), 'the answer to a wrong code');
    }
    expect(text($(element, '.message'))).to.equal('Too many wrong codes: this code no longer works. Ask for a new one.');
    expect(text($(element, '[role="status"][aria-live]'))).to.equal('Too many wrong codes: this code no longer works. Ask for a new one.');
    expect($(element, '#code'), 'no field for a code that cannot be used').to.equal(null);
    expect(text(part(element, 'send-code-button'))).to.equal('Text me the code');
    expect(await axeViolations(element), 'locked').to.deep.equal([]);

    // the same number on a fresh page: the server's hourly share says when; the wait is shown and counted down
    const again = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: confirming().fetch });
    await toCode(again, phone);
    await press(part(again, 'send-code-button'), 'Enter');
    await until(() => text($(again, '.message')).startsWith('Too many codes'), 'the too-many-codes message');
    expect(text($(again, '.message'))).to.equal('Too many codes were asked for this number. Try again in 60 seconds.');
    expect((part(again, 'send-code-button') as HTMLButtonElement).disabled).to.equal(true);
    expect(text(part(again, 'resend-wait'))).to.match(/in \d+ seconds$/);
    expect(await axeViolations(again), 'too many codes').to.deep.equal([]);
  });

  it('confirms again after a reply lost on the way back, with the same token, and books once', async () => {
    const phone = '13912340104';
    let dropped = false;
    const api = confirming((url, init) => {
      if (dropped || !url.endsWith('/confirm')) return undefined;
      dropped = true;
      // the server confirmed, but its reply never reaches the resident
      return fetch(url, init).then(() => Promise.reject(new TypeError('Failed to fetch')));
    });
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: api.fetch });
    const slot = await toCode(element, phone);
    const before = await remaining('sc-370811', 'mediation', slot, '/sms/v1/');
    await typeCode(element, await sendCode(element, phone));
    await press(part(element, 'confirm-code-button'), 'Enter');
    await until(() => text($(element, '.message')) === 'No answer came from the server. Please try again.', 'the no-answer message');
    expect((part(element, 'confirm-code-button') as HTMLButtonElement).disabled).to.equal(false);
    await press(part(element, 'confirm-code-button'), 'Enter');
    await until(() => part(element, 'book-button'), 'check your booking');
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');
    expect([api.sent('/confirm').length, api.sent('/v1/appointments').length]).to.deep.equal([2, 1]);
    expect(await remaining('sc-370811', 'mediation', slot, '/sms/v1/')).to.equal(before - 1);
  });

  it('brings the resident back to the code step, the contact kept, when the booking refuses the token', async () => {
    const phone = '13912340105';
    // another tab booked with the same token first: this booking finds it used
    const api = confirming(tokenUsedFirst('/v1/appointments'));
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: api.fetch });
    await toCode(element, phone);
    await typeCode(element, await sendCode(element, phone));
    await press(part(element, 'confirm-code-button'), 'Enter');
    await press(await until(() => part(element, 'book-button'), 'check'), 'Enter');
    await until(() => heading(element) === 'Confirm your mobile number', 'the code step again');
    expect(text($(element, '.message'))).to.contain('The confirmation of your number has expired');
    expect(text($(element, '[role="status"][aria-live]'))).to.contain('The confirmation of your number has expired');
    expect($(element, '#code')).to.equal(null);
    await press(part(element, 'change-number-button'), 'Enter');
    await until(() => shadow(element).activeElement?.id === 'phone', 'focus on the phone field');
    expect(['name', 'phone'].map((id) => $<HTMLInputElement>(element, `#${id}`)!.value)).to.deep.equal([RESIDENT.name, phone]);
  });

  it('drops a code that arrives for a number the resident has meanwhile changed, and texts the new number at once', async () => {
    const [first, second] = ['13912340107', '13912340108'];
    let slowed = false;
    const api = confirming((url, init) => {
      if (slowed || !url.endsWith('/v1/phone-verifications')) return undefined;
      slowed = true;
      const headers = new Headers(init!.headers);
      headers.set('x-plskit-fault', 'latency=1500');
      return fetch(url, { ...init, headers });
    });
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: api.fetch });
    await toCode(element, first);
    await press(part(element, 'send-code-button'), 'Enter');
    await press(part(element, 'change-number-button'), 'Enter');
    const phone = await until(() => shadow(element).activeElement?.id === 'phone' && $<HTMLInputElement>(element, '#phone'), 'the phone field');
    phone.select();
    await sendKeys({ type: second });
    await press(part(element, 'continue-button'), 'Enter');
    await until(() => text($(element, 'form')).includes('139****0108'), 'the code step for the new number');
    // the first number's code is still on its way: nothing is being sent to this one
    expect(text(part(element, 'send-code-button')), 'while the old reply is on its way').to.equal('Text me the code');
    await textedCode(first);
    expect($(element, '#code'), 'no field for a code sent to the other number').to.equal(null);
    // and the new number can be sent its own code at once
    await typeCode(element, await sendCode(element, second));
    expect(text($(element, 'form'))).to.include('139****0108');
  });

  it('forgets the number, the code and the token once booked: the next resident starts with “text me the code”', async () => {
    const phone = '13912340106';
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: confirming().fetch });
    await toCode(element, phone);
    await typeCode(element, await sendCode(element, phone));
    await press(part(element, 'confirm-code-button'), 'Enter');
    await press(await until(() => part(element, 'book-button'), 'check'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');
    // the next resident starts again, here from a booking link on the kiosk's page
    const page = location.href;
    location.hash = bookingLink('', 'sc-370811', 'mediation');
    try {
      await chooseCenter(element, 'sc-370811');
      await pickDay(element, [], '2026-09-08');
      await pickFirstSlot(element);
      await press(part(element, 'continue-button'), 'Enter');
      await enterContact(element, phone);
      await until(() => part(element, 'send-code-button'), 'the code step, from the start');
      expect($(element, '#code')).to.equal(null);
      expect(text($(element, 'form'))).not.to.contain('We texted');
    } finally {
      history.replaceState(null, '', page);
    }
  });
});
