// What the staff operations ask of storage, whichever engine keeps it: the
// day's roster, check-in and no-show, closures, and the audit log. Every
// change writes, in its own transaction, its events (to the outbox) and its
// audit event; a roster read writes its audit event in the transaction that
// reads the roster, so no one reads contact data unrecorded. Both engines
// decide by staff-decisions.ts and pass the same suite (test/store/).
import type { components } from '../generated/contract.js';
import type { StoredAppointment } from './appointment-store.js';

export type ClosureReason = components['schemas']['ClosureReason'];
export type AuditAction = components['schemas']['AuditAction'];

import type { StaffAction } from './staff-action.js';

export type { StaffAction };

export interface StoredClosure {
  id: string;
  centerId: string;
  date: string;
  /** Local times (HH:MM); null: from the day's start, to its end. */
  from: string | null;
  to: string | null;
  reason: ClosureReason;
  /** Bookings it cancelled when it was made. */
  cancelled: number;
  createdAt: string;
  reopenedAt: string | null;
}

export interface NewClosure {
  centerId: string;
  date: string;
  from?: string;
  to?: string;
  reason: ClosureReason;
}

export interface StoredAuditEvent {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  centerId: string | null;
  date: string | null;
  reference: string | null;
  references: string[] | null;
  closureId: string | null;
  client: string;
}

export type VisitMark = 'checked-in' | 'no-show';

export type MarkOutcome =
  | { kind: 'ok'; appointment: StoredAppointment }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'appointment-cancelled' }
  | { kind: 'not-visit-day' }
  | { kind: 'slot-not-started' };

export type ReopenOutcome = { kind: 'ok'; closure: StoredClosure } | { kind: 'not-found' } | { kind: 'closure-started' };

export interface AuditQuery {
  /** First and last day (Asia/Shanghai), inclusive. */
  from: string;
  to: string;
  actor?: string;
  /** Events older than this position (the previous page's last). */
  before?: number;
  limit: number;
}

export interface StaffStore {
  /** The center's bookings on `date` in time order, and how many of the day's were erased; records who read them. */
  roster(centerId: string, date: string, action: StaffAction): Promise<{ appointments: StoredAppointment[]; erased: number }>;
  /** Marks a visit checked in or a no-show, if `may` allows its center; records the change (once: marking again changes nothing). */
  mark(reference: string, mark: VisitMark, action: StaffAction, may: (centerId: string) => boolean): Promise<MarkOutcome>;
  /** The center's closures not reopened, dated `from` to `to` inclusive. */
  closures(centerId: string, from: string, to: string): Promise<StoredClosure[]>;
  /** Closes, cancels the bookings in the closed time whose slot has not begun, and records it, in one transaction. */
  close(closure: NewClosure, action: StaffAction): Promise<StoredClosure>;
  /** Withdraws a closure that has not begun. */
  reopen(centerId: string, closureId: string, action: StaffAction): Promise<ReopenOutcome>;
  /** Audit events, newest first, and how many match; records that they were read. */
  auditEvents(query: AuditQuery, action: StaffAction): Promise<{ events: StoredAuditEvent[]; total: number }>;
  /** Erases audit events older than `retainDays` days before `now`; returns how many. */
  eraseExpiredAudit(now: Date, retainDays: number): Promise<number>;
}
