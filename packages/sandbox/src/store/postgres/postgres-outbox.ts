// The outbox on PostgreSQL, for any number of API nodes (../outbox-store.ts
// says what it answers): the SQL of each step around the decisions of
// ../outbox-decisions.ts. Nodes never wait on each other: routing and claiming
// take the rows no other transaction holds (FOR UPDATE SKIP LOCKED), and a
// claim is a lease written in the row, so a delivery in flight on one node is
// not due on another until its lease runs out (the node died). A text
// message is kept sealed (../outbox-rows.ts), with its data key, until it settles.
import { randomUUID } from 'node:crypto';
import { shanghaiDateTime } from '@plskit/core';
import type { PlskitEvent } from '../../events/event.js';
import type { SmsNotification } from '../../events/event.js';
import { smsNotificationFor, type SmsRecipient } from '../../notifications/sms-notification.js';
import { contactRetentionCutoff } from '../appointment-decisions.js';
import { attemptRecord, createdSince, routePlan, settlement, type RoutePlan } from '../outbox-decisions.js';
import {
  DUE_COLUMNS, DUE_JOINS, RECIPIENT_COLUMNS, REPLAYED, sealNotification, smsRecipient, toClaimed, toLogEntry,
  type DeliverySqlRow, type DueDeliverySqlRow, type EventSqlRow, type MessageSource, type RecipientSqlRow,
} from '../outbox-rows.js';
import type { OutboxStore } from '../outbox-store.js';
import { OPENABLE_WORK_ORDERS, workOrderRecipientOf, type OpenableWorkOrderRow } from '../work-order-rows.js';
import type { ContactVault } from '../sealed-contact.js';
import { addDataKey } from './postgres-data-keys.js';
import { ADVISORY_LOCK, type PostgresClient } from './postgres-database.js';
import { tryJobLock, type PostgresTransactions } from './postgres-transactions.js';

/** A delivery due at once (next_attempt_at 0); `onConflict` says what becomes of one already there. */
const deliveryInsert = (onConflict: string) => `INSERT INTO deliveries (message_id, event_id, event_type, target, next_attempt_at, created_at, expires_at)
  VALUES ($1, $2, $3, $4, 0, $5, $6) ON CONFLICT (message_id, target) ${onConflict}`;

/** Writes an event on the change's own transaction, so both commit or neither does. */
export async function addEvent(client: PostgresClient, event: PlskitEvent): Promise<void> {
  await client.query('INSERT INTO events (id, type, created, body) VALUES ($1, $2, $3, $4)', [event.id, event.type, event.created, JSON.stringify(event)]);
}

/** The resident a text message goes to: a booking's or a work order's, its number opened from the seal. */
async function recipientOf(client: PostgresClient, vault: ContactVault, sms: NonNullable<RoutePlan['sms']>): Promise<SmsRecipient | undefined> {
  if (!('workOrder' in sms)) {
    const { rows } = await client.query<RecipientSqlRow>(`SELECT ${RECIPIENT_COLUMNS} FROM appointments a
      JOIN service_centers c ON c.id = a.center_id JOIN data_keys k ON k.id = a.data_key WHERE a.reference = $1`, [sms.appointment]);
    return smsRecipient(vault, rows[0]);
  }
  const { rows } = await client.query<OpenableWorkOrderRow>(`${OPENABLE_WORK_ORDERS} WHERE w.reference = $1`, [sms.workOrder]);
  return workOrderRecipientOf(vault, rows[0]);
}

/** Writes a text message, sealed, and its delivery to the gateway, on the transaction of what sends it. */
export async function addNotification(client: PostgresClient, vault: ContactVault, message: SmsNotification, source: MessageSource, gateway: string): Promise<void> {
  const { key, sealed } = sealNotification(vault, message);
  await addDataKey(client, key);
  await client.query('INSERT INTO notifications (id, event_id, created_at, data_key, sealed_body) VALUES ($1, $2, $3, $4, $5)',
    [message.id, source.eventId, source.created, key.id, sealed]);
  await client.query(deliveryInsert('DO NOTHING'), [message.id, source.eventId, source.eventType, gateway, source.created, source.expiresAtMs ?? null]);
}

/** A settled (or expired) text message and its data key go together: a copy of the row left anywhere cannot be opened. */
const forgetNotifications = (client: PostgresClient, where: string, value: unknown) => client.query(`WITH gone AS (
    DELETE FROM notifications WHERE ${where} RETURNING data_key), keys AS (DELETE FROM data_keys WHERE id IN (SELECT data_key FROM gone))
  SELECT COUNT(*) AS n FROM gone`, [value]);

export function postgresOutbox({ read, write }: PostgresTransactions, vault: ContactVault): OutboxStore {
  return {
    async route(routing, now, limit = 100) {
      if ((await read('SELECT 1 FROM events WHERE NOT routed LIMIT 1')).length === 0) return 0;
      return write(async (client) => {
        const { rows } = await client.query<EventSqlRow>(`SELECT seq, id, type, created, body FROM events WHERE NOT routed
          ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
        for (const row of rows) {
          const event = JSON.parse(row.body) as PlskitEvent;
          const plan = routePlan(event, routing);
          for (const target of plan.endpoints) await client.query(deliveryInsert('DO NOTHING'), [row.id, row.id, row.type, target, row.created, null]);
          const message = plan.sms && smsNotificationFor(plan.sms.template, event, await recipientOf(client, vault, plan.sms), now, plan.sms);
          if (message && routing.smsGateway) {
            await addNotification(client, vault, message, { eventId: row.id, eventType: row.type, created: row.created }, routing.smsGateway);
          }
        }
        if (rows.length) await client.query('UPDATE events SET routed = TRUE WHERE seq = ANY($1)', [rows.map((r) => r.seq)]);
        return rows.length;
      });
    },
    async claim(targets, nowMs, leaseMs, limit) {
      // nothing due: no transaction at all (every node asks every second)
      if (targets.length === 0 || (await read(`SELECT 1 FROM deliveries WHERE state = 'pending' AND next_attempt_at <= $1
        AND (lease_until IS NULL OR lease_until <= $1) AND target = ANY($2) LIMIT 1`, [nowMs, targets])).length === 0) return [];
      return write(async (client) => {
        const lease = randomUUID();
        await client.query(`WITH due AS (
            SELECT id FROM deliveries WHERE state = 'pending' AND next_attempt_at <= $1
            AND (lease_until IS NULL OR lease_until <= $1) AND target = ANY($2)
            ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
          UPDATE deliveries d SET lease_until = $4, lease_token = $5 FROM due WHERE d.id = due.id`,
        [nowMs, targets, limit, nowMs + leaseMs, lease]);
        const { rows } = await client.query<DueDeliverySqlRow>(`SELECT ${DUE_COLUMNS} FROM deliveries d ${DUE_JOINS}
          WHERE d.lease_token = $1 ORDER BY d.next_attempt_at, d.id`, [lease]);
        return rows.map((row) => toClaimed(vault, row, lease));
      });
    },
    settle(delivery, outcome, policy, nowMs) {
      return write(async (client) => {
        const { rows } = await client.query<{ attempts: number }>(`SELECT attempts FROM deliveries
          WHERE id = $1 AND lease_token = $2 AND state = 'pending' FOR UPDATE`, [delivery.id, delivery.lease]);
        if (!rows[0]) return undefined;
        const attempts = rows[0].attempts + 1;
        const result = settlement(attempts, outcome, { ...policy, ...(delivery.expiresAtMs === undefined ? {} : { expiresAtMs: delivery.expiresAtMs }) }, nowMs);
        const { status, error } = attemptRecord(outcome);
        await client.query(`UPDATE deliveries SET state = $2, attempts = $3, next_attempt_at = $4, lease_until = NULL, lease_token = NULL,
          last_status = $5, last_error = $6, last_attempt_at = $7 WHERE id = $1`,
        [delivery.id, result.state, attempts, result.state === 'pending' ? result.nextAttemptAt : nowMs, status, error, shanghaiDateTime(new Date(nowMs))]);
        // settled either way: the text message's number is not kept a moment longer
        if (result.state !== 'pending') await forgetNotifications(client, 'id = $1', delivery.messageId);
        return result;
      });
    },
    async release(deliveries) {
      if (deliveries.length === 0) return;
      await write((client) => client.query(`UPDATE deliveries d SET lease_until = NULL, lease_token = NULL
        FROM unnest($1::bigint[], $2::text[]) AS given(id, lease) WHERE d.id = given.id AND d.lease_token = given.lease`,
      [deliveries.map((d) => d.id), deliveries.map((d) => d.lease)]));
    },
    // another node may hold a lease: only its running out says that node is gone
    async takeOver() {},
    async nextDue(targets) {
      if (targets.length === 0) return undefined;
      const [row] = await read<{ due: string | null }>(`SELECT MIN(GREATEST(next_attempt_at, COALESCE(lease_until, 0))) AS due
        FROM deliveries WHERE state = 'pending' AND target = ANY($1)`, [targets]);
      return row?.due == null ? undefined : Number(row.due);
    },
    async deliveries({ state, since, target, limit }) {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (condition: string, value: unknown) => { params.push(value); where.push(condition.replace('?', `$${params.length}`)); };
      if (state) add('state = ?', state);
      if (since) add('created_at >= ?', createdSince(since));
      if (target) add('target = ?', target);
      params.push(limit);
      const rows = await read<DeliverySqlRow>(`SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC LIMIT $${params.length}`, params);
      return rows.map(toLogEntry);
    },
    replayEvent(eventId, targetsFor) {
      return write(async (client) => {
        const { rows } = await client.query<EventSqlRow>('SELECT id, type, created FROM events WHERE id = $1', [eventId]);
        const event = rows[0];
        if (!event) return undefined;
        const targets = targetsFor(event.type);
        for (const target of targets) await client.query(deliveryInsert(`DO UPDATE SET ${REPLAYED}`), [event.id, event.id, event.type, target, event.created, null]);
        return targets.length;
      });
    },
    replayFailed(since, target) {
      return write(async (client) => (await client.query(`UPDATE deliveries SET ${REPLAYED}
        WHERE state = 'failed' AND message_id = event_id AND created_at >= $1${target ? ' AND target = $2' : ''}`,
      [createdSince(since), ...(target ? [target] : [])])).rowCount ?? 0);
    },
    eraseExpired(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      return write(async (client) => {
        if (!(await tryJobLock(client, ADVISORY_LOCK.sweep))) return 0;
        await client.query('DELETE FROM deliveries WHERE created_at < $1', [cutoff]);
        const messages = Number((await forgetNotifications(client, 'created_at < $1', cutoff)).rows[0]?.n ?? 0);
        return messages + ((await client.query('DELETE FROM events WHERE created < $1', [cutoff])).rowCount ?? 0);
      });
    },
  };
}
