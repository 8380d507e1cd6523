import { assignWorkOrder } from '../generated/replies/assignWorkOrder.js';
import { closeWorkOrder } from '../generated/replies/closeWorkOrder.js';
import { createStaffWorkOrder } from '../generated/replies/createStaffWorkOrder.js';
import { getStaffWorkOrder } from '../generated/replies/getStaffWorkOrder.js';
import { listStaffWorkOrders } from '../generated/replies/listStaffWorkOrders.js';
import { replyWorkOrder } from '../generated/replies/replyWorkOrder.js';
import { returnWorkOrder } from '../generated/replies/returnWorkOrder.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import { everyItem } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { WorkOrderOptions } from '../resources/work-orders.js';
import type {
  StaffWorkOrder, StaffWorkOrderListItem, StaffWorkOrderPage, StaffWorkOrderQuery, StaffWorkOrderRequest, WorkOrderResolution,
} from '../types.js';

/**
 * Work orders on the staff side: the queue (contacts masked, no question),
 * opening one (the question and contact in full; the server audits it), a
 * hotline call recorded with the caller's oral consent, passing on,
 * answering and closing, and a center sending one back to the hotline. A
 * refusal is a PlsApiError with the contract's code (403 `staff-forbidden`,
 * 409 `work-order-closed` or `work-order-answered`; returning one at no
 * center, 409 `work-order-not-assigned`).
 */
export interface StaffWorkOrdersResource {
  /** One page of the queue, earliest due first. */
  list(query?: StaffWorkOrderQuery, call?: RequestOptions): Promise<StaffWorkOrderPage>;
  /** The whole queue matching the query, page after page. */
  listAll(query?: StaffWorkOrderQuery, call?: RequestOptions): AsyncGenerator<StaffWorkOrderListItem, void, undefined>;
  /** Opens one: the question and the contact in full. */
  get(reference: string, call?: RequestOptions): Promise<StaffWorkOrder>;
  /** Records a hotline call; retried safely under one Idempotency-Key. */
  create(request: StaffWorkOrderRequest, options?: WorkOrderOptions): Promise<StaffWorkOrder>;
  /** Passes it to a center. */
  assign(reference: string, center: string, call?: RequestOptions): Promise<StaffWorkOrder>;
  /** Answers it (once); the resident gets a text message saying there is an answer. */
  reply(reference: string, text: string, call?: RequestOptions): Promise<StaffWorkOrder>;
  /** Closes it with how it ended. */
  close(reference: string, resolution: WorkOrderResolution, call?: RequestOptions): Promise<StaffWorkOrder>;
  /** Sends it back to the hotline from the center it is at (退回), with why; staff read the reason, the resident does not. */
  returnToHotline(reference: string, reason: string, call?: RequestOptions): Promise<StaffWorkOrder>;
}

export function createStaffWorkOrdersResource(send: Transport): StaffWorkOrdersResource {
  const one = (reference: string, step = '') => `v1/staff/work-orders/${encodeURIComponent(reference)}${step}`;
  const list = (query: StaffWorkOrderQuery = {}, call?: RequestOptions): Promise<StaffWorkOrderPage> =>
    send({ reply: listStaffWorkOrders, method: 'get', path: 'v1/staff/work-orders', query }, call);
  return {
    list,
    listAll: (query = {}, call) => everyItem(list, query, call),
    get: (reference, call) => send({ reply: getStaffWorkOrder, method: 'get', path: one(reference) }, call),
    create: (request, { idempotencyKey = newIdempotencyKey(), ...call } = {}) => send({
      reply: createStaffWorkOrder, method: 'post', path: 'v1/staff/work-orders', body: request, headers: { 'idempotency-key': idempotencyKey },
    }, call),
    assign: (reference, center, call) => send({ reply: assignWorkOrder, method: 'post', path: one(reference, '/assign'), body: { center } }, call),
    reply: (reference, text, call) => send({ reply: replyWorkOrder, method: 'post', path: one(reference, '/reply'), body: { text } }, call),
    close: (reference, resolution, call) => send({ reply: closeWorkOrder, method: 'post', path: one(reference, '/close'), body: { resolution } }, call),
    returnToHotline: (reference, reason, call) => send({ reply: returnWorkOrder, method: 'post', path: one(reference, '/return'), body: { reason } }, call),
  };
}
