// The centers' side: who the token names, the day's roster, check-in and
// no-show, closures, and the audit log. The pipeline has verified the bearer
// token before a handler runs (http/pipeline/staff-step.ts); each handler
// asks the access rules (staff/staff-access.ts) before it reads or changes
// anything, and hands the store who acted and from which client, so the
// store records it in the same transaction.
import { addDays, shanghaiDate, type Locale } from '@plskit/core';
import type { DirectoryStore } from '../store/directory-store.js';
import { closureProblem } from '../store/staff-decisions.js';
import type { MarkOutcome, StaffStore, StoredAuditEvent, StoredClosure, VisitMark } from '../store/staff-store.js';
import { allows, grantsOf } from '../staff/staff-access.js';
import { forbidden } from '../staff/staff-challenge.js';
import { BOOKING_HORIZON_DAYS, rosterEntry } from './appointment-operations.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fieldMessage } from './field-error.js';
import { ProblemError, type ContractOperations, type OperationReply, type OperationRequest } from './operation.js';
import { requireGrant, staffOf } from './staff-request.js';

export interface StaffDependencies {
  directory: DirectoryStore;
  staff: StaffStore;
}

type StaffOperationId = 'getStaffMember' | 'listCenterRoster' | 'checkInAppointment' | 'markAppointmentNoShow' | 'listCenterClosures'
  | 'closeCenter' | 'reopenCenter' | 'listAuditEvents';

const DEFAULT_AUDIT_DAYS = 7;
const DEFAULT_LIMIT = 20;

const invalid = (locale: Locale, field: string, code: string): ProblemError =>
  new ProblemError(400, 'validation-failed', [{ field, code, message: fieldMessage(code, locale) }]);

const closureView = (c: StoredClosure) => ({
  id: c.id, center: c.centerId, date: c.date, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}), reason: c.reason,
  cancelled: c.cancelled, createdAt: c.createdAt, ...(c.reopenedAt ? { reopenedAt: c.reopenedAt } : {}),
});

const auditView = (e: StoredAuditEvent) => ({
  id: e.id, at: e.at, actor: e.actor, action: e.action, ...(e.centerId ? { center: e.centerId } : {}), ...(e.date ? { date: e.date } : {}),
  ...(e.reference ? { reference: e.reference } : {}), ...(e.references ? { references: e.references } : {}),
  ...(e.closureId ? { closure: e.closureId } : {}), client: e.client,
});

export function staffOperations({ directory, staff }: StaffDependencies): Pick<ContractOperations, StaffOperationId> {
  const existing = async (center: string): Promise<void> => {
    if (!(await directory.serviceCenter(center))) throw new ProblemError(404, 'not-found');
  };

  const marked = (outcome: MarkOutcome): OperationReply => {
    switch (outcome.kind) {
      case 'ok': return { status: 200, body: rosterEntry(outcome.appointment) };
      case 'not-found': throw new ProblemError(404, 'not-found');
      case 'forbidden': throw forbidden();
      default: throw new ProblemError(409, outcome.kind);
    }
  };

  const mark = (mark: VisitMark) => async (request: OperationRequest<'checkInAppointment' | 'markAppointmentNoShow'>) => {
    const { member, action } = staffOf(request);
    requireGrant(member, 'appointments-mark');
    return marked(await staff.mark(request.params.reference, mark, action, (center) => allows(member, 'appointments-mark', center)));
  };

  return {
    getStaffMember: async (request) => {
      const { member } = staffOf(request);
      return { status: 200, body: { ...member, permissions: grantsOf(member) } };
    },

    listCenterRoster: async (request) => {
      const { member, action } = staffOf(request);
      const { center } = request.params;
      requireGrant(member, 'roster-read', center);
      await existing(center);
      const { date } = request.query;
      const { appointments, erased } = await staff.roster(center, date, action);
      return { status: 200, body: { center, date, items: appointments.map(rosterEntry), erased } };
    },

    checkInAppointment: mark('checked-in'),
    markAppointmentNoShow: mark('no-show'),

    listCenterClosures: async (request) => {
      const { member } = staffOf(request);
      const { center } = request.params;
      requireGrant(member, 'roster-read', center);
      await existing(center);
      const from = request.query.from ?? shanghaiDate(request.now);
      const items = await staff.closures(center, from, addDays(from, BOOKING_HORIZON_DAYS));
      return { status: 200, body: { center, items: items.map(closureView) } };
    },

    closeCenter: async (request) => {
      const { member, action } = staffOf(request);
      const { center } = request.params;
      requireGrant(member, 'closures-write', center);
      await existing(center);
      const { date, from, to, reason } = request.body;
      const problem = closureProblem({ date, ...(from ? { from } : {}), ...(to ? { to } : {}) }, request.now, BOOKING_HORIZON_DAYS);
      if (problem) throw invalid(request.locale, problem.field, problem.code);
      const closure = await staff.close({ centerId: center, date, ...(from ? { from } : {}), ...(to ? { to } : {}), reason }, action);
      return { status: 201, body: closureView(closure) };
    },

    reopenCenter: async (request) => {
      const { member, action } = staffOf(request);
      const { center, closure } = request.params;
      requireGrant(member, 'closures-write', center);
      const outcome = await staff.reopen(center, closure, action);
      if (outcome.kind === 'not-found') throw new ProblemError(404, 'not-found');
      if (outcome.kind === 'closure-started') throw new ProblemError(409, 'closure-started');
      return { status: 200, body: closureView(outcome.closure) };
    },

    listAuditEvents: async (request) => {
      const { member, action } = staffOf(request);
      requireGrant(member, 'audit-read');
      const { locale, query } = request;
      const to = query.to ?? shanghaiDate(request.now);
      const from = query.from ?? addDays(to, -(DEFAULT_AUDIT_DAYS - 1));
      if (to < from) throw invalid(locale, 'to', 'range');
      const position = decodeCursor(query.cursor, locale);
      const before = position === undefined ? undefined : Number(position);
      if (before !== undefined && !(Number.isSafeInteger(before) && before > 0)) throw invalid(locale, 'cursor', 'invalid');
      const limit = query.limit ?? DEFAULT_LIMIT;
      const { events, total } = await staff.auditEvents({ from, to, ...(query.actor ? { actor: query.actor } : {}), ...(before ? { before } : {}), limit }, action);
      const last = events.length === limit ? events.at(-1) : undefined;
      return { status: 200, body: { items: events.map(auditView), total, nextCursor: encodeCursor(last ? String(last.seq) : null) } };
    },
  };
}
