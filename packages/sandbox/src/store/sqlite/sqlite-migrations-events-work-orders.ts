// Migrations on events out (the outbox, residents' text messages, the
// delivery log) and residents' work orders. sqlite-migrations.ts puts them in order.
import type { SqliteMigration } from './sqlite-migration.js';

export const SQLITE_EVENTS_WORK_ORDERS_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 7,
    name: 'events out: the outbox, residents\' text messages and the delivery log',
    // an event is written in the transaction of its change (routed = 0), then
    // routed to one delivery per endpoint and text message; a text message's
    // row (the only copy of a phone number outside its booking) is erased once
    // its delivery settles. Times the deliverer schedules by are wall-clock ms.
    sql: `
      ALTER TABLE appointments ADD COLUMN locale TEXT NOT NULL DEFAULT 'zh-CN';
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        created TEXT NOT NULL,
        body TEXT NOT NULL,
        routed INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX events_unrouted ON events(seq) WHERE routed = 0;
      CREATE INDEX events_created ON events(created);
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY, event_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE INDEX notifications_created ON notifications(created_at);
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        target TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        lease_token TEXT,
        last_status INTEGER,
        last_error TEXT,
        last_attempt_at TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (message_id, target)
      );
      CREATE INDEX deliveries_due ON deliveries(next_attempt_at) WHERE state = 'pending';
      CREATE INDEX deliveries_state_created ON deliveries(state, created_at);`,
  },
  {
    version: 8,
    name: 'work orders: residents\' questions and call-back requests',
    // no foreign key to service_centers: a work order outlives a roster import
    // that renumbers centers. The timeline (with the answers) is JSON; the
    // question, contact and answers go when the retention after closing runs
    // out, leaving codes and days in work_order_history (PIPL Arts 19, 47)
    sql: `
      CREATE TABLE work_orders (
        reference TEXT PRIMARY KEY,
        manage_token_hash TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('question', 'callback')),
        channel TEXT NOT NULL CHECK (channel IN ('web', 'hotline')),
        status TEXT NOT NULL CHECK (status IN ('received', 'assigned', 'answered', 'closed')),
        topic TEXT NOT NULL,
        region TEXT NOT NULL,
        center_id TEXT,
        callback_date TEXT,
        callback_part TEXT CHECK (callback_part IN ('morning', 'afternoon')),
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        question TEXT NOT NULL,
        privacy_notice TEXT NOT NULL,
        locale TEXT NOT NULL,
        due_by TEXT NOT NULL,
        resolution TEXT,
        timeline TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        answered_at TEXT
      );
      CREATE INDEX work_orders_due ON work_orders(due_by, reference);
      CREATE INDEX work_orders_status_due ON work_orders(status, due_by, reference);
      CREATE INDEX work_orders_center_due ON work_orders(center_id, due_by, reference);
      CREATE INDEX work_orders_closed ON work_orders(closed_at) WHERE closed_at IS NOT NULL;
      CREATE TABLE work_order_history (
        kind TEXT NOT NULL, channel TEXT NOT NULL, topic TEXT NOT NULL, region TEXT NOT NULL, center_id TEXT,
        received_on TEXT NOT NULL, due_by TEXT NOT NULL, answered_on TEXT, closed_on TEXT NOT NULL, resolution TEXT NOT NULL
      );`,
  },
];
