// The event each change of a work order writes, in the change's own
// transaction. An event says what happened to which work order by its
// reference and codes: never the resident's name, phone or question, the
// answer, or the manage token (the contract's EventWorkOrder admits nothing else).
import { newEvent, type EventWorkOrder, type PlskitEvent } from '../events/event.js';
import type { StoredWorkOrder, WorkOrderResolution } from './work-order-store.js';

export function eventWorkOrder(w: StoredWorkOrder): EventWorkOrder {
  return {
    reference: w.reference, kind: w.kind, channel: w.channel, status: w.status, topic: w.topic, region: w.region,
    center: w.centerId, dueBy: w.dueBy,
  };
}

export const createdEvent = (w: StoredWorkOrder): PlskitEvent =>
  newEvent('work-order.created', { workOrder: eventWorkOrder(w) }, w.updatedAt);

export const assignedEvent = (w: StoredWorkOrder, before: StoredWorkOrder): PlskitEvent =>
  newEvent('work-order.assigned', { workOrder: eventWorkOrder(w), previousCenter: before.centerId }, w.updatedAt);

/** Its route sends the resident a text message that there is an answer (never the answer). */
export const repliedEvent = (w: StoredWorkOrder): PlskitEvent =>
  newEvent('work-order.replied', { workOrder: eventWorkOrder(w) }, w.updatedAt);

/** The center it came back from; never the reason (staff's words). */
export const returnedEvent = (w: StoredWorkOrder, before: StoredWorkOrder): PlskitEvent =>
  newEvent('work-order.returned', { workOrder: eventWorkOrder(w), returnedBy: before.centerId ?? '' }, w.updatedAt);

export const closedEvent = (w: StoredWorkOrder, resolution: WorkOrderResolution): PlskitEvent =>
  newEvent('work-order.closed', { workOrder: eventWorkOrder(w), resolution }, w.updatedAt);
