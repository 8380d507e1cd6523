import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/appointment-booker/define.js';
import { bookingLink, readBookingLink } from '../src/links/booking-link.js';
import { calendarFile } from '../src/appointment-booker/calendar-file.js';
import { readManageLink } from '../src/links/manage-link.js';
import type { PlsAppointmentBooker } from '../src/appointment-booker/pls-appointment-booker.js';
import type { PlsAppointmentDetail } from '../src/appointment-booker/appointment-event-detail.js';
import { axeViolations, faultyFetch, keyedFetch, shadow, until } from './harness.js';
import { $, booker, chooseCenter, fillContact, heading, part, pickDay, pickFirstSlot, press, remaining, RESIDENT, text, typeInto } from './booker-journey.js';

describe('<pls-appointment-booker>: a resident’s whole journey, in English, senior mode, keyboard only, 360 px wide', () => {
  it('books a legal-aid application at the 任城区 center on a make-up working day, comes back with the link, moves it, cancels it', async () => {
    const events: [string, PlsAppointmentDetail][] = [];
    for (const name of ['pls-appointment-booked', 'pls-appointment-rescheduled', 'pls-appointment-cancelled']) {
      document.addEventListener(name, (event) => events.push([name, (event as CustomEvent).detail]), { once: true });
    }
    const element = await booker({ locale: 'en', senior: true, region: '370811', service: 'legal-aid-application' });

    // 1. where and what: the region and the service come from the host; a center, once chosen, shows its own hours
    const county = await until(() => $(element, '#c-sc-370811'), 'the county center');
    expect(text(county.closest('.center'))).to.contain('County center').and.not.contain('Phone');
    await press($(element, '#c-sc-370811-01'), 'Space');
    expect(text($(element, '#c-sc-370811-01')!.closest('.center'))).to.contain('许庄街道 station').and.contain('09:00–11:30');
    await press(county, 'Space');
    expect(text(county.closest('.center'))).to.contain('Phone').and.contain('Summer hours');
    expect(await axeViolations(element), 'where').to.deep.equal([]);
    await chooseCenter(element, 'sc-370811');
    expect(heading(element)).to.equal('Choose a day and time');

    // 2. when: the grid names closed days and the make-up Sunday; the arrow keys walk it
    const sunday = $(element, '[data-date="2026-09-06"]')!;
    expect(sunday.querySelector('.label')!.textContent).to.contain('Weekend');
    expect(sunday.getAttribute('aria-disabled')).to.equal('true');
    expect($(element, '[data-date="2026-09-25"]')!.querySelector('.label')!.textContent).to.contain('Mid-Autumn Festival');
    const makeUp = await pickDay(element, ['ArrowDown', 'ArrowDown', 'End'], '2026-09-20');
    expect(makeUp.querySelector('.label')!.textContent).to.contain('Make-up working day (National Day)').and.contain('Open');
    expect(await axeViolations(element), 'when').to.deep.equal([]);
    const slotStart = await pickFirstSlot(element);
    expect(slotStart).to.equal('2026-09-20T08:30:00+08:00');
    const before = await remaining('sc-370811', 'legal-aid-application', slotStart);
    await press(part(element, 'continue-button'), 'Enter');

    // 3. who: the notice in full before consent; errors summarised at the top and announced
    await until(() => part(element, 'privacy-notice'), 'the privacy notice');
    expect(text(part(element, 'privacy-notice'))).to.contain('Personal Information Protection Law').and.contain('30 days after the visit');
    await press(part(element, 'continue-button'), 'Enter');
    const summary = await until(() => part(element, 'error-summary'), 'the error summary');
    await until(() => shadow(element).activeElement === summary, 'focus on the error summary');
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#phone', '#consent']);
    await typeInto(element, 'phone', '12345');
    expect(text(part(element, 'error-summary'))).to.contain('mainland mobile number');
    $<HTMLInputElement>(element, '#phone')!.select();
    await sendKeys({ press: 'Backspace' });
    await fillContact(element);
    expect(await axeViolations(element), 'who + check').to.deep.equal([]);

    // 4. check and book
    expect(text($(element, '.summary'))).to.contain('Legal-aid application').and.contain('08:30–09:00').and.contain(RESIDENT.name);
    await press(part(element, 'book-button'), 'Enter');

    // 5. done: the reference, what to bring (cited), the calendar file, the manage link (token in the fragment)
    const reference = text(await until(() => part(element, 'reference'), 'the reference'));
    expect(reference).to.match(/^JN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(text(await until(() => $(element, '.bring'), 'what to bring'))).to.contain('Legal Aid Law');
    const link = part(element, 'manage-link')!.getAttribute('href')!;
    const credentials = readManageLink(new URL(link).hash)!;
    expect(credentials.reference).to.equal(reference);
    expect(new URL(link).search).to.equal(location.search);
    expect(await remaining('sc-370811', 'legal-aid-application', slotStart)).to.equal(before - 1);
    expect(events[0]).to.deep.equal(['pls-appointment-booked', {
      reference, center: 'sc-370811', service: 'legal-aid-application', slot: { start: slotStart, end: '2026-09-20T09:00:00+08:00' },
    }]);
    expect(JSON.stringify(events)).not.to.contain(RESIDENT.phone).and.not.to.contain(credentials.token);
    expect(await axeViolations(element), 'done').to.deep.equal([]);

    // 6. manage: the link opens the booking (contact masked) and leaves the address bar without the token
    const page = location.href;
    history.replaceState(null, '', new URL(link).hash);
    const manager = await booker({ locale: 'en', senior: true });
    expect(location.hash).to.equal('');
    await until(() => part(manager, 'reschedule-button'), 'the booking');
    expect(text($(manager, '.summary'))).to.contain(reference).and.contain('138****8000').and.not.contain(RESIDENT.phone);
    expect(await axeViolations(manager), 'manage').to.deep.equal([]);
    history.replaceState(null, '', page);

    await press(part(manager, 'reschedule-button'), 'Enter');
    await until(() => $(manager, '[role="grid"]'), 'the grid to move to');
    await pickDay(manager, ['ArrowDown', 'ArrowDown', 'End', 'ArrowRight'], '2026-09-21');
    const moved = await pickFirstSlot(manager);
    await press(part(manager, 'confirm-button'), 'Enter');
    await until(() => text($(manager, '.message')) === 'Moved', 'moved');
    expect(await remaining('sc-370811', 'legal-aid-application', slotStart)).to.equal(before);
    expect(events[1]![1].slot.start).to.equal(moved);

    await press(part(manager, 'cancel-button'), 'Enter');
    expect(heading(manager)).to.equal('Cancel this booking?');
    expect(await axeViolations(manager), 'confirm cancel').to.deep.equal([]);
    await press(part(manager, 'confirm-button'), 'Enter');
    await until(() => heading(manager) === 'Cancelled', 'cancelled');
    expect(events[2]![0]).to.equal('pls-appointment-cancelled');
    expect(await remaining('sc-370811', 'legal-aid-application', moved)).to.be.greaterThan(0);
  });
});

describe('<pls-appointment-booker>: when things go wrong', () => {
  async function toCheck(element: PlsAppointmentBooker, center: string): Promise<string> {
    await chooseCenter(element, center);
    await pickDay(element, ['ArrowDown'], '2026-09-08');
    const slot = await pickFirstSlot(element);
    await press(part(element, 'continue-button'), 'Enter');
    await fillContact(element);
    return slot;
  }

  it('shows the centers of the service chosen last, even when the reply for the service before it arrives later', async () => {
    // the mediation centers (the county center and its township stations) are handed over 800 ms after the
    // sandbox answered, so they arrive after the notarisation centers (the county center only)
    let lateMediation: Promise<unknown> | undefined;
    const slowMediation: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname !== '/v1/service-centers' || url.searchParams.get('service') !== 'mediation') return fetch(input, init);
      const late = (async () => {
        const reply = await fetch(input, init);
        const body = await reply.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 800));
        return new Response(body, { status: reply.status, headers: reply.headers });
      })();
      lateMediation = late.catch(() => undefined); // a widget that aborts the request it no longer needs never sees it
      return late;
    };
    const centersShown = (element: Element) => [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="center"]')].map((input) => input.value);
    const element = await booker({ region: '370811', locale: 'en', fetch: slowMediation });
    const service = await until(() => $<HTMLSelectElement>(element, '#service'), 'the service list');
    for (const code of ['mediation', 'notarization']) {
      service.value = code;
      service.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
    }
    await until(() => centersShown(element).length > 0, 'the notarisation centers');
    await until(() => lateMediation, 'the mediation centers asked for');
    await lateMediation;
    await new Promise((resolve) => setTimeout(resolve, 100)); // the late reply read and rendered, had the widget taken it
    await element.updateComplete;
    expect(centersShown(element), 'the county center only: the township stations take no notarisation').to.deep.equal(['sc-370811']);
    expect($<HTMLSelectElement>(element, '#service')!.value).to.equal('notarization');
  });

  it('loses the race for the last place with a clear message and fresh times, never a duplicate', async () => {
    const element = await booker({ region: '370811', service: 'mediation' });
    const slot = await toCheck(element, 'sc-370811-01'); // a township station: one place per slot
    const notice = await (await fetch('/v1/privacy-notices/appointments')).json();
    const other = await fetch('/v1/appointments', {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ center: 'sc-370811-01', service: 'mediation', slotStart: slot,
        contact: { name: '李四', phone: '13900139000' }, consent: { privacyNotice: notice.version, agreed: true } }),
    });
    expect(other.status).to.equal(201);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('刚刚约满'), 'the slot-taken message');
    expect(heading(element)).to.equal('选择日期和时段');
    const taken = await until(() => $<HTMLInputElement>(element, `[part~="slots"] input[value="${slot}"]`), 'fresh slots');
    expect(taken.disabled).to.equal(true);
    expect(await axeViolations(element), 'the slot-taken message, zh-CN').to.deep.equal([]);
    expect(await remaining('sc-370811-01', 'mediation', slot)).to.equal(0);
  });

  it('keeps the contact step\'s heading with a retry when its privacy notice cannot be fetched, then goes on', async () => {
    let notices = 0;
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en',
      fetch: faultyFetch((url) => (url.pathname === '/v1/privacy-notices/appointments' && notices++ === 0 ? 'status=503' : undefined)) });
    await chooseCenter(element, 'sc-370811');
    await pickDay(element, ['ArrowDown'], '2026-09-08');
    await pickFirstSlot(element);
    await press(part(element, 'continue-button'), 'Enter');
    await until(() => part(element, 'retry-button'), 'the failure panel');
    expect(heading(element)).to.equal('How we can reach you');
    expect(await axeViolations(element), 'the contact step, failed').to.deep.equal([]);
    await press(part(element, 'retry-button'), 'Enter');
    await until(() => part(element, 'privacy-notice'), 'the privacy notice after the retry');
    expect(heading(element)).to.equal('How we can reach you');
  });

  it('retries a booking whose reply was lost with the same Idempotency-Key, and books once', async () => {
    const keys: string[] = [];
    let dropped = false;
    const dropOnce: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/v1/appointments')) {
        keys.push(new Headers(init.headers).get('idempotency-key')!);
        // the server booked, but the reply never reaches the resident
        if (!dropped) {
          dropped = true;
          throw new TypeError('Failed to fetch');
        }
      }
      return reply;
    };
    const element = await booker({ region: '370811', service: 'notarization', locale: 'en', fetch: dropOnce });
    const slot = await toCheck(element, 'sc-370811');
    const before = await remaining('sc-370811', 'notarization', slot);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('No answer came'), 'the no-answer message');
    expect($<HTMLInputElement>(element, 'button[part~="book-button"]')!.disabled).to.equal(false);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(await remaining('sc-370811', 'notarization', slot)).to.equal(before - 1);
  });

  it('books on a page served over plain http, where crypto.randomUUID does not exist (not a secure context)', async () => {
    const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    const keys: string[] = [];
    const recordKeys: typeof fetch = (input, init) => {
      if (init?.method === 'POST') keys.push(new Headers(init.headers).get('idempotency-key')!);
      return fetch(input, init);
    };
    const element = await booker({ region: '370811', service: 'mediation', fetch: recordKeys });
    delete (Crypto.prototype as Partial<Crypto>).randomUUID;
    try {
      await toCheck(element, 'sc-370811');
      await press(part(element, 'book-button'), 'Enter');
      await until(() => part(element, 'reference'), 'booked');
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID);
    }
    expect(keys).to.have.length(1);
    expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('waits as long as a 503’s Retry-After says, then books by itself', async () => {
    let bookings = 0;
    // the sandbox refuses the first booking request only, with 503 and Retry-After: 1
    const element = await booker({ region: '370811', service: 'legal-consultation', locale: 'en',
      fetch: faultyFetch((url) => (url.pathname === '/v1/appointments' && bookings++ === 0 ? 'status=503' : undefined)) });
    const slot = await toCheck(element, 'sc-370811');
    const before = await remaining('sc-370811', 'legal-consultation', slot);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('trying again in 1 s'), 'the wait message');
    await until(() => part(element, 'reference'), 'booked after the wait', 5000);
    expect(await remaining('sc-370811', 'legal-consultation', slot)).to.equal(before - 1);
  });

  it('offline on “book”: keeps everything typed, says so, and books when the connection returns', async () => {
    let online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: (input, init) => {
        if (!online) return Promise.reject(new TypeError('Failed to fetch'));
        return fetch(input, init);
      } });
      await toCheck(element, 'sc-370811');
      online = false;
      await press(part(element, 'book-button'), 'Enter');
      await until(() => text($(element, '.message')).includes('You are offline'), 'the offline message');
      expect(text($(element, '.summary'))).to.contain(RESIDENT.name);
      online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => part(element, 'reference'), 'booked when back online');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('lets a host take over the confirmation by cancelling pls-appointment-booked: the booker then shows only the reference', async () => {
    const element = await booker({ region: '370811', service: 'forensic-appraisal-guidance', locale: 'en' });
    element.addEventListener('pls-appointment-booked', (event) => event.preventDefault());
    await toCheck(element, 'sc-370811');
    await press(part(element, 'book-button'), 'Enter');
    const reference = await until(() => part(element, 'reference'), 'the reference line');
    expect(text(reference)).to.match(/^Reference JN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(part(element, 'manage-link')).to.equal(null);
  });

  it('reads a wrong token and an unknown reference the same', async () => {
    for (const reference of ['JN-2222-2222', 'JN-ZZZZ-ZZZZ']) {
      const element = await booker({ locale: 'en' });
      element.manage(reference, 'x'.repeat(43));
      await until(() => part(element, 'error'), 'the failure');
      expect(text(part(element, 'error'))).to.equal('This booking cannot be found, or the link no longer works. Check the link, or call the center.');
    }
  });

  it('says how to free a place when the number already holds as many visits as one number may', async () => {
    // the sandbox that keeps the default limit of 2 future visits a number
    const keyed = keyedFetch;
    const { version } = await (await keyed('/v1/privacy-notices/appointments')).json();
    for (const [i, slotStart] of ['2026-09-02T09:00:00+08:00', '2026-09-02T09:30:00+08:00'].entries()) {
      const held = await keyed('/v1/appointments', {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `limit-held-visit-000${i}` },
        body: JSON.stringify({ center: 'sc-370811', service: 'mediation', slotStart, contact: RESIDENT, consent: { privacyNotice: version, agreed: true } }),
      });
      expect(held.status).to.equal(201);
    }
    const element = await booker({ region: '370811', service: 'mediation', locale: 'en', fetch: keyed });
    await toCheck(element, 'sc-370811');
    await press(part(element, 'book-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('already holds'), 'the limit message');
    expect(text($(element, '.message'))).to.contain('cancel one with the manage link').and.contain('12348');
    expect(part(element, 'reference')).to.equal(null);
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});

describe('<pls-appointment-booker>: opened from the legal-aid check’s “where to apply”', () => {
  it('starts on the center and service a booking link names, and follows a later link on the same page', async () => {
    const page = location.href;
    history.replaceState(null, '', bookingLink('', 'sc-370811', 'legal-aid-application'));
    const element = await booker({ locale: 'en' });
    const radio = await until(() => $<HTMLInputElement>(element, '#c-sc-370811'), 'the 任城区 center');
    expect(radio.checked).to.equal(true);
    expect($<HTMLSelectElement>(element, '#service')!.value).to.equal('legal-aid-application');
    location.hash = bookingLink('', 'sc-370811-01', 'mediation');
    await until(() => $<HTMLInputElement>(element, '#c-sc-370811-01')?.checked, 'the station, after hashchange');
    expect($<HTMLSelectElement>(element, '#service')!.value).to.equal('mediation');
    history.replaceState(null, '', page);
    // the host answers the notary checklist's pls-book-request by setting the attributes
    element.setAttribute('service', 'notarization');
    element.setAttribute('center', 'sc-370811');
    await until(() => $<HTMLInputElement>(element, '#c-sc-370811')?.checked && $<HTMLSelectElement>(element, '#service')!.value === 'notarization', 'notarization at the county center');
    expect(readBookingLink('#pls-book=sc-370811.legal-aid-application')).to.deep.equal({ center: 'sc-370811', service: 'legal-aid-application' });
    expect(readBookingLink('#pls-book=<script>.x')).to.equal(undefined);
  });
});

describe('<pls-appointment-booker>: on a shared kiosk', () => {
  it('forgets the name, phone and note once booked, and the next resident starting again finds empty fields', async () => {
    const element = await booker({ region: '370811', service: 'notarization', locale: 'en' });
    await chooseCenter(element, 'sc-370811');
    await pickDay(element, ['ArrowDown'], '2026-09-08');
    await pickFirstSlot(element);
    await press(part(element, 'continue-button'), 'Enter');
    await until(() => $(element, '#note'), 'the contact step');
    const note = 'Wheelchair access, please';
    await typeInto(element, 'note', note);
    await fillContact(element);
    await press(part(element, 'book-button'), 'Enter');
    await until(() => part(element, 'reference'), 'booked');

    const kept = element as unknown as { contact: Record<string, string>; consent: boolean };
    expect([kept.contact, kept.consent]).to.deep.equal([{ name: '', phone: '', note: '' }, false]);
    const screen = shadow(element).innerHTML;
    for (const typed of [RESIDENT.name, RESIDENT.phone, note]) expect(screen).not.to.contain(typed);

    // the next resident starts again, here from a booking link on the kiosk's page
    const page = location.href;
    location.hash = bookingLink('', 'sc-370811', 'notarization');
    try {
      await chooseCenter(element, 'sc-370811');
      // the grid still has the day in focus (a day and a time are nobody's personal data)
      await pickDay(element, [], '2026-09-08');
      await pickFirstSlot(element);
      await press(part(element, 'continue-button'), 'Enter');
      await until(() => $(element, '#consent'), 'the contact step again');
      expect(['name', 'phone', 'note'].map((id) => $<HTMLInputElement>(element, `#${id}`)!.value)).to.deep.equal(['', '', '']);
      expect($<HTMLInputElement>(element, '#consent')!.checked).to.equal(false);
    } finally {
      history.replaceState(null, '', page);
    }
  });
});

describe('the calendar file', () => {
  it('is RFC 5545 in Asia/Shanghai time with CRLF lines folded at 75 octets, and carries nothing about the resident', () => {
    const file = calendarFile({
      reference: 'JN-7K3Q-9M2P', start: '2026-09-20T08:30:00+08:00', end: '2026-09-20T09:00:00+08:00',
      summary: '申请法律援助 · 任城区公共法律服务中心', location: '任城区公共法律服务中心, 济宁市任城区示例路1号; 一楼',
      description: '预约编号 JN-7K3Q-9M2P · 电话 0537-1234567',
    }, new Date('2026-09-01T01:00:00Z'));
    const lines = file.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('DTSTART;TZID=Asia/Shanghai:20260920T083000');
    expect(lines).to.include('DTEND;TZID=Asia/Shanghai:20260920T090000');
    expect(lines).to.include('DTSTAMP:20260901T010000Z');
    expect(lines).to.include('TZOFFSETTO:+0800');
    expect(file.replace(/\r\n /g, ''), 'unfolded').to.contain('示例路1号\\; 一楼');
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(file.endsWith('END:VCALENDAR\r\n')).to.equal(true);
  });
});

describe('<pls-appointment-booker>: the center step on a 390 px phone in senior mode (issue 24)', () => {
  /** A phone screen of 390 × 844 CSS px. */
  const SCREEN = 844;

  it('lists 任城区’s 18 centers one line each within two screens, and within one once a township is chosen; the chosen center shows its hours', async () => {
    const element = document.createElement('pls-appointment-booker');
    element.setAttribute('api-base', '/');
    element.setAttribute('region', '370811');
    element.setAttribute('service', 'legal-consultation');
    element.toggleAttribute('senior', true);
    const main = await fixture<HTMLElement>(html`<main style="width: 390px">${element}</main>`);
    const booker = main.querySelector('pls-appointment-booker')!;
    const form = () => $(booker, 'form')!;
    await until(() => shadow(booker).querySelectorAll('[part~="center"]').length === 18, '18 centers');
    expect(form().getBoundingClientRect().height, 'before a township').to.be.at.most(2 * SCREEN);
    expect(text(form())).not.to.contain('办公时间');

    const township = $<HTMLSelectElement>(booker, '#township')!;
    township.value = '370811018';
    township.dispatchEvent(new Event('change'));
    await booker.updateComplete;
    const shown = [...shadow(booker).querySelectorAll<HTMLElement>('[part~="center"]')].map((center) => text(center));
    expect(shown.filter((line) => line.endsWith('工作站'))).to.deep.equal(['唐口街道工作站']);
    expect(form().getBoundingClientRect().height, 'after a township').to.be.at.most(SCREEN);

    await press($(booker, '#c-sc-370811-14'), 'Space');
    const chosen = text($(booker, '#c-sc-370811-14')!.closest('[part~="center"]'));
    expect(chosen).to.contain('办公时间');
    expect(await axeViolations(booker)).to.deep.equal([]);
  });

  it('sorts the centers nearest first from a position asked on the press and kept in the page', async () => {
    const sent: string[] = [];
    const element = document.createElement('pls-appointment-booker');
    element.setAttribute('api-base', '/');
    element.setAttribute('region', '370811');
    element.setAttribute('service', 'legal-consultation');
    element.toggleAttribute('senior', true);
    element.fetch = (input, init) => {
      sent.push(`${input instanceof Request ? input.url : String(input)} ${typeof init?.body === 'string' ? init.body : ''}`);
      return fetch(input, init);
    };
    const station = await (await fetch('/v1/service-points/sc-370811-14')).json();
    const [latitude, longitude] = [station.location.latitude + 0.0004, station.location.longitude + 0.0003];
    let asked = 0;
    element.positionSource = { getCurrentPosition: (found) => { asked += 1; found({ coords: { latitude, longitude } } as GeolocationPosition); } };
    const main = await fixture<HTMLElement>(html`<main style="width: 390px">${element}</main>`);
    const booker = main.querySelector('pls-appointment-booker')!;
    await until(() => shadow(booker).querySelectorAll('[part~="center"]').length === 18, '18 centers');
    expect(asked).to.equal(0);
    part(booker, 'location-button')!.click();
    // the nearest station's township is chosen: that station and the county's centers, nearest first, on one screen
    await until(() => $(booker, '[part~="center"] input')?.id === 'c-sc-370811-14', 'the nearest center first');
    expect(asked).to.equal(1);
    expect($<HTMLSelectElement>(booker, '#township')!.value).to.equal('370811018');
    expect($(booker, 'form')!.getBoundingClientRect().height, 'after a position').to.be.at.most(844);
    for (const line of sent) expect(line).not.to.contain(latitude.toFixed(3)).and.not.to.contain(longitude.toFixed(3));
    expect(await axeViolations(booker)).to.deep.equal([]);
  });
});
