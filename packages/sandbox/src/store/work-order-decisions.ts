// The rules of a work order's life, as functions of plain values: what an
// engine has read goes in, the record to write (or the refusal) comes out.
// Both engines call these inside their transaction; the idempotency rules are
// the bookings' own (appointment-decisions.ts: earlierReply, idempotencyRecord).
import { newManageToken, sha256, tokenOpens } from './secrets.js';
import { auditEvent } from './staff-decisions.js';
import type { AuditAction, StaffAction, StoredAuditEvent } from './staff-store.js';
import type { FollowOutcome, StaffTurn, StoredWorkOrder, WorkOrderRequest, WorkOrderResolution } from './work-order-store.js';

/** A new work order under `reference`: the record to keep, the manage token to give once, and its hash (all that is kept of it). */
export function newWorkOrder(request: WorkOrderRequest, reference: string): { workOrder: StoredWorkOrder; manageToken: string; manageTokenHash: string } {
  const manageToken = newManageToken();
  // what the request asked of the store, not what the work order is
  const { now, phoneVerification: _token, maxOpenPerPhone: _max, ...asked } = request;
  return {
    workOrder: {
      reference, ...asked, status: 'received', centerId: null, resolution: null,
      timeline: [{ kind: 'received', at: now }], createdAt: now, updatedAt: now, closedAt: null,
    },
    manageToken,
    manageTokenHash: sha256(manageToken),
  };
}

/** The work order, opened only if the token is its own; an unknown reference answers like a wrong token (tokenOpens). */
export function authoriseResident(found: { manageTokenHash: string; open(): StoredWorkOrder } | undefined, manageToken: string): FollowOutcome {
  // the token is compared even when the reference is unknown: both answers cost the same
  if (!tokenOpens(manageToken, found?.manageTokenHash) || !found) return { kind: 'manage-token-invalid' };
  return { kind: 'ok', workOrder: found.open() };
}

/** What a staff action on a work order comes to. */
export type WorkOrderChange =
  | { kind: 'work-order-closed' } | { kind: 'work-order-answered' } | { kind: 'work-order-not-assigned' }
  | { kind: 'unchanged'; workOrder: StoredWorkOrder } | { kind: 'change'; workOrder: StoredWorkOrder };

/**
 * Pass it to a center: a closed work order stays closed; the center it is at
 * already is no change (no step, no event). An answered one stays answered.
 */
export function assignment(order: StoredWorkOrder, centerId: string, now: string): WorkOrderChange {
  if (order.status === 'closed') return { kind: 'work-order-closed' };
  if (order.centerId === centerId) return { kind: 'unchanged', workOrder: order };
  return {
    kind: 'change',
    workOrder: {
      ...order, centerId, status: order.status === 'answered' ? 'answered' : 'assigned', updatedAt: now,
      timeline: [...order.timeline, { kind: 'assigned', at: now, center: centerId }],
    },
  };
}

/**
 * The answer, once, until it is closed: two staff answering at once give the
 * resident one answer and one text message, the second is told it was answered.
 */
export function answering(order: StoredWorkOrder, text: string, now: string): WorkOrderChange {
  if (order.status === 'closed') return { kind: 'work-order-closed' };
  if (order.timeline.some((step) => step.kind === 'answered')) return { kind: 'work-order-answered' };
  return { kind: 'change', workOrder: { ...order, status: 'answered', updatedAt: now, timeline: [...order.timeline, { kind: 'answered', at: now, text }] } };
}

/** Closing, once, with how it ended. */
export function closing(order: StoredWorkOrder, resolution: WorkOrderResolution, now: string): WorkOrderChange {
  if (order.status === 'closed') return { kind: 'work-order-closed' };
  return {
    kind: 'change',
    workOrder: { ...order, status: 'closed', resolution, closedAt: now, updatedAt: now, timeline: [...order.timeline, { kind: 'closed', at: now, resolution }] },
  };
}

/**
 * Back to the hotline from the center it is at, with staff's reason: at no
 * center and `received` again, for an operator to pass on. Its due day stays:
 * the time limit runs from receipt. Only an order still waiting for its answer
 * goes back; one answered or closed stays where it is.
 */
export function returning(order: StoredWorkOrder, reason: string, now: string): WorkOrderChange {
  if (order.status === 'closed') return { kind: 'work-order-closed' };
  if (order.timeline.some((step) => step.kind === 'answered')) return { kind: 'work-order-answered' };
  if (!order.centerId) return { kind: 'work-order-not-assigned' };
  return {
    kind: 'change',
    workOrder: {
      ...order, centerId: null, status: 'received', updatedAt: now,
      timeline: [...order.timeline, { kind: 'returned', at: now, center: order.centerId, reason }],
    },
  };
}

/**
 * Why staff who may not act on it now are refused: a colleague just returned it
 * to the hotline from a center where they may act (say, while they wrote the
 * answer) is a conflict of states, 409 `work-order-not-assigned`; otherwise 403.
 */
export function refusedTurn(by: StaffTurn, order: StoredWorkOrder): { kind: 'forbidden' } | { kind: 'work-order-not-assigned' } {
  const last = order.timeline.at(-1);
  const returnedFromTheirs = order.centerId === null && last?.kind === 'returned' && by.may({ ...order, centerId: last.center });
  return returnedFromTheirs ? { kind: 'work-order-not-assigned' } : { kind: 'forbidden' };
}

/** The latest answer, if any. */
export function latestAnswer(order: StoredWorkOrder): { text: string; at: string } | undefined {
  const answer = [...order.timeline].reverse().find((step) => step.kind === 'answered');
  return answer?.kind === 'answered' ? { text: answer.text, at: answer.at } : undefined;
}

/** The audit event of a staff member's read of or act on a work order: its reference and center, nothing of the resident's. */
export const workOrderAudit = (action: StaffAction, what: AuditAction, order: Pick<StoredWorkOrder, 'reference' | 'centerId'>): Omit<StoredAuditEvent, 'seq'> =>
  auditEvent(action, what, { reference: order.reference, ...(order.centerId ? { centerId: order.centerId } : {}) });

/** A change's audit event names the center it is at now, or, returned to the hotline, the center it left. */
export const changeAudit = (action: StaffAction, what: AuditAction, after: StoredWorkOrder, before: StoredWorkOrder): Omit<StoredAuditEvent, 'seq'> =>
  workOrderAudit(action, what, { reference: after.reference, centerId: after.centerId ?? before.centerId });
