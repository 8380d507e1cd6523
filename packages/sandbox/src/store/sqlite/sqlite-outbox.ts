// The outbox on the SQLite file (../outbox-store.ts says what it answers):
// the SQL of each step around the decisions of ../outbox-decisions.ts. One
// process serves a file, so its leases only guard against itself; takeOver
// gives back what a killed process held.
import { randomUUID } from 'node:crypto';
import { shanghaiDateTime } from '@plskit/core';
import type { PlskitEvent } from '../../events/event.js';
import { smsNotificationFor, type SmsRecipient } from '../../notifications/sms-notification.js';
import { contactRetentionCutoff } from '../appointment-decisions.js';
import { attemptRecord, createdSince, routePlan, settlement, type RoutePlan } from '../outbox-decisions.js';
import { REPLAYED, toClaimed, toLogEntry, type DeliverySqlRow, type EventSqlRow } from '../outbox-rows.js';
import type { OutboxStore } from '../outbox-store.js';
import type { SqliteDatabase } from './sqlite-database.js';
import type { SqliteTransactions } from './sqlite-transactions.js';

/** A delivery due at once (next_attempt_at 0); `onConflict` says what becomes of one already there. */
const deliveryInsert = (onConflict: string) => `INSERT INTO deliveries (message_id, event_id, event_type, target, next_attempt_at, created_at)
  VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (message_id, target) ${onConflict}`;

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Writes an event; call it inside the change's write transaction, so both commit or neither does. */
export function sqliteEventWriter(db: SqliteDatabase): (event: PlskitEvent) => void {
  const insert = db.prepare('INSERT INTO events (id, type, created, body) VALUES (?, ?, ?, ?)');
  return (event) => { insert.run(event.id, event.type, event.created, JSON.stringify(event)); };
}

export function sqliteOutbox({ db, read, write }: SqliteTransactions): OutboxStore {
  const anyUnrouted = db.prepare('SELECT 1 FROM events WHERE routed = 0 LIMIT 1').pluck();
  const unrouted = db.prepare('SELECT seq, id, type, created, body FROM events WHERE routed = 0 ORDER BY seq LIMIT ?');
  const markRouted = db.prepare('UPDATE events SET routed = 1 WHERE seq = ?');
  const addDelivery = db.prepare(deliveryInsert('DO NOTHING'));
  const addNotification = db.prepare('INSERT INTO notifications (id, event_id, body, created_at) VALUES (?, ?, ?, ?)');
  const bookingRecipient = db.prepare(`SELECT a.contact_phone AS phone, a.locale, a.privacy_notice AS privacyNotice, c.name AS centerName
    FROM appointments a JOIN service_centers c ON c.id = a.center_id WHERE a.reference = ?`);
  const workOrderRecipient = db.prepare(`SELECT contact_phone AS phone, locale, privacy_notice AS privacyNotice FROM work_orders WHERE reference = ?`);
  const recipientOf = (sms: NonNullable<RoutePlan['sms']>) =>
    ('workOrder' in sms ? workOrderRecipient.get(sms.workOrder) : bookingRecipient.get(sms.appointment)) as SmsRecipient | undefined;
  const leased = db.prepare('SELECT attempts FROM deliveries WHERE id = ? AND lease_token = ? AND state = \'pending\'').pluck();
  const record = db.prepare(`UPDATE deliveries SET state = @state, attempts = @attempts, next_attempt_at = @next,
    lease_until = NULL, lease_token = NULL, last_status = @status, last_error = @error, last_attempt_at = @at WHERE id = @id`);
  const forgetNotification = db.prepare('DELETE FROM notifications WHERE id = ?');
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
          for (const target of plan.endpoints) addDelivery.run(row.id, row.id, row.type, target, row.created);
          const message = plan.sms && smsNotificationFor(plan.sms.template, event, recipientOf(plan.sms), now, plan.sms.bookAgainUrl);
          if (message && routing.smsGateway) {
            addNotification.run(message.id, row.id, JSON.stringify(message), row.created);
            addDelivery.run(message.id, row.id, row.type, routing.smsGateway, row.created);
          }
          markRouted.run(row.seq);
        }
        return rows.length;
      });
    },
    async claim(targets, nowMs, leaseMs, limit) {
      if (targets.length === 0) return [];
      const due = db.prepare(`SELECT d.*, COALESCE(e.body, n.body) AS body FROM deliveries d
        LEFT JOIN events e ON e.id = d.message_id LEFT JOIN notifications n ON n.id = d.message_id
        WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until <= ?)
        AND d.target IN (${placeholders(targets)}) ORDER BY d.next_attempt_at, d.id LIMIT ?`);
      const params = [nowMs, nowMs, ...targets, limit];
      // nothing due: no write lock taken (the deliverer asks every second)
      if (read(() => due.get(...params)) === undefined) return [];
      return write(() => {
        const rows = due.all(...params) as (DeliverySqlRow & { body: string })[];
        const lease = randomUUID();
        const take = db.prepare('UPDATE deliveries SET lease_until = ?, lease_token = ? WHERE id = ?');
        for (const row of rows) take.run(nowMs + leaseMs, lease, row.id);
        return rows.map((row) => toClaimed(row, lease));
      });
    },
    settle(delivery, outcome, policy, nowMs) {
      return write(() => {
        const attemptsBefore = leased.get(delivery.id, delivery.lease) as number | undefined;
        if (attemptsBefore === undefined) return undefined;
        const attempts = attemptsBefore + 1;
        const result = settlement(attempts, outcome, policy, nowMs);
        const { status, error } = attemptRecord(outcome);
        record.run({
          id: delivery.id, state: result.state, attempts, next: result.state === 'pending' ? result.nextAttemptAt : nowMs,
          status, error, at: shanghaiDateTime(new Date(nowMs)),
        });
        // settled either way: the text message's number is not kept a moment longer
        if (result.state !== 'pending') forgetNotification.run(delivery.messageId);
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
        for (const target of targets) replay.run(event.id, event.id, event.type, target, event.created);
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
        const messages = db.prepare('DELETE FROM notifications WHERE created_at < ?').run(cutoff).changes;
        return messages + db.prepare('DELETE FROM events WHERE created < ?').run(cutoff).changes;
      });
      // as with contact data: the zeroed pages reach the file, the WAL's copies go
      if (erased > 0) read(() => db.pragma('wal_checkpoint(TRUNCATE)'));
      return erased;
    },
  };
}
