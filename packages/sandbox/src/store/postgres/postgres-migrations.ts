// The PostgreSQL schema (../migration.ts says the rules): the tables and
// columns of the SQLite one (../sqlite/sqlite-migrations.ts), so both engines
// hold the same rows; each engine numbers its own migrations. Timestamps
// stay ISO 8601 text with +08:00, as the API writes them; lists are jsonb;
// ids sort bytewise (COLLATE "C"), as SQLite's do, so keyset pages agree.
import type pg from 'pg';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { Migration } from '../migration.js';
import { sealExistingRows } from './postgres-seal-existing.js';
import { sealExistingWorkOrders } from './postgres-seal-work-orders.js';

/** A migration whose data step runs on the migrating connection, inside its transaction. */
export type PostgresMigration = Migration<(client: pg.ClientBase, keys: KeyRing | undefined) => Promise<void>>;

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'directory and service network',
    sql: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE dataset_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE service_centers (
        id TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, region TEXT NOT NULL,
        address TEXT NOT NULL, phone TEXT NOT NULL, services JSONB NOT NULL, sort INTEGER NOT NULL
      );
      CREATE TABLE law_firms (
        id TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL
      );
      CREATE TABLE lawyers (
        id TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, sex TEXT NOT NULL, licence_number TEXT NOT NULL UNIQUE,
        category TEXT NOT NULL, firm_id TEXT COLLATE "C" REFERENCES law_firms(id), region TEXT NOT NULL,
        practice_areas JSONB NOT NULL, languages JSONB NOT NULL, first_practice_year INTEGER NOT NULL,
        accepts_legal_aid BOOLEAN NOT NULL, phone TEXT
      );
      CREATE INDEX lawyers_region ON lawyers(region);
      CREATE INDEX lawyers_firm ON lawyers(firm_id);
      -- name search: lower(name) LIKE '%…%' for any part of a name or a firm's name (pg_trgm)
      CREATE INDEX lawyers_name_trgm ON lawyers USING gin (lower(name) gin_trgm_ops);
      CREATE INDEX law_firms_name_trgm ON law_firms USING gin (lower(name) gin_trgm_ops);
      CREATE INDEX lawyers_practice_areas ON lawyers USING gin (practice_areas);
      CREATE TABLE notary_offices (
        id TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL
      );`,
  },
  {
    version: 2,
    name: 'appointments and idempotency',
    sql: `
      CREATE TABLE appointments (
        reference TEXT PRIMARY KEY,
        manage_token_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
        center_id TEXT COLLATE "C" NOT NULL REFERENCES service_centers(id),
        service TEXT NOT NULL,
        slot_start TEXT NOT NULL,
        slot_end TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        contact_id_number TEXT,
        note TEXT,
        privacy_notice TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX appointments_slot ON appointments(center_id, service, slot_start, status);
      -- places taken per slot, claimed by a conditional update: the row lock
      -- makes two nodes' last-place bookings take turns, and the WHERE refuses
      -- the one that comes second
      CREATE TABLE slot_places (
        center_id TEXT COLLATE "C" NOT NULL, service TEXT NOT NULL, slot_start TEXT NOT NULL,
        taken INTEGER NOT NULL CHECK (taken >= 0),
        PRIMARY KEY (center_id, service, slot_start)
      );
      CREATE TABLE idempotency_records (
        key_hash TEXT PRIMARY KEY,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        sealed_response TEXT NOT NULL,
        created_at TEXT NOT NULL
      );`,
  },
  {
    version: 3,
    name: 'appointment history without personal data',
    sql: `
      CREATE TABLE appointment_history (
        center_id TEXT NOT NULL,
        service TEXT NOT NULL,
        day TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled'))
      );
      CREATE INDEX appointments_status_slot ON appointments(status, slot_start);`,
  },
  {
    version: 4,
    name: 'service center hours',
    sql: 'ALTER TABLE service_centers ADD COLUMN opening_hours JSONB;',
  },
  {
    version: 5,
    name: 'events out: the outbox, residents\' text messages and the delivery log',
    sql: `
      ALTER TABLE appointments ADD COLUMN locale TEXT NOT NULL DEFAULT 'zh-CN';
      CREATE TABLE events (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        created TEXT NOT NULL,
        body TEXT NOT NULL,
        routed BOOLEAN NOT NULL DEFAULT FALSE
      );
      CREATE INDEX events_unrouted ON events(seq) WHERE NOT routed;
      CREATE INDEX events_created ON events(created);
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY, event_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE INDEX notifications_created ON notifications(created_at);
      CREATE TABLE deliveries (
        id BIGSERIAL PRIMARY KEY,
        message_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        target TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at BIGINT NOT NULL,
        lease_until BIGINT,
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
    version: 6,
    name: 'work orders: residents\' questions and call-back requests',
    sql: `
      CREATE TABLE work_orders (
        reference TEXT COLLATE "C" PRIMARY KEY,
        manage_token_hash TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('question', 'callback')),
        channel TEXT NOT NULL CHECK (channel IN ('web', 'hotline')),
        status TEXT NOT NULL CHECK (status IN ('received', 'assigned', 'answered', 'closed')),
        topic TEXT NOT NULL,
        region TEXT NOT NULL,
        center_id TEXT COLLATE "C",
        callback_date TEXT,
        callback_part TEXT CHECK (callback_part IN ('morning', 'afternoon')),
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        question TEXT NOT NULL,
        privacy_notice TEXT NOT NULL,
        locale TEXT NOT NULL,
        due_by TEXT COLLATE "C" NOT NULL,
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
  {
    version: 7,
    name: 'the centers\' side: visit statuses, booking channel, closures and the audit log',
    sql: `
      ALTER TABLE appointments DROP CONSTRAINT appointments_status_check;
      ALTER TABLE appointments ADD CONSTRAINT appointments_status_check
        CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show', 'cancelled-by-center'));
      ALTER TABLE appointments ADD COLUMN channel TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'hotline'));
      CREATE INDEX appointments_center_slot ON appointments(center_id, slot_start);
      ALTER TABLE appointment_history DROP CONSTRAINT appointment_history_status_check;
      ALTER TABLE appointment_history ADD CONSTRAINT appointment_history_status_check
        CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show', 'cancelled-by-center'));
      ALTER TABLE appointment_history ADD COLUMN channel TEXT NOT NULL DEFAULT 'web';
      CREATE INDEX appointment_history_center_day ON appointment_history(center_id, day);
      CREATE TABLE closures (
        id TEXT PRIMARY KEY,
        center_id TEXT COLLATE "C" NOT NULL REFERENCES service_centers(id),
        day TEXT NOT NULL,
        from_time TEXT,
        to_time TEXT,
        reason_zh TEXT NOT NULL,
        reason_en TEXT NOT NULL,
        cancelled INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        reopened_at TEXT
      );
      CREATE INDEX closures_center_day ON closures(center_id, day);
      CREATE TABLE audit_events (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        center_id TEXT,
        day TEXT,
        reference TEXT,
        refs TEXT,
        closure_id TEXT,
        client TEXT NOT NULL
      );
      CREATE INDEX audit_events_at ON audit_events(at);
      CREATE INDEX audit_events_actor ON audit_events(actor, seq);`,
  },
  {
    version: 8,
    name: 'service points: the whole network',
    sql: `
      ALTER TABLE service_centers ADD COLUMN township TEXT, ADD COLUMN latitude DOUBLE PRECISION,
        ADD COLUMN longitude DOUBLE PRECISION, ADD COLUMN location_precision INTEGER;
      CREATE TABLE service_points (
        id TEXT COLLATE "C" PRIMARY KEY, kind TEXT NOT NULL, sort INTEGER NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL,
        township TEXT, village TEXT, address TEXT NOT NULL, phone TEXT NOT NULL, services JSONB NOT NULL,
        opening_hours JSONB, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, location_precision INTEGER, details JSONB NOT NULL
      );
      CREATE INDEX service_points_kind_sort ON service_points(kind, sort);
      INSERT INTO service_points (id, kind, sort, name, region, address, phone, services, details)
        SELECT id, 'notary-office', ROW_NUMBER() OVER (ORDER BY id) - 1, name, region, address, phone, '["notarization"]', '{}'
        FROM notary_offices;
      DROP TABLE notary_offices;
      CREATE VIEW service_point_list AS
        SELECT id, 'public-legal-service-center' AS kind, 0 AS kind_rank, sort, name, level, region,
          CASE WHEN township IS NULL THEN region ELSE substr(township, 1, 6) END AS county, township, NULL::text AS village,
          address, phone, services, opening_hours, latitude, longitude, location_precision, '{}'::jsonb AS details
        FROM service_centers
        UNION ALL
        SELECT id, kind, CASE kind WHEN 'village-legal-adviser' THEN 1 WHEN 'notary-office' THEN 2 WHEN 'forensic-appraisal-body' THEN 3
            WHEN 'mediation-committee' THEN 4 ELSE 5 END, sort, name, NULL::text, region,
          CASE WHEN township IS NULL THEN region ELSE substr(township, 1, 6) END, township, village,
          address, phone, services, opening_hours, latitude, longitude, location_precision, details
        FROM service_points;`,
  },
  {
    version: 9,
    name: 'contact data sealed at rest, phone confirmation, limits per person',
    // as SQLite's migration 11: personal fields sealed under per-record data
    // keys (data_keys), a masked copy for residents' reads, a blind index for
    // a number's other bookings; phone verifications keep no number. The data
    // step seals the rows kept in clear; DROP COLUMN only hides a column, so
    // VACUUM FULL then rewrites the tables without it (and without the dead
    // row versions that still held it)
    sql: `
      CREATE TABLE data_keys (id TEXT PRIMARY KEY, kek_id TEXT NOT NULL, wrapped TEXT NOT NULL);
      CREATE INDEX data_keys_kek ON data_keys(kek_id);
      ALTER TABLE appointments ADD COLUMN data_key TEXT;
      ALTER TABLE appointments ADD COLUMN sealed_contact TEXT;
      ALTER TABLE appointments ADD COLUMN shown_contact TEXT;
      ALTER TABLE appointments ADD COLUMN phone_key TEXT;
      ALTER TABLE notifications ADD COLUMN data_key TEXT;
      ALTER TABLE notifications ADD COLUMN sealed_body TEXT;
      ALTER TABLE deliveries ADD COLUMN expires_at BIGINT;
      CREATE TABLE phone_verifications (
        id TEXT PRIMARY KEY,
        purpose TEXT NOT NULL CHECK (purpose IN ('booking', 'work-order')),
        phone_key TEXT NOT NULL,
        client_key TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL CHECK (state IN ('sent', 'confirmed', 'locked', 'used')),
        code_expires_at TEXT NOT NULL,
        token_hash TEXT,
        token_expires_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX phone_verifications_phone ON phone_verifications(phone_key, created_at);
      CREATE INDEX phone_verifications_client ON phone_verifications(client_key, created_at);
      CREATE INDEX phone_verifications_created ON phone_verifications(created_at);`,
    data: async (client, keys) => {
      await sealExistingRows(client, keys);
      await client.query(`
        ALTER TABLE appointments DROP COLUMN contact_name, DROP COLUMN contact_phone, DROP COLUMN contact_id_number, DROP COLUMN note,
          ALTER COLUMN data_key SET NOT NULL, ALTER COLUMN sealed_contact SET NOT NULL, ALTER COLUMN shown_contact SET NOT NULL,
          ALTER COLUMN phone_key SET NOT NULL;
        ALTER TABLE notifications DROP COLUMN body, ALTER COLUMN data_key SET NOT NULL, ALTER COLUMN sealed_body SET NOT NULL;
        CREATE INDEX appointments_phone_key ON appointments(phone_key, status, slot_start);`);
    },
    afterCommit: 'VACUUM FULL appointments, notifications, idempotency_records',
  },
  {
    version: 10,
    name: 'work orders sealed at rest, limited per number',
    // as SQLite's migration 12: a work order's name, phone, question and
    // answers sealed under its own data key, a masked copy for the queue, the
    // number's blind index for its limit; VACUUM FULL then rewrites the table
    // without the dropped columns (and the dead row versions that held them)
    sql: `
      ALTER TABLE work_orders ADD COLUMN data_key TEXT;
      ALTER TABLE work_orders ADD COLUMN sealed_contact TEXT;
      ALTER TABLE work_orders ADD COLUMN shown_contact TEXT;
      ALTER TABLE work_orders ADD COLUMN phone_key TEXT;`,
    data: async (client, keys) => {
      await sealExistingWorkOrders(client, keys);
      await client.query(`
        ALTER TABLE work_orders DROP COLUMN contact_name, DROP COLUMN contact_phone, DROP COLUMN question,
          ALTER COLUMN data_key SET NOT NULL, ALTER COLUMN sealed_contact SET NOT NULL, ALTER COLUMN shown_contact SET NOT NULL,
          ALTER COLUMN phone_key SET NOT NULL;
        CREATE INDEX work_orders_phone_key ON work_orders(phone_key, status);`);
    },
    afterCommit: 'VACUUM FULL work_orders',
  },
];
