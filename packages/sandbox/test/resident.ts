// What a resident's browser does with the booking API, for the tests of what
// follows a booking (events, text messages): find open slots, book, move, cancel.
import { randomUUID } from 'node:crypto';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';

export const RESIDENT = { name: '王小明', phone: '13812345678' } as const;

/** The n-th of many residents, each with a number of their own: one number holds at most 2 future visits. */
export const residentNumber = (n: number): { name: string; phone: string } => ({ name: '王小明', phone: `136${String(n).padStart(8, '0')}` });

export interface Visit { reference: string; manageToken: string; status: number }

/** The open slots of a center and service on `date` (the sandbox's fixed clock is 1 September 2026). */
export async function openSlots(url: string, date: string, center = 'sc-370811', service = 'legal-consultation'): Promise<string[]> {
  const response = await fetch(`${url}/v1/appointments/availability?center=${center}&service=${service}&from=${date}&to=${date}`);
  const { days } = (await response.json()) as { days: { slots: { start: string; remaining: number }[] }[] };
  return days.flatMap((d) => d.slots.filter((s) => s.remaining > 0).map((s) => s.start));
}

export async function bookVisit(
  url: string, slotStart: string,
  { center = 'sc-370811', service = 'legal-consultation', locale = 'zh-CN', contact = RESIDENT as { name: string; phone: string } } = {},
): Promise<Visit> {
  const response = await fetch(`${url}/v1/appointments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'accept-language': locale },
    body: JSON.stringify({ center, service, slotStart, contact, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true } }),
  });
  const body = (await response.json()) as { reference?: string; manageToken?: string };
  return { reference: body.reference ?? '', manageToken: body.manageToken ?? '', status: response.status };
}

export async function changeVisit(url: string, visit: Visit, change: { cancel: true } | { slotStart: string }): Promise<number> {
  const response = await fetch(`${url}/v1/appointments/${visit.reference}/${'cancel' in change ? 'cancel' : 'reschedule'}`, {
    method: 'POST',
    headers: { 'x-manage-token': visit.manageToken, ...('slotStart' in change ? { 'content-type': 'application/json' } : {}) },
    ...('slotStart' in change ? { body: JSON.stringify({ slotStart: change.slotStart }) } : {}),
  });
  await response.body?.cancel();
  return response.status;
}
