// Booking for a caller as plain decisions (tested in Node). The steps, their
// order and "back", the service, center, day and time rules are the booker's
// (booking-steps.ts): only what differs on the phone is here. The caller gives
// a name and a number on the line and agrees orally once the operator has read
// them the privacy notice; the request says so, and a refusal means what it
// means on the web.
import { isMainlandMobile, normalizeMobile, type ServiceCode } from '@plskit/core';
import type { StaffBookingRequest, StaffMember } from '@plskit/sdk/staff';
import type { ApiProblem } from '../../api/api-problem.js';
import { refusal, type Contact } from '../../appointment-booker/booking-steps.js';
import type { FieldProblem } from '../../error-summary/error-summary.js';
import type { CallerBookingText } from './caller-booking.strings.zh-CN.js';

/** Whether the member may book for callers at `center`, and whether at every center (then the center is theirs to choose). */
export function bookingGrant(member: Pick<StaffMember, 'permissions'>, center: string): { may: boolean; anyCenter: boolean } {
  const grant = member.permissions.find((each) => each.permission === 'appointments-book');
  return { may: Boolean(grant && (grant.allCenters || grant.centers.includes(center))), anyCenter: Boolean(grant?.allCenters) };
}

/** The caller's step: a name, a mainland mobile number (the booker's rule), and the operator's word that the notice was read and agreed to. */
export function callerProblems(contact: Contact, noticeRead: boolean, text: CallerBookingText): FieldProblem[] {
  return [
    ...(contact.name.trim() ? [] : [{ field: 'name', message: text.nameRequired }]),
    ...(isMainlandMobile(contact.phone) ? [] : [{ field: 'phone', message: text.phoneInvalid }]),
    ...(noticeRead ? [] : [{ field: 'consent', message: text.consentRequired }]),
  ];
}

/** What is booked: the choices of the steps, with the version of the notice read to the caller. */
export interface CallerVisit {
  service: ServiceCode;
  center: string;
  slotStart: string;
  contact: Contact;
}

export function callerRequest(visit: CallerVisit, noticeVersion: string): StaffBookingRequest {
  const { contact } = visit;
  const note = contact.note.trim();
  return {
    center: visit.center, service: visit.service, slotStart: visit.slotStart,
    contact: { name: contact.name.trim(), phone: normalizeMobile(contact.phone) ?? contact.phone },
    consent: { privacyNotice: noticeVersion, agreed: true, form: 'oral' },
    ...(note ? { note } : {}),
  };
}

/**
 * What a refused booking means for the operator: the web's refusals (the slot
 * was taken, the notice changed, the number holds its limit, wait and retry),
 * no answer at all (retry: the same attempt key books once), or a problem the
 * desk says in its own words (an expired sign-in, no right to book: 401, 403).
 */
export type CallerRefusal = { kind: 'slot-taken' | 'notice-changed' | 'limit-reached' | 'no-answer' | 'desk' } | { kind: 'wait'; seconds: number };

export function callerRefusal(problem: ApiProblem): CallerRefusal {
  if (problem.unreachable) return { kind: 'no-answer' };
  const reason = refusal(problem);
  // a caller is never asked for a code: a phone-confirmation refusal is the desk's to word, as a 403 is
  return reason.kind === 'lost' || reason.kind === 'failed' || reason.kind === 'phone-unconfirmed' ? { kind: 'desk' } : reason;
}

/** The roster day a visit is on: its instants carry +08:00, so their first ten characters are the Asia/Shanghai date. */
export const visitDay = (slotStart: string): string => slotStart.slice(0, 10);
