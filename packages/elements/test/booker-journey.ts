// The booker's steps as a resident takes them, with the keyboard, for the
// booker's component tests (and the code step's): the real sandbox behind /v1/.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlsAppointmentBooker } from '../src/appointment-booker/pls-appointment-booker.js';
import { shadow, until } from './harness.js';
import { $, part, press, typeInto } from './screen.js';

export { $, heading, part, press, text, typeInto } from './screen.js';

// The sandbox's clock is 2026-09-01 09:00 (Tuesday); 2026-09-20 is a Sunday worked
// before National Day (调休上班); sc-370811 is the 任城区 county center.
export const RESIDENT = { name: 'Wang Xiaoming', phone: '13800138000' };

export interface Setup { locale?: string; senior?: boolean; region?: string; service?: string; center?: string; fetch?: typeof fetch }

export async function booker(setup: Setup = {}): Promise<PlsAppointmentBooker> {
  const element = document.createElement('pls-appointment-booker');
  element.setAttribute('api-base', '/');
  for (const name of ['locale', 'region', 'service', 'center'] as const) if (setup[name]) element.setAttribute(name, setup[name]!);
  element.toggleAttribute('senior', setup.senior ?? false);
  if (setup.fetch) element.fetch = setup.fetch;
  const main = await fixture<HTMLElement>(html`<main style="width: 360px">${element}</main>`);
  return main.querySelector('pls-appointment-booker')!;
}


export async function chooseCenter(element: PlsAppointmentBooker, id: string): Promise<void> {
  await press(await until(() => $(element, `#c-${id}`), `center ${id}`), 'Space');
  await press(part(element, 'continue-button'), 'Enter');
  await until(() => $(element, '[role="grid"]'), 'the date grid');
}

/** Moves the grid's focus with the keys given, then picks the day with Enter. */
export async function pickDay(element: PlsAppointmentBooker, keys: string[], date: string): Promise<HTMLElement> {
  const start = $(element, 'td[tabindex="0"]')!;
  start.focus();
  for (const key of keys) await sendKeys({ press: key });
  const cell = await until(() => shadow(element).activeElement?.getAttribute('data-date') === date && $(element, `[data-date="${date}"]`), `focus on ${date}`);
  await sendKeys({ press: 'Enter' });
  await until(() => cell.getAttribute('aria-selected') === 'true' && $(element, '[part~="slots"]'), `${date} chosen`);
  return cell;
}

export async function pickFirstSlot(element: PlsAppointmentBooker): Promise<string> {
  const slot = await until(() => $<HTMLInputElement>(element, '[part~="slots"] input:not([disabled])'), 'an open slot');
  await press(slot, 'Space');
  return slot.value;
}

/** Types the name and number, agrees, and continues (to "check", or to the code step where numbers are confirmed). */
export async function enterContact(element: PlsAppointmentBooker, phone = RESIDENT.phone): Promise<void> {
  await until(() => $(element, '#consent'), 'the privacy notice');
  await typeInto(element, 'name', RESIDENT.name);
  await typeInto(element, 'phone', phone);
  await press($(element, '#consent'), 'Space');
  await press(part(element, 'continue-button'), 'Enter');
}

export async function fillContact(element: PlsAppointmentBooker): Promise<void> {
  await enterContact(element);
  await until(() => part(element, 'book-button'), 'check your booking');
}

/** Places left in a slot, as the sandbox under `api` (the test server's /v1/, /keyed/v1/ or /sms/v1/) counts them. */
export async function remaining(center: string, service: string, slotStart: string, api = '/v1/'): Promise<number> {
  const date = slotStart.slice(0, 10);
  const reply = await (await fetch(`${api}appointments/availability?center=${center}&service=${service}&from=${date}&to=${date}`)).json();
  return reply.days[0].slots.find((slot: { start: string }) => slot.start === slotStart).remaining;
}
