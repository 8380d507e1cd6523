import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlsErrorDetail } from '../src/base/pls-error-event.js';
import { axeViolations, shadow, until } from './harness.js';
import { $, desk, live, part, press, staffToken, text } from './staff-desk-fixture.js';

// A staff member at the desk of a service center, against the real sandbox
// (its clock: 2026-09-01 09:00, a Tuesday). The test server's own identity
// provider signs the tokens (web-test-runner.config.mjs); residents book
// through the public API as the web would. The closure uses sc-370812 on a
// day of its own, so no other test file meets a closed day.
const TODAY = '2026-09-01';

async function book(center: string, slotStart: string, contact: { name: string; phone: string }): Promise<{ reference: string; manageToken: string }> {
  const notice = await (await fetch('/v1/privacy-notices/appointments')).json();
  const reply = await fetch('/v1/appointments', {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ center, service: 'mediation', slotStart, contact, consent: { privacyNotice: notice.version, agreed: true } }),
  });
  expect(reply.status, `booking ${slotStart}`).to.equal(201);
  return reply.json();
}

const row = (element: Element, reference: string) => [...shadow(element).querySelectorAll('[part~="visit"]')].find((tr) => text(tr.querySelector('th')) === reference);
const status = (element: Element, reference: string) => text($(element, `#status-${reference}`));

describe('<pls-staff-desk>', () => {
  it('shows the day\'s visitors of the member\'s center, contact masked until revealed, axe clean; the token asked for before each call, never in a URL', async () => {
    const visit = await book('sc-370811', `${TODAY}T15:00:00+08:00`, { name: '王小明', phone: '13800138000' });
    let asked = 0;
    const since = performance.now();
    const element = await desk({ date: TODAY, getToken: () => { asked++; return staffToken({ name: '李主任' }); } });
    const visitor = await until(() => row(element, visit.reference), 'the booking in the roster');
    expect(text(part(element, 'member'))).to.contain('李主任');
    expect($<HTMLSelectElement>(element, '#center')!.value).to.equal('sc-370811');
    await until(() => text($(element, '#center option')).includes('任城区'), 'the center by its name');
    expect(text(part(element, 'day'))).to.contain('任城区').and.contain('2026年9月1日');
    expect(text(visitor)).to.contain('王**').and.contain('138****8000').and.not.contain('13800138000').and.not.contain('王小明');
    expect(text(visitor)).to.contain('人民调解').and.contain('网上').and.contain('待到');
    await until(() => live(element).includes('个预约'), 'the roster announced');
    expect(await axeViolations(element), 'roster, zh-CN').to.deep.equal([]);

    await press(visitor.querySelector('[part~="contact-button"]'), 'Enter');
    await until(() => text(row(element, visit.reference)!).includes('13800138000'), 'the contact revealed');
    expect(text(row(element, visit.reference)!)).to.contain('王小明');
    expect(row(element, visit.reference)!.querySelector('a[href="tel:13800138000"]')).to.not.equal(null);
    expect(row(element, visit.reference)!.querySelector('[part~="contact-button"]')!.getAttribute('aria-pressed')).to.equal('true');

    // the host picks another day: the desk shows it, every contact masked again
    element.setAttribute('date', '2026-09-02');
    await until(() => text(part(element, 'day')).endsWith('2026年9月2日'), 'the day the host chose');
    element.setAttribute('date', TODAY);
    await until(() => row(element, visit.reference), 'the first day again');
    expect(text(row(element, visit.reference)!)).to.contain('138****8000').and.not.contain('13800138000');

    expect(asked).to.be.at.least(2);
    const urls = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since).map((entry) => entry.name).join(' ');
    expect(urls).to.contain('/v1/staff/centers/sc-370811/appointments?date=2026-09-01');
    expect(urls).not.to.match(/ey[A-Za-z0-9_-]{20}|13800138000/);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('checks a visitor in with one keystroke, confirmed by the server, announced, focus kept on the row; the resident\'s own view shows it', async () => {
    const visit = await book('sc-370811', `${TODAY}T15:30:00+08:00`, { name: '张三', phone: '13900139000' });
    const element = await desk({ date: TODAY, token: await staffToken({}) });
    const visitor = await until(() => row(element, visit.reference), 'the booking in the roster');
    await press(visitor.querySelector('[part~="check-in-button"]'), 'Enter');
    await until(() => status(element, visit.reference) === '已到', 'checked in');
    await until(() => live(element).includes(`${visit.reference}（15:30）已登记到场`), 'the check-in announced');
    await until(() => shadow(element).activeElement?.id === `status-${visit.reference}`, 'focus on the row\'s status');
    expect(row(element, visit.reference)!.querySelector('[part~="check-in-button"]')).to.equal(null);
    const own = await (await fetch(`/v1/appointments/${visit.reference}`, { headers: { 'x-manage-token': visit.manageToken } })).json();
    expect(own.status).to.equal('checked-in');
    expect(await axeViolations(element), 'after a check-in').to.deep.equal([]);
  });

  it('says why a mark was refused (a no-show before the slot began), tells the host, and changes nothing', async () => {
    const visit = await book('sc-370811', `${TODAY}T17:30:00+08:00`, { name: '赵六', phone: '13700137000' });
    const element = await desk({ date: TODAY, locale: 'en', token: await staffToken({}) });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    const visitor = await until(() => row(element, visit.reference), 'the booking in the roster');
    await press(visitor.querySelector('[part~="no-show-button"]'), 'Enter');
    const message = await until(() => part(element, 'message'), 'the refusal');
    expect(text(message)).to.equal(`${visit.reference}: The visit has not begun yet, so it cannot be a no-show.`);
    expect(message.getAttribute('role')).to.equal('alert');
    expect(status(element, visit.reference)).to.equal('Expected');
    expect(errors).to.deep.equal([{ source: 'pls-staff-desk', operation: 'mark-appointment-no-show', status: 409, code: 'slot-not-started' }]);
    expect(await axeViolations(element), 'a refused mark, en').to.deep.equal([]);
  });

  it('refuses another center\'s roster in words, and an expired sign-in until the host hands a fresh token', async () => {
    // heard from before the desk is on the page: its refusal may come before desk() returns
    const refusals: PlsErrorDetail[] = [];
    const refused = (event: Event) => refusals.push((event as CustomEvent<PlsErrorDetail>).detail);
    document.addEventListener('pls-error', refused);
    try {
      const elsewhere = await desk({ center: 'sc-370811', date: TODAY, locale: 'en', token: await staffToken({ centers: ['sc-370812'] }) });
      await until(() => text(part(elsewhere, 'error')).includes('may not do this at this service center'), 'the 403 in words');
      // the day's closures, refused too, have had their answer
      await until(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/v1/staff/centers/sc-370811/closures?from=2026-09-01')), 'the closures answered');
      await elsewhere.updateComplete;
    } finally {
      document.removeEventListener('pls-error', refused);
    }
    expect(refusals).to.deep.equal([{ source: 'pls-staff-desk', operation: 'list-center-roster', status: 403, code: 'staff-forbidden' }]);

    const errors: PlsErrorDetail[] = [];
    const element = document.createElement('pls-staff-desk');
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    element.setAttribute('api-base', '/');
    element.setAttribute('date', TODAY);
    element.setAttribute('locale', 'en');
    element.accessToken = await staffToken({ expiresIn: -600 });
    await fixture(html`<main>${element}</main>`);
    await until(() => text(part(element, 'error')).includes('Your sign-in has expired'), 'the 401 in words');
    expect(errors).to.deep.equal([{ source: 'pls-staff-desk', operation: 'get-staff-member', status: 401, code: 'staff-token-expired' }]);
    expect(await axeViolations(element), 'an expired sign-in').to.deep.equal([]);
    element.accessToken = await staffToken({});
    await until(() => part(element, 'roster') || part(element, 'empty'), 'the roster with the fresh token');
  });

  it('asks the host to sign in when it gave no token, and sends nothing', async () => {
    const since = performance.now();
    const element = await desk({ date: TODAY });
    await until(() => text(part(element, 'error')).includes('尚未登录'), 'the sign-in message');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since && entry.name.includes('/v1/staff/'))).to.deep.equal([]);
  });

  it('closes a day: the form\'s problems first, a dialog that says how many residents will be told, then how many were cancelled', async () => {
    const date = '2026-09-03';
    const morning = await book('sc-370812', `${date}T10:00:00+08:00`, { name: '钱七', phone: '13600136000' });
    const afternoon = await book('sc-370812', `${date}T14:00:00+08:00`, { name: '孙八', phone: '13500135000' });
    const element = await desk({ date, token: await staffToken({ centers: ['sc-370812'] }) });
    await until(() => row(element, afternoon.reference), 'the roster of the day');
    await press(part(element, 'close-day-button'), 'Enter');
    await until(() => part(element, 'closure-form'), 'the closure form');
    await until(() => shadow(element).activeElement?.id === 'step-heading', 'focus on the form\'s heading');

    await press(part(element, 'close-button'), 'Enter');
    const summary = await until(() => part(element, 'error-summary'), 'the error summary');
    await until(() => shadow(element).activeElement === summary, 'focus on the summary');
    expect(text(summary)).to.contain('请填写中文原因').and.contain('请填写英文原因');
    expect(await axeViolations(element), 'the closure form with problems').to.deep.equal([]);

    $(element, '#reason-zh')!.focus();
    await sendKeys({ type: '停电' });
    $(element, '#reason-en')!.focus();
    await sendKeys({ type: 'Power cut' });
    await press(part(element, 'close-button'), 'Enter');
    const dialog = await until(() => $<HTMLDialogElement>(element, 'dialog[open]'), 'the confirmation dialog');
    expect(text(dialog.querySelector('[part~="residents-to-tell"]'))).to.contain('有2个预约将被取消');
    expect(await axeViolations(element), 'the confirmation dialog').to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await until(() => !$(element, 'dialog'), 'the dialog dismissed');
    expect(status(element, morning.reference)).to.equal(''); // still on the form, nothing closed

    await press(part(element, 'close-button'), 'Enter');
    await press(await until(() => $(element, 'dialog[open] [part~="confirm-button"]'), 'the dialog again'), 'Enter');
    await until(() => text(part(element, 'closure-result')).includes('已取消2个预约'), 'the result');
    await until(() => live(element).includes('取消了2个预约'), 'the result announced');
    expect(await axeViolations(element), 'the closure result').to.deep.equal([]);

    await press(part(element, 'back-button'), 'Enter');
    await until(() => status(element, morning.reference) === '中心关闭取消' && status(element, afternoon.reference) === '中心关闭取消', 'the roster cancelled by the center');
    const own = await (await fetch(`/v1/appointments/${morning.reference}`, { headers: { 'x-manage-token': morning.manageToken } })).json();
    expect(own.status).to.equal('cancelled-by-center');
    const availability = async () => JSON.stringify((await (await fetch(`/v1/appointments/availability?center=sc-370812&service=mediation&from=${date}&to=${date}`)).json()).days[0]);
    expect(await availability()).to.contain('Power cut').and.not.contain('"remaining":');

    // closed by mistake: withdrawn from the roster, the day bookable again, the cancelled bookings staying cancelled
    const closed = await until(() => part(element, 'closures'), 'the day\'s closure');
    expect(text(closed)).to.contain('全天关闭：停电');
    await press(part(element, 'reopen-button'), 'Enter');
    await until(() => live(element).includes('已撤销关闭'), 'the withdrawal announced');
    await until(() => !part(element, 'closures'), 'the closure gone');
    await until(() => shadow(element).activeElement?.id === 'day-heading', 'focus on the day');
    expect(status(element, morning.reference)).to.equal('中心关闭取消');
    expect(await availability()).to.contain('"remaining":').and.not.contain('Power cut');
  });

  it('says in words why a closure that has begun cannot be withdrawn', async () => {
    const supervisor = await staffToken({ roles: ['supervisor'], centers: [] });
    const closing = await fetch('/v1/staff/centers/sc-370812/closures', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor}` },
      body: JSON.stringify({ date: TODAY, to: '12:00', reason: { 'zh-CN': '培训', en: 'Training' } }),
    });
    expect(closing.status).to.equal(201);
    const element = await desk({ date: TODAY, locale: 'en', token: await staffToken({ centers: ['sc-370812'] }) });
    const closed = await until(() => part(element, 'closures'), 'today\'s closure');
    expect(text(closed)).to.contain('Closed 00:00–12:00: Training');
    await press(part(element, 'reopen-button'), 'Enter');
    await until(() => text(part(element, 'message')) === 'The closure has already begun and cannot be withdrawn.', 'the refusal');
    expect(part(element, 'closures')).to.not.equal(null);
    expect(await axeViolations(element), 'a closure of the day and a refusal').to.deep.equal([]);
  });

  it('lets a late roster reply never win over the day asked for after it', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const slowFirstDay: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const response = await fetch(input, init);
      if (url.includes('date=2026-09-02')) await held;
      return response;
    };
    const element = await desk({ date: '2026-09-02', locale: 'en', token: await staffToken({}), fetch: slowFirstDay });
    await until(() => part(element, 'day-picker'), 'the day picker');
    const date = $<HTMLInputElement>(element, '#date')!;
    date.value = TODAY;
    await press(part(element, 'show-button'), 'Enter');
    await until(() => text(part(element, 'day')).includes('2026'), 'the later day shown');
    release();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await element.updateComplete;
    expect(text(part(element, 'day'))).to.match(/ · September 1, 2026$/);
  });

  it('is usable in senior mode: text of at least 18 px, every control at least 60 by 60 px', async () => {
    const element = await desk({ date: TODAY, senior: true, token: await staffToken({}) });
    await until(() => part(element, 'roster'), 'the roster');
    for (const node of shadow(element).querySelectorAll<HTMLElement>('td, th, p, button, select, input, label')) {
      expect(parseFloat(getComputedStyle(node).fontSize), `font size of ${node.localName}`).to.be.at.least(18);
    }
    for (const target of shadow(element).querySelectorAll<HTMLElement>('button, select, input')) {
      const box = target.getBoundingClientRect();
      expect(box.height, `height of ${target.localName}.${target.className}`).to.be.at.least(60);
      expect(box.width, `width of ${target.localName}.${target.className}`).to.be.at.least(60);
    }
    expect(await axeViolations(element), 'senior').to.deep.equal([]);
  });
});
