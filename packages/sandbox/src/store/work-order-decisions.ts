// The rules of a work order's life, as functions of plain values: what an
// engine has read goes in, the record to write (or the refusal) comes out.
// Both engines call these inside their transaction; the idempotency rules are
// the bookings' own (appointment-decisions.ts: earlierReply, idempotencyRecord).
import { newManageToken, sha256, tokenOpens } from './secrets.js';
import { auditEvent } from './staff-decisions.js';
import type { AuditAction, StaffAction, StoredAuditEvent } from './staff-store.js';
import type { FollowOutcome, StoredWorkOrder, WorkOrderRequest, WorkOrderResolution } from './work-order-store.js';

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
  | { kind: 'work-order-closed' } | { kind: 'work-order-answered' }
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

/** The latest answer, if any. */
export function latestAnswer(order: StoredWorkOrder): { text: string; at: string } | undefined {
  const answer = [...order.timeline].reverse().find((step) => step.kind === 'answered');
  return answer?.kind === 'answered' ? { text: answer.text, at: answer.at } : undefined;
}

/** The audit event of a staff member's read of or act on a work order: its reference and center, nothing of the resident's. */
export const workOrderAudit = (action: StaffAction, what: AuditAction, order: StoredWorkOrder): Omit<StoredAuditEvent, 'seq'> =>
  auditEvent(action, what, { reference: order.reference, ...(order.centerId ? { centerId: order.centerId } : {}) });
