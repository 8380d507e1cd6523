import { createWorkOrder } from '../generated/replies/createWorkOrder.js';
import { getWorkOrder } from '../generated/replies/getWorkOrder.js';
import { getWorkOrderPrivacyNotice } from '../generated/replies/getWorkOrderPrivacyNotice.js';
import { getWorkOrderTimeLimits } from '../generated/replies/getWorkOrderTimeLimits.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { PrivacyNotice, WorkOrder, WorkOrderRequest, WorkOrderTimeLimits } from '../types.js';

export interface WorkOrderOptions extends RequestOptions {
  /** Sent on the first attempt and every retry; a UUID is made when none is given. Reuse it when the caller retries the whole request itself. */
  idempotencyKey?: string;
}

/**
 * A resident's legal question or call-back request (a work order). The
 * reference names it; the manage token (returned once, by `ask`) proves the
 * right to follow it and travels in the `X-Manage-Token` header, never in the URL.
 */
export interface WorkOrdersResource {
  /** The privacy notice in force: show it before consent, and ask with its `version`. */
  privacyNotice(call?: RequestOptions): Promise<PrivacyNotice>;
  /** The day a question asked today is answered by, and the days a call-back may be asked for (working days on the city's calendar). */
  timeLimits(call?: RequestOptions): Promise<WorkOrderTimeLimits>;
  /** Asks a question or a call-back; retried safely under one Idempotency-Key. The reply holds the manage token. */
  ask(request: WorkOrderRequest, options?: WorkOrderOptions): Promise<WorkOrder>;
  /** Its status, timeline, the question and the latest answer. */
  get(reference: string, manageToken: string, call?: RequestOptions): Promise<WorkOrder>;
}

export function createWorkOrdersResource(send: Transport): WorkOrdersResource {
  return {
    privacyNotice: (call) => send({ reply: getWorkOrderPrivacyNotice, method: 'get', path: 'v1/privacy-notices/work-orders' }, call),
    timeLimits: (call) => send({ reply: getWorkOrderTimeLimits, method: 'get', path: 'v1/work-orders/time-limits' }, call),
    ask: (request, { idempotencyKey = newIdempotencyKey(), ...call } = {}) =>
      send({ reply: createWorkOrder, method: 'post', path: 'v1/work-orders', body: request, headers: { 'idempotency-key': idempotencyKey } }, call),
    get: (reference, manageToken, call) =>
      send({ reply: getWorkOrder, method: 'get', path: `v1/work-orders/${encodeURIComponent(reference)}`, headers: { 'x-manage-token': manageToken } }, call),
  };
}
