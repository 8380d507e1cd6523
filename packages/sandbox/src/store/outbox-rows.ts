// A row of the deliveries table as both engines read it (PostgreSQL's BIGINT
// columns arrive as text), and what the store hands up.
import { shanghaiDateTime } from '@plskit/core';
import type { ClaimedDelivery, DeliveryLogEntry, DeliveryState } from './outbox-store.js';

export interface DeliverySqlRow {
  id: number | string; message_id: string; event_id: string; event_type: string; target: string; state: DeliveryState;
  attempts: number; next_attempt_at: number | string; lease_until: number | string | null; lease_token: string | null;
  last_status: number | null; last_error: string | null; last_attempt_at: string | null; created_at: string;
}

export interface EventSqlRow {
  seq: number | string; id: string; type: string; created: string; body: string;
}

export const toClaimed = (row: DeliverySqlRow & { body: string }, lease: string): ClaimedDelivery => ({
  id: String(row.id), messageId: row.message_id, eventType: row.event_type, target: row.target, attempts: row.attempts, body: row.body, lease,
});

export const toLogEntry = (row: DeliverySqlRow): DeliveryLogEntry => ({
  messageId: row.message_id, eventId: row.event_id, eventType: row.event_type, target: row.target, state: row.state,
  attempts: row.attempts, lastStatus: row.last_status, lastError: row.last_error, lastAttemptAt: row.last_attempt_at,
  nextAttemptAt: row.state === 'pending' ? shanghaiDateTime(new Date(Math.max(Number(row.next_attempt_at), Number(row.lease_until ?? 0)))) : null,
  created: row.created_at,
});

/** Sets a delivery pending again from its first attempt, due at once: a replay. */
export const REPLAYED = `state = 'pending', attempts = 0, next_attempt_at = 0, lease_until = NULL, lease_token = NULL`;
