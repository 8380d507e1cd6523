// The booker's steps as plain decisions, with no DOM and no requests: their
// order, where "back" leads, what each step asks of the resident before it
// lets them on, and what a refused change means. The element and its
// controller act on these answers; the tests check them in Node.
import { isMainlandMobile, type ServiceCode } from '@plskit/core';
import type { AvailabilityDay } from '@plskit/sdk';
import type { ApiProblem } from '../api/api-problem.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import { tokenRefused } from '../phone-code/token-refused.js';
import { bookable } from './availability-day.js';

/**
 * A booking's five steps (the number's code, where the operator confirms
 * numbers, is part of the third), then managing one from its link (see, move, cancel).
 */
export type Step = 'where' | 'when' | 'who' | 'code' | 'check' | 'done' | 'manage' | 'reschedule' | 'confirm-cancel' | 'cancelled';

/** The steps "step n of 5" counts, in order. */
export const BOOKING_STEPS: readonly Step[] = ['where', 'when', 'who', 'check', 'done'];

/** The "step n of 5" number of a step, or undefined for the manage steps. */
export function stepNumber(step: Step): number | undefined {
  const index = BOOKING_STEPS.indexOf(step === 'code' ? 'who' : step);
  return index === -1 ? undefined : index + 1;
}

const BACK: Partial<Record<Step, Step>> = { when: 'where', who: 'when', code: 'who', check: 'who', reschedule: 'manage', 'confirm-cancel': 'manage' };

/** Where "back" leads from a step; none from the first step, the confirmation or a cancelled booking. */
export const backTarget = (step: Step): Step | undefined => BACK[step];

/** The county a center id names ("sc-370811…"), the region its step starts in. */
export const regionOfCenter = (center: string | undefined): string | undefined => /^sc-(\d{6})/.exec(center ?? '')?.[1];

/** What the resident typed on the contact step; kept in memory only. */
export interface Contact {
  name: string;
  phone: string;
  note: string;
}

/** The first step: a service and a center. */
export function whereProblems(service: ServiceCode | undefined, center: string | undefined, text: AppointmentBookerText): FieldProblem[] {
  return [
    ...(service ? [] : [{ field: 'service', message: text.chooseService }]),
    ...(center ? [] : [{ field: 'center-list', message: text.chooseCenter }]),
  ];
}

/** The day-and-time step (and a move): a day, then a time on it. */
export function whenProblems(date: string | undefined, slotStart: string | undefined, text: AppointmentBookerText): FieldProblem[] {
  if (slotStart) return [];
  return [date ? { field: 'slot-list', message: text.chooseSlot } : { field: 'calendar', message: text.chooseDay }];
}

/** The contact step: a name, a mainland mobile number, and consent to the privacy notice shown. */
export function contactProblems(contact: Contact, consent: boolean, text: AppointmentBookerText): FieldProblem[] {
  return [
    ...(contact.name.trim() ? [] : [{ field: 'name', message: text.nameRequired }]),
    ...(isMainlandMobile(contact.phone) ? [] : [{ field: 'phone', message: text.phoneInvalid }]),
    ...(consent ? [] : [{ field: 'consent', message: text.consentRequired }]),
  ];
}

/**
 * What a refused or lost booking, move or cancellation means: the slot was
 * taken meanwhile (choose again from fresh times), the privacy notice changed
 * (read and agree again), the number already holds as many visits as one may
 * (cancel one first), its confirmation expired or is missing (confirm it
 * again), the booking is gone or its link no longer works, the server asked to
 * wait (try again after Retry-After), or it failed otherwise.
 */
export type Refusal = { kind: 'slot-taken' } | { kind: 'notice-changed' } | { kind: 'limit-reached' } | { kind: 'phone-unconfirmed' } | { kind: 'lost' }
  | { kind: 'wait'; seconds: number } | { kind: 'failed' };

export function refusal(problem: ApiProblem): Refusal {
  if (tokenRefused(problem)) return { kind: 'phone-unconfirmed' };
  if (problem.code === 'slot-full' || problem.code === 'slot-unavailable') return { kind: 'slot-taken' };
  if (problem.code === 'booking-limit-reached') return { kind: 'limit-reached' };
  if (problem.code === 'privacy-notice-outdated') return { kind: 'notice-changed' };
  if (problem.code === 'not-found' || problem.code === 'manage-token-invalid') return { kind: 'lost' };
  if ((problem.status === 429 || problem.status === 503) && problem.retryAfter !== undefined) return { kind: 'wait', seconds: problem.retryAfter };
  return { kind: 'failed' };
}

/** A click, Enter or Space on a day: the focus goes there; an open day becomes the chosen one (a time on another day is dropped). */
export function pickedDay(days: readonly AvailabilityDay[] | undefined, date: string, chosen: { selectedDate: string | undefined; slotStart: string | undefined }):
  { focusedDate: string; selectedDate: string | undefined; slotStart: string | undefined } {
  const day = days?.find((d) => d.date === date);
  if (!day || !bookable(day)) return { focusedDate: date, ...chosen };
  return { focusedDate: date, selectedDate: date, slotStart: chosen.selectedDate === date ? chosen.slotStart : undefined };
}

/** After fresh availability: the day in focus stays if it is still shown (else the first day open), a time no longer open is dropped. */
export function keptChoice(days: readonly AvailabilityDay[], focusedDate: string, slotStart: string | undefined): { focusedDate: string; slotStart: string | undefined } {
  const focused = days.some((day) => day.date === focusedDate) ? focusedDate : (days.find(bookable) ?? days[0])?.date ?? '';
  const open = days.some((day) => day.slots.some((slot) => slot.start === slotStart && slot.remaining > 0));
  return { focusedDate: focused, slotStart: open ? slotStart : undefined };
}
