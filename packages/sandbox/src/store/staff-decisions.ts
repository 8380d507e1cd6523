// The rules of the centers' side as functions of plain values: what a
// closure closes, which bookings it cancels, when it may be withdrawn, when
// a visit may be checked in or marked a no-show, what an audit event holds.
// Both engines call these in their transactions and hold no rule of their own.
import { addDays, shanghaiDate, shanghaiDateTime } from '@plskit/core';
import { opaqueId } from '../events/event.js';
import type { StoredAppointment } from './appointment-store.js';
import type { AuditAction, MarkOutcome, NewClosure, StaffAction, StoredAuditEvent, StoredClosure, VisitMark } from './staff-store.js';

const DAY_START = '00:00';
const DAY_END = '24:00';

/** The local wall-clock time (HH:MM) of a stored instant: every stored time carries +08:00. */
const localTime = (instant: string): string => instant.slice(11, 16);

/** The closed time of a closure as local times, the whole day when it names none. */
export const closedWindow = (closure: Pick<StoredClosure, 'from' | 'to'>): { from: string; to: string } =>
  ({ from: closure.from ?? DAY_START, to: closure.to ?? DAY_END });

/** Whether a closure closes any of a slot's time (a slot ending at 14:00 is open under a closure from 14:00). */
export function closes(closure: Pick<StoredClosure, 'date' | 'from' | 'to'>, slot: { start: string; end: string }): boolean {
  if (slot.start.slice(0, 10) !== closure.date) return false;
  const { from, to } = closedWindow(closure);
  const end = slot.end.slice(0, 10) === closure.date ? localTime(slot.end) : DAY_END;
  return localTime(slot.start) < to && end > from;
}

/** Whether any of the closures closes the slot: a booking or a move into it is refused. */
export const slotClosed = (closures: readonly StoredClosure[], slot: { start: string; end: string }): boolean =>
  closures.some((closure) => closure.reopenedAt === null && closes(closure, slot));

/** The instant a closure begins. */
export const closureStart = (closure: Pick<StoredClosure, 'date' | 'from'>): number =>
  Date.parse(`${closure.date}T${closure.from ?? DAY_START}:00+08:00`);

/** A new closure, cancelling `cancelled` bookings. */
export function newClosure(request: NewClosure, cancelled: number, now: string): StoredClosure {
  return {
    id: opaqueId('cl', 16), centerId: request.centerId, date: request.date, from: request.from ?? null, to: request.to ?? null,
    reason: request.reason, cancelled, createdAt: now, reopenedAt: null,
  };
}

/**
 * The bookings a closure cancels, as they become: still booked, in its time,
 * and not begun (a visit under way, or one already checked in, stays as it is).
 */
export function cancelledBy(closure: Pick<StoredClosure, 'date' | 'from' | 'to'>, appointments: readonly StoredAppointment[], now: string): StoredAppointment[] {
  const nowMs = Date.parse(now);
  return appointments
    .filter((a) => a.status === 'booked' && closes(closure, a.slot) && Date.parse(a.slot.start) > nowMs)
    .map((a) => ({ ...a, status: 'cancelled-by-center', updatedAt: now }));
}

/** A closure may be withdrawn until it begins; after that its bookings are gone and its time past or under way. */
export function reopening(closure: StoredClosure | undefined, now: string): { kind: 'not-found' } | { kind: 'closure-started' } | { kind: 'reopen'; closure: StoredClosure } {
  if (!closure || closure.reopenedAt !== null) return { kind: 'not-found' };
  if (closureStart(closure) <= Date.parse(now)) return { kind: 'closure-started' };
  return { kind: 'reopen', closure: { ...closure, reopenedAt: now } };
}

/**
 * Checking in or marking a no-show. Each marks what happened, so a mistake is
 * put right by the other mark; the same mark again changes nothing. A check-in
 * is on the visit's day; a no-show once the slot has begun; a cancelled visit
 * is neither.
 */
export function visitMark(appointment: StoredAppointment, mark: VisitMark, now: string):
  Exclude<MarkOutcome, { kind: 'not-found' | 'forbidden' }> | { kind: 'unchanged'; appointment: StoredAppointment } {
  if (appointment.status === 'cancelled' || appointment.status === 'cancelled-by-center') return { kind: 'appointment-cancelled' };
  if (appointment.status === mark) return { kind: 'unchanged', appointment };
  const today = shanghaiDate(new Date(now));
  const visitDay = appointment.slot.start.slice(0, 10);
  if (mark === 'checked-in' && visitDay !== today) return { kind: 'not-visit-day' };
  if (mark === 'no-show' && Date.parse(appointment.slot.start) > Date.parse(now)) return { kind: 'slot-not-started' };
  return { kind: 'ok', appointment: { ...appointment, status: mark, updatedAt: now } };
}

/** An audit event: who, what, where, from which client, when; never a resident's name or phone. */
export function auditEvent(
  action: StaffAction, what: AuditAction,
  about: { centerId?: string; date?: string; reference?: string; references?: string[]; closureId?: string } = {},
): Omit<StoredAuditEvent, 'seq'> {
  return {
    id: opaqueId('aud'), at: action.at, actor: action.actor, action: what, centerId: about.centerId ?? null, date: about.date ?? null,
    reference: about.reference ?? null, references: about.references ?? null, closureId: about.closureId ?? null, client: action.client,
  };
}

/** The audit event of a visit a hotline operator booked for a caller. */
export const bookedAudit = (action: StaffAction, appointment: StoredAppointment): Omit<StoredAuditEvent, 'seq'> =>
  auditEvent(action, 'appointment-booked', { centerId: appointment.centerId, date: shanghaiDate(new Date(appointment.slot.start)), reference: appointment.reference });

/** The instants (+08:00 text, as stored) that bound days `from` to `to`, inclusive. */
export const auditRange = (from: string, to: string): { since: string; until: string } =>
  ({ since: `${from}T00:00:00+08:00`, until: `${addDays(to, 1)}T00:00:00+08:00` });

/** Audit events before this are erased: they outlive contact data (PIPL Art 54 audits; Cybersecurity Law Art 21(3), six months at least). */
export const auditRetentionCutoff = (now: Date, retainDays: number): string =>
  shanghaiDateTime(new Date(now.getTime() - retainDays * 24 * 3600_000));

/**
 * What is wrong with a closure asked for, if anything: its day must be today
 * or within the booking horizon, its end after its start and after now (a
 * closure of time already past would tell no one anything).
 */
export function closureProblem(request: Pick<NewClosure, 'date' | 'from' | 'to'>, now: Date, horizonDays: number): { field: string; code: 'range' } | undefined {
  const today = shanghaiDate(now);
  if (request.date < today || request.date > addDays(today, horizonDays)) return { field: '/date', code: 'range' };
  const { from, to } = closedWindow({ from: request.from ?? null, to: request.to ?? null });
  if (to <= from) return { field: '/to', code: 'range' };
  if (Date.parse(`${request.date}T${to === DAY_END ? '23:59' : to}:00+08:00`) <= now.getTime()) return { field: request.to ? '/to' : '/date', code: 'range' };
  return undefined;
}
