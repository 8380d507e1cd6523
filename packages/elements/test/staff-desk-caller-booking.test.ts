import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlsErrorDetail } from '../src/base/pls-error-event.js';
import type { PlsStaffDesk } from '../src/staff-desk/pls-staff-desk.js';
import { axeViolations, shadow, textsOf, until } from './harness.js';
import { $, desk, live, part, press, staffToken as deskToken, text, type Claims } from './staff-desk-fixture.js';

// A hotline operator books a visit for a caller from <pls-staff-desk>, against
// the real sandbox (its clock: 2026-09-01 09:00, a Tuesday), keyboard only.
// The township stations of 任城区 (sc-370811-0N) have one place a slot; each
// test books its own station and day, so no other test file meets its places.

/** A hotline operator's token unless the claims say otherwise. */
const staffToken = (claims: Claims = {}): Promise<string> => deskToken({ roles: ['hotline-operator'], centers: [], ...claims });

const heading = (element: Element) => text($(element, '#step-heading'));
const focused = (element: Element) => shadow(element).activeElement;

async function typeInto(element: Element, id: string, value: string): Promise<void> {
  $(element, `#${id}`)!.focus();
  await sendKeys({ type: value });
}

/** A select chosen from the keyboard: arrow keys on the closed select until it shows `value`. */
async function chooseOption(element: Element, id: string, value: string): Promise<void> {
  const select = await until(() => $<HTMLSelectElement>(element, `#${id}`), `the ${id} list`);
  select.focus();
  for (let i = 0; i < 12 && select.value !== value; i++) await sendKeys({ press: 'ArrowDown' });
  expect(select.value, `${id} chosen`).to.equal(value);
}

/** Opens the booking from the roster, chooses the service; the roster's center is chosen already. */
async function whereStep(element: PlsStaffDesk, service: string, center: string, onChosen = async () => {}): Promise<void> {
  await press(await until(() => part(element, 'book-for-caller-button'), 'the "book for a caller" button'), 'Enter');
  await until(() => $(element, '#service'), 'the service step');
  await until(() => focused(element)?.id === 'step-heading', 'focus on the step\'s heading');
  await chooseOption(element, 'service', service);
  const preset = await until(() => $<HTMLInputElement>(element, `#c-${center}`), `center ${center}`);
  expect(preset.checked, 'the roster\'s center chosen').to.equal(true);
  await onChosen();
  await press(part(element, 'continue-button'), 'Enter');
  await until(() => $(element, '[role="grid"]'), 'the date grid');
}

/** Walks the grid with the arrow keys from the day in focus to `date`, picks it, then the first open time. */
async function whenStep(element: PlsStaffDesk, date: string): Promise<string> {
  const start = await until(() => $(element, 'td[tabindex="0"]'), 'the day in focus');
  const days = (Date.parse(date) - Date.parse(start.dataset.date!)) / 86_400_000;
  start.focus();
  for (let i = 0; i < Math.floor(days / 7); i++) await sendKeys({ press: 'ArrowDown' });
  for (let i = 0; i < days % 7; i++) await sendKeys({ press: 'ArrowRight' });
  await until(() => focused(element)?.getAttribute('data-date') === date, `focus on ${date}`);
  await sendKeys({ press: 'Enter' });
  const slot = await until(() => $<HTMLInputElement>(element, '[part~="slots"] input:not([disabled])'), 'an open time');
  await press(slot, 'Space');
  await press(part(element, 'continue-button'), 'Enter');
  return slot.value;
}

async function callerStep(element: PlsStaffDesk, caller: { name: string; phone: string }): Promise<void> {
  await until(() => $(element, '#consent'), 'the notice to read');
  await typeInto(element, 'name', caller.name);
  await typeInto(element, 'phone', caller.phone);
  await press($(element, '#consent'), 'Space');
  await press(part(element, 'continue-button'), 'Enter');
  await until(() => part(element, 'book-button'), 'the check step');
}

/** The center's day as a supervisor reads it: the visits of `phone` at `slotStart`. */
async function bookedOnRoster(center: string, slotStart: string, phone: string): Promise<{ reference: string; channel: string }[]> {
  const token = await staffToken({ roles: ['supervisor'] });
  const reply = await fetch(`/v1/staff/centers/${center}/appointments?date=${slotStart.slice(0, 10)}`, { headers: { authorization: `Bearer ${token}` } });
  const roster = await reply.json();
  return roster.items.filter((item: { slot: { start: string }; contact: { phone: string } }) => item.slot.start === slotStart && item.contact.phone === phone);
}

async function remaining(center: string, slotStart: string): Promise<number> {
  const date = slotStart.slice(0, 10);
  const reply = await (await fetch(`/v1/appointments/availability?center=${center}&service=mediation&from=${date}&to=${date}`)).json();
  return reply.days[0].slots.find((slot: { start: string }) => slot.start === slotStart).remaining;
}

describe('<pls-staff-desk>: booking a visit for a caller', () => {
  it('a hotline operator books with the booker\'s steps, keyboard only, axe clean on every step; the roster shows the visit booked by the hotline', async function () {
    this.timeout(40_000); // six screens, each checked by axe
    const errors: PlsErrorDetail[] = [];
    const element = await desk({ center: 'sc-370811-03', date: '2026-09-01', token: await staffToken() });
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    await until(() => part(element, 'roster') || part(element, 'empty'), 'the roster');
    expect(await axeViolations(element), 'the roster with the button').to.deep.equal([]);

    await whereStep(element, 'mediation', 'sc-370811-03', async () => {
      expect(heading(element)).to.equal('办什么事，去哪里');
      expect(text(part(element, 'progress'))).to.equal('第 1 步，共 5 步');
      // nothing to sort by distance: the caller is not where the operator is
      expect(part(element, 'location-button')).to.equal(null);
      expect(await axeViolations(element), 'the service and center').to.deep.equal([]);
    });
    expect(text(part(element, 'progress'))).to.equal('第 2 步，共 5 步');
    expect(await axeViolations(element), 'the day and time').to.deep.equal([]);
    const slotStart = await whenStep(element, '2026-09-15');

    // the caller's step: nothing goes on until the operator confirms reading the notice; its version and points are shown
    await until(() => $(element, '#consent'), 'the notice to read');
    expect(heading(element)).to.equal('来电人的联系方式');
    const notice = await (await fetch('/v1/privacy-notices/appointments')).json();
    expect(text(part(element, 'notice-version'))).to.contain(notice.version);
    expect(text(part(element, 'notice-summary'))).to.contain(notice.purpose.text['zh-CN']);
    await press(part(element, 'continue-button'), 'Enter');
    const summary = await until(() => part(element, 'error-summary'), 'the error summary');
    await until(() => focused(element) === summary, 'focus on the summary');
    expect(text(summary)).to.contain('请填写来电人姓名').and.contain('请先向来电人宣读告知');
    expect(await axeViolations(element), 'the caller\'s step with problems').to.deep.equal([]);
    await callerStep(element, { name: '李秀兰', phone: '139 0013 9031' });

    // check: the booker's summary, with the consent recorded as oral
    expect(heading(element)).to.equal('核对来电人的预约');
    expect(text($(element, '.summary'))).to.contain('人民调解').and.contain('李秀兰').and.contain(`口头同意（已宣读 ${notice.version} 版告知）`);
    expect(await axeViolations(element), 'the check step').to.deep.equal([]);
    await press(part(element, 'book-button'), 'Enter');

    // done: the reference to read back, the caller told by text message, the contact as the server masked it
    const reference = text(await until(() => part(element, 'reference'), 'the reference'));
    expect(heading(element)).to.equal('已为来电人预约');
    expect(text(part(element, 'caller-told'))).to.contain('139****9031').and.contain('李**').and.not.contain('13900139031');
    await until(() => live(element).includes(`预约编号 ${reference}`), 'the booking announced');
    await until(() => focused(element)?.id === 'step-heading', 'focus on the done heading');
    expect(await axeViolations(element), 'done').to.deep.equal([]);

    // back to the visitors: that center and day, focus on the new visit, booked by the hotline
    await press(part(element, 'back-to-roster-button'), 'Enter');
    const row = await until(() => [...shadow(element).querySelectorAll('[part~="visit"]')].find((tr) => text(tr.querySelector('th')) === reference), 'the visit on the roster');
    expect(text(part(element, 'day'))).to.contain('2026年9月15日');
    expect(text(row)).to.contain('热线').and.contain('待到').and.contain('139****9031');
    await until(() => focused(element)?.id === `status-${reference}`, 'focus on the new visit');
    const booked = await bookedOnRoster('sc-370811-03', slotStart, '13900139031');
    expect(booked).to.deep.equal([{ ...booked[0], reference, channel: 'hotline' }]);
    expect(errors).to.deep.equal([]);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name).join(' ');
    expect(urls).not.to.contain('13900139031');
  });

  it('keeps one live region from the roster through the booking and back: the roster\'s count, on returning, is said in it again', async () => {
    const element = await desk({ center: 'sc-370811-05', date: '2026-09-01', locale: 'en', token: await staffToken() });
    const count = await until(() => live(element).includes('bookings on') && live(element), 'the roster announced');
    const region = $(element, '[role="status"]')!;
    await press(await until(() => part(element, 'book-for-caller-button'), 'the "book for a caller" button'), 'Enter');
    await until(() => $(element, '#service'), 'the service step');
    expect($(element, '[role="status"]'), 'the same live region on the booking\'s steps').to.equal(region);
    // what the region says from here on, as each change reaches it: the same count must reach it anew
    const said = textsOf(region);
    await press(part(element, 'back-button'), 'Enter');
    await until(() => said.includes(count), 'the roster\'s count said again on returning');
    expect(shadow(element).querySelectorAll('[role="status"]').length).to.equal(1);
    expect($(element, '[role="status"]'), 'the live region that was there all along').to.equal(region);
    expect(region!.isConnected).to.equal(true);
  });

  it('books once when the reply to "book" was lost and the operator tries again: one key, one visit on the roster', async () => {
    const keys: string[] = [];
    let dropped = false;
    const dropOnce: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (init?.method === 'POST' && String(input instanceof Request ? input.url : input).endsWith('/v1/staff/appointments')) {
        keys.push(new Headers(init.headers).get('idempotency-key')!);
        // the server booked, but its answer never reaches the operator
        if (!dropped) {
          dropped = true;
          throw new TypeError('Failed to fetch');
        }
      }
      return reply;
    };
    const element = await desk({ center: 'sc-370811-04', date: '2026-09-01', locale: 'en', token: await staffToken(), fetch: dropOnce });
    await whereStep(element, 'mediation', 'sc-370811-04');
    const slotStart = await whenStep(element, '2026-09-16');
    await callerStep(element, { name: 'Zhang San', phone: '13900139032' });
    expect(heading(element), 'the operator checks the caller\'s booking, not their own').to.equal('Check the caller\'s booking');
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('No answer came from the server'), 'the no-answer message');
    await until(() => live(element).includes('No answer came'), 'the no-answer message announced');
    expect(text($(element, '.summary'))).to.contain('Zhang San');
    expect(await axeViolations(element), 'no answer, en').to.deep.equal([]);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(await bookedOnRoster('sc-370811-04', slotStart, '13900139032')).to.have.length(1);
    expect(await remaining('sc-370811-04', slotStart)).to.equal(0);
  });

  it('offline at "book": keeps everything, says so, and books once by itself when the connection returns', async () => {
    let online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      const element = await desk({ center: 'sc-370811-08', date: '2026-09-01', locale: 'en', token: await staffToken(), fetch: (input, init) => {
        if (!online) return Promise.reject(new TypeError('Failed to fetch'));
        return fetch(input, init);
      } });
      await whereStep(element, 'mediation', 'sc-370811-08');
      const slotStart = await whenStep(element, '2026-09-22');
      await callerStep(element, { name: 'Qian Qi', phone: '13900139036' });
      online = false;
      await press(part(element, 'book-button'), 'Enter');
      await until(() => text($(element, '.message')).includes('You are offline'), 'the offline message');
      expect(text($(element, '.summary'))).to.contain('Qian Qi');
      online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => part(element, 'reference'), 'booked when back online');
      expect(await bookedOnRoster('sc-370811-08', slotStart, '13900139036')).to.have.length(1);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('says the slot went meanwhile and lets the operator choose another time with the caller, then books it', async () => {
    const element = await desk({ center: 'sc-370811-05', date: '2026-09-01', token: await staffToken() });
    await whereStep(element, 'mediation', 'sc-370811-05');
    const taken = await whenStep(element, '2026-09-17');
    await callerStep(element, { name: '王大爷', phone: '13900139033' });
    // a resident on the web takes the last place while the operator checks
    const notice = await (await fetch('/v1/privacy-notices/appointments')).json();
    const web = await fetch('/v1/appointments', {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ center: 'sc-370811-05', service: 'mediation', slotStart: taken, contact: { name: '赵六', phone: '13700137033' },
        consent: { privacyNotice: notice.version, agreed: true } }),
    });
    expect(web.status).to.equal(201);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('这个时段刚刚约满'), 'the slot-taken message');
    expect(heading(element)).to.equal('选择日期和时段');
    await until(() => live(element).includes('刚刚约满'), 'the refusal announced');
    const full = await until(() => $<HTMLInputElement>(element, `[part~="slots"] input[value="${taken}"]`), 'fresh times');
    await until(() => full.disabled, 'the taken time shown full');
    expect(await axeViolations(element), 'the slot-taken message').to.deep.equal([]);

    const other = await until(() => $<HTMLInputElement>(element, '[part~="slots"] input:not([disabled])'), 'another open time');
    await press(other, 'Space');
    await press(part(element, 'continue-button'), 'Enter');
    // what the caller said is still there; the notice stays confirmed
    await until(() => $<HTMLInputElement>(element, '#name')?.value === '王大爷', 'the caller\'s step, kept');
    await press(part(element, 'continue-button'), 'Enter');
    await press(await until(() => part(element, 'book-button'), 'the check step'), 'Enter');
    await until(() => part(element, 'reference'), 'booked at the other time');
    expect(await bookedOnRoster('sc-370811-05', other.value, '13900139033')).to.have.length(1);
    expect(await bookedOnRoster('sc-370811-05', taken, '13900139033')).to.have.length(0);
  });

  it('explains an expired sign-in at "book" in words and books once the host hands a fresh token', async () => {
    let expired = false;
    const element = await desk({ center: 'sc-370811-06', date: '2026-09-01', locale: 'en', getToken: () => staffToken(expired ? { expiresIn: -600 } : {}) });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    await whereStep(element, 'mediation', 'sc-370811-06');
    await whenStep(element, '2026-09-18');
    await callerStep(element, { name: 'Li Si', phone: '13900139034' });
    expired = true;
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('Your sign-in has expired'), 'the 401 in words');
    expect(errors).to.deep.equal([{ source: 'pls-staff-desk', operation: 'create-staff-appointment', status: 401, code: 'staff-token-expired' }]);
    expired = false;
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked with a fresh token');
  });

  it('offers no booking to center staff, who may not book for callers', async () => {
    const element = await desk({ center: 'sc-370811', date: '2026-09-01', token: await staffToken({ roles: ['center-staff'], centers: ['sc-370811'] }) });
    await until(() => part(element, 'roster') || part(element, 'empty'), 'the roster');
    expect(part(element, 'book-for-caller-button')).to.equal(null);
  });

  it('is usable in senior mode on every step: text of at least 18 px, buttons, lists and fields at least 60 px high', async function () {
    this.timeout(40_000); // four screens, each checked by axe
    const element = await desk({ center: 'sc-370811-07', date: '2026-09-01', locale: 'en', senior: true, token: await staffToken() });
    const check = async (step: string) => {
      for (const node of shadow(element).querySelectorAll<HTMLElement>('p, li, label, legend, button, select, input, textarea, h2, h3, td')) {
        if (node.closest('.visually-hidden')) continue;
        expect(parseFloat(getComputedStyle(node).fontSize), `${step}: font size of ${node.localName}`).to.be.at.least(18);
      }
      for (const target of shadow(element).querySelectorAll<HTMLElement>('button, select, input:not([type="radio"]):not([type="checkbox"]), textarea')) {
        expect(target.getBoundingClientRect().height, `${step}: height of ${target.localName} ${target.getAttribute('part') ?? target.id}`).to.be.at.least(60);
      }
      expect(await axeViolations(element), `senior, ${step}`).to.deep.equal([]);
    };
    await whereStep(element, 'mediation', 'sc-370811-07');
    await check('the day and time');
    await whenStep(element, '2026-09-21');
    await until(() => $(element, '#consent'), 'the notice to read');
    await check('the caller');
    await callerStep(element, { name: 'Sun Ba', phone: '13900139035' });
    await check('check');
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');
    await check('done');
  });
});
