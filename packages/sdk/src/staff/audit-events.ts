import { listAuditEvents } from '../generated/replies/listAuditEvents.js';
import { everyItem } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { AuditEvent, AuditEventPage, AuditEventQuery } from '../types.js';

/** Who read residents' personal data and who did what (supervisors only); reading it is recorded too. */
export interface AuditEventsResource {
  /** One page, newest first. */
  list(query?: AuditEventQuery, call?: RequestOptions): Promise<AuditEventPage>;
  /** Every event matching the query, page after page. */
  listAll(query?: AuditEventQuery, call?: RequestOptions): AsyncGenerator<AuditEvent, void, undefined>;
}

export function createAuditEventsResource(send: Transport): AuditEventsResource {
  const list = (query: AuditEventQuery = {}, call?: RequestOptions): Promise<AuditEventPage> =>
    send({ reply: listAuditEvents, method: 'get', path: 'v1/staff/audit-events', query }, call);
  return { list, listAll: (query = {}, call) => everyItem(list, query, call) };
}
