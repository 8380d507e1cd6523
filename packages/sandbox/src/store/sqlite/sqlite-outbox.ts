// The outbox on the SQLite file (../outbox-store.ts says what it answers):
// the SQL of each step around the decisions of ../outbox-decisions.ts. One
// process serves a file, so its leases only guard against itself; takeOver
// gives back what a killed process held. A text message is kept sealed
// (../outbox-rows.ts), with its data key, until it settles.
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
import { sqliteDataKeys } from './sqlite-data-keys.js';
import type { SqliteDatabase } from './sqlite-database.js';
import type { SqliteTransactions } from './sqlite-transactions.js';

/** A delivery due at once (next_attempt_at 0); `onConflict` says what becomes of one already there. */
const deliveryInsert = (onConflict: string) => `INSERT INTO deliveries (message_id, event_id, event_type, target, next_attempt_at, created_at, expires_at)
  VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (message_id, target) ${onConflict}`;

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Writes an event; call it inside the change's write transaction, so both commit or neither does. */
export function sqliteEventWriter(db: SqliteDatabase): (event: PlskitEvent) => void {
  const insert = db.prepare('INSERT INTO events (id, type, created, body) VALUES (?, ?, ?, ?)');
  return (event) => { insert.run(event.id, event.type, event.created, JSON.stringify(event)); };
}

/** Writes a text message, sealed, and its delivery to the gateway; call it inside a write transaction. */
export function sqliteNotificationWriter(db: SqliteDatabase, vault: ContactVault): (message: SmsNotification, source: MessageSource, gateway: string) => void {
  const keys = sqliteDataKeys(db);
  const insert = db.prepare('INSERT INTO notifications (id, event_id, created_at, data_key, sealed_body) VALUES (?, ?, ?, ?, ?)');
  const deliver = db.prepare(deliveryInsert('DO NOTHING'));
  return (message, source, gateway) => {
    const { key, sealed } = sealNotification(vault, message);
    keys.add(key);
    insert.run(message.id, source.eventId, source.created, key.id, sealed);
    deliver.run(message.id, source.eventId, source.eventType, gateway, source.created, source.expiresAtMs ?? null);
  };
}

export function sqliteOutbox({ db, read, write }: SqliteTransactions, vault: ContactVault): OutboxStore {
  const anyUnrouted = db.prepare('SELECT 1 FROM events WHERE routed = 0 LIMIT 1').pluck();
  const unrouted = db.prepare('SELECT seq, id, type, created, body FROM events WHERE routed = 0 ORDER BY seq LIMIT ?');
  const markRouted = db.prepare('UPDATE events SET routed = 1 WHERE seq = ?');
  const addDelivery = db.prepare(deliveryInsert('DO NOTHING'));
  const addNotification = sqliteNotificationWriter(db, vault);
  const bookingRecipient = db.prepare(`SELECT ${RECIPIENT_COLUMNS} FROM appointments a JOIN service_centers c ON c.id = a.center_id
    JOIN data_keys k ON k.id = a.data_key WHERE a.reference = ?`);
  const workOrderRecipient = db.prepare(`${OPENABLE_WORK_ORDERS} WHERE w.reference = ?`);
  // a booking's or a work order's number is opened from its seal (the SMS channel's read)
  const recipientOf = (sms: NonNullable<RoutePlan['sms']>): SmsRecipient | undefined => ('workOrder' in sms
    ? workOrderRecipientOf(vault, workOrderRecipient.get(sms.workOrder) as OpenableWorkOrderRow | undefined)
    : smsRecipient(vault, bookingRecipient.get(sms.appointment) as RecipientSqlRow | undefined));
  const keys = sqliteDataKeys(db);
  const leased = db.prepare('SELECT attempts FROM deliveries WHERE id = ? AND lease_token = ? AND state = \'pending\'').pluck();
  const record = db.prepare(`UPDATE deliveries SET state = @state, attempts = @attempts, next_attempt_at = @next,
    lease_until = NULL, lease_token = NULL, last_status = @status, last_error = @error, last_attempt_at = @at WHERE id = @id`);
  const notificationKey = db.prepare('SELECT data_key FROM notifications WHERE id = ?').pluck();
  const deleteNotification = db.prepare('DELETE FROM notifications WHERE id = ?');
  // the message and its key go together: a copy of the row left anywhere cannot be opened
  const forgetNotification = (id: string) => {
    keys.remove([notificationKey.get(id) as string | undefined ?? null]);
    deleteNotification.run(id);
  };
  const release = db.prepare('UPDATE deliveries SET lease_until = NULL, lease_token = NULL WHERE id = ? AND lease_token = ?');
  const eventById = db.prepare('SELECT seq, id, type, created, body FROM events WHERE id = ?');
  const replay = db.prepare(deliveryInsert(`DO UPDATE SET ${REPLAYED}`));

  return {
    async route(routing, now, limit = 100) {
      if (!read(() => anyUnrouted.get())) return 0;
      return write(() => {
        const rows = unrouted.all(limit) as EventSqlRow[];
        for (const row of rows) {
          const event = JSON.parse(row.body) as PlskitEvent;
          const plan = routePlan(event, routing);
          for (const target of plan.endpoints) addDelivery.run(row.id, row.id, row.type, target, row.created, null);
          const message = plan.sms && smsNotificationFor(plan.sms.template, event, recipientOf(plan.sms), now, plan.sms);
          if (message && routing.smsGateway) addNotification(message, { eventId: row.id, eventType: row.type, created: row.created }, routing.smsGateway);
          markRouted.run(row.seq);
        }
        return rows.length;
      });
    },
    async claim(targets, nowMs, leaseMs, limit) {
      if (targets.length === 0) return [];
      const due = db.prepare(`SELECT ${DUE_COLUMNS} FROM deliveries d ${DUE_JOINS}
        WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)
        AND d.target IN (${placeholders(targets)}) ORDER BY d.next_attempt_at, d.id LIMIT ?`);
      const params = [nowMs, nowMs, ...targets, limit];
      // nothing due: no write lock taken (the deliverer asks every second)
      if (read(() => due.get(...params)) === undefined) return [];
      return write(() => {
        const rows = due.all(...params) as DueDeliverySqlRow[];
        const lease = randomUUID();
        const take = db.prepare('UPDATE deliveries SET lease_until = ?, lease_token = ? WHERE id = ?');
        for (const row of rows) take.run(nowMs + leaseMs, lease, row.id);
        return rows.map((row) => toClaimed(vault, row, lease));
      });
    },
    settle(delivery, outcome, policy, nowMs) {
      return write(() => {
        const attemptsBefore = leased.get(delivery.id, delivery.lease) as number | undefined;
        if (attemptsBefore === undefined) return undefined;
        const attempts = attemptsBefore + 1;
        const result = settlement(attempts, outcome, { ...policy, ...(delivery.expiresAtMs === undefined ? {} : { expiresAtMs: delivery.expiresAtMs }) }, nowMs);
        const { status, error } = attemptRecord(outcome);
        record.run({
          id: delivery.id, state: result.state, attempts, next: result.state === 'pending' ? result.nextAttemptAt : nowMs,
          status, error, at: shanghaiDateTime(new Date(nowMs)),
        });
        // settled either way: the text message's number is not kept a moment longer
        if (result.state !== 'pending') forgetNotification(delivery.messageId);
        return result;
      });
    },
    async release(deliveries) {
      if (deliveries.length === 0) return;
      await write(() => { for (const d of deliveries) release.run(d.id, d.lease); });
    },
    async takeOver() {
      await write(() => db.prepare("UPDATE deliveries SET lease_until = NULL, lease_token = NULL WHERE state = 'pending' AND lease_token IS NOT NULL").run());
    },
    async nextDue(targets) {
      if (targets.length === 0) return undefined;
      const due = read(() => db.prepare(`SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, 0))) FROM deliveries
        WHERE state = 'pending' AND target IN (${placeholders(targets)})`).pluck().get(...targets)) as number | null;
      return due ?? undefined;
    },
    async deliveries({ state, since, target, limit }) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (state) { where.push('state = ?'); params.push(state); }
      if (since) { where.push('created_at >= ?'); params.push(createdSince(since)); }
      if (target) { where.push('target = ?'); params.push(target); }
      const rows = read(() => db.prepare(`SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC LIMIT ?`).all(...params, limit)) as DeliverySqlRow[];
      return rows.map(toLogEntry);
    },
    replayEvent(eventId, targetsFor) {
      return write(() => {
        const event = eventById.get(eventId) as EventSqlRow | undefined;
        if (!event) return undefined;
        const targets = targetsFor(event.type);
        for (const target of targets) replay.run(event.id, event.id, event.type, target, event.created, null);
        return targets.length;
      });
    },
    replayFailed(since, target) {
      return write(() => db.prepare(`UPDATE deliveries SET ${REPLAYED}
        WHERE state = 'failed' AND message_id = event_id AND created_at >= ?${target ? ' AND target = ?' : ''}`)
        .run(createdSince(since), ...(target ? [target] : [])).changes);
    },
    async eraseExpired(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      const erased = await write(() => {
        db.prepare('DELETE FROM deliveries WHERE created_at < ?').run(cutoff);
        keys.remove(db.prepare('SELECT data_key FROM notifications WHERE created_at < ?').pluck().all(cutoff) as string[]);
        const messages = db.prepare('DELETE FROM notifications WHERE created_at < ?').run(cutoff).changes;
        return messages + db.prepare('DELETE FROM events WHERE created < ?').run(cutoff).changes;
      });
      // as with contact data: the zeroed pages reach the file, the WAL's copies go
      if (erased > 0) read(() => db.pragma('wal_checkpoint(TRUNCATE)'));
      return erased;
    },
  };
}
