// The SQLite schema, migration by migration (../migration.ts says the rules).
import type Database from 'better-sqlite3';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { Migration } from '../migration.js';
import { sealExistingRows } from './sqlite-seal-existing.js';
import { sealExistingWorkOrders } from './sqlite-seal-work-orders.js';

/** A migration whose data step runs inside better-sqlite3's (synchronous) transaction. */
export type SqliteMigration = Migration<(db: Database.Database, keys: KeyRing | undefined) => void>;

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'directory and service network',
    sql: `
      CREATE TABLE dataset_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE service_centers (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, region TEXT NOT NULL,
        address TEXT NOT NULL, phone TEXT NOT NULL, services TEXT NOT NULL, sort INTEGER NOT NULL
      );
      CREATE TABLE law_firms (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL
      );
      CREATE TABLE lawyers (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, sex TEXT NOT NULL, licence_number TEXT NOT NULL UNIQUE,
        category TEXT NOT NULL, firm_id TEXT REFERENCES law_firms(id), region TEXT NOT NULL,
        practice_areas TEXT NOT NULL, languages TEXT NOT NULL, first_practice_year INTEGER NOT NULL,
        accepts_legal_aid INTEGER NOT NULL, phone TEXT
      );
      CREATE INDEX lawyers_region ON lawyers(region);
      CREATE INDEX lawyers_firm ON lawyers(firm_id);
      CREATE TABLE notary_offices (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL
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
        center_id TEXT NOT NULL REFERENCES service_centers(id),
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
      -- the key itself is not stored: key_hash finds the row, and the first
      -- response (which holds the manage token) is sealed with a key derived from it
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
    // what stays of a booking once its contact data is erased (PIPL Art 19,
    // 47): enough for statistics, nothing that names a person or a booking
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
    // a center's own hours (OpeningHours JSON) from an imported roster; NULL keeps the default hours
    sql: 'ALTER TABLE service_centers ADD COLUMN opening_hours TEXT;',
  },
  {
    version: 5,
    name: 'directory search indexes',
    // a search reads the rows of its answer, never the whole table: one index
    // per filter ending in id (lists page in id order), junction tables for
    // the JSON lists, and n-grams of names for q (sqlite-search-index.ts fills them)
    sql: `
      DROP INDEX lawyers_region;
      DROP INDEX lawyers_firm;
      CREATE INDEX lawyers_region_id ON lawyers(region, id);
      CREATE INDEX lawyers_firm_id ON lawyers(firm_id, id);
      CREATE INDEX lawyers_category_id ON lawyers(category, id);
      CREATE INDEX lawyers_legal_aid_id ON lawyers(accepts_legal_aid, id);
      CREATE INDEX lawyers_first_year_id ON lawyers(first_practice_year, id);
      CREATE INDEX law_firms_region_id ON law_firms(region, id);
      CREATE TABLE lawyer_practice_areas (area TEXT NOT NULL, lawyer_id TEXT NOT NULL, PRIMARY KEY (area, lawyer_id)) WITHOUT ROWID;
      CREATE TABLE lawyer_languages (language TEXT NOT NULL, lawyer_id TEXT NOT NULL, PRIMARY KEY (language, lawyer_id)) WITHOUT ROWID;
      CREATE TABLE firm_practice_areas (area TEXT NOT NULL, firm_id TEXT NOT NULL, PRIMARY KEY (area, firm_id)) WITHOUT ROWID;
      CREATE INDEX firm_practice_areas_firm ON firm_practice_areas(firm_id, area);
      -- rank: 0 the gram is the whole name, 1 it starts the name, 2 it is inside the name, 3 inside the firm's name
      CREATE TABLE lawyer_name_grams (gram TEXT NOT NULL, rank INTEGER NOT NULL, lawyer_id TEXT NOT NULL,
        PRIMARY KEY (gram, rank, lawyer_id)) WITHOUT ROWID;
      CREATE TABLE firm_name_grams (gram TEXT NOT NULL, rank INTEGER NOT NULL, firm_id TEXT NOT NULL,
        PRIMARY KEY (gram, rank, firm_id)) WITHOUT ROWID;
      -- every write to the directory counts up its version: the search tables
      -- record the version they were built from, the store's caches the one they hold
      INSERT INTO dataset_meta (key, value) VALUES ('directory_version', '0');
      CREATE TRIGGER lawyers_changed_insert AFTER INSERT ON lawyers BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER lawyers_changed_update AFTER UPDATE ON lawyers BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER lawyers_changed_delete AFTER DELETE ON lawyers BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER law_firms_changed_insert AFTER INSERT ON law_firms BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER law_firms_changed_update AFTER UPDATE ON law_firms BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER law_firms_changed_delete AFTER DELETE ON law_firms BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;`,
  },
  {
    version: 6,
    name: 'places taken per slot',
    // one source of the places a slot has taken, as on PostgreSQL: booking
    // counts and claims them here, availability reads them here
    sql: `
      CREATE TABLE slot_places (
        center_id TEXT NOT NULL, service TEXT NOT NULL, slot_start TEXT NOT NULL,
        taken INTEGER NOT NULL CHECK (taken >= 0),
        PRIMARY KEY (center_id, service, slot_start)
      ) WITHOUT ROWID;
      INSERT INTO slot_places (center_id, service, slot_start, taken)
        SELECT center_id, service, slot_start, COUNT(*) FROM appointments WHERE status = 'booked' GROUP BY center_id, service, slot_start;`,
  },
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
  {
    version: 9,
    name: 'the centers\' side: visit statuses, booking channel, closures and the audit log',
    // SQLite cannot change a CHECK: appointments and their history are copied
    // into tables with the wider status list (checked-in, no-show,
    // cancelled-by-center) and a channel (every booking so far came from the
    // web); closures and audit events get tables of their own. Audit events
    // name the staff member (sub) and references, never a resident's contact data.
    sql: `
      CREATE TABLE appointments_v9 (
        reference TEXT PRIMARY KEY,
        manage_token_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show', 'cancelled-by-center')),
        center_id TEXT NOT NULL REFERENCES service_centers(id),
        service TEXT NOT NULL,
        slot_start TEXT NOT NULL,
        slot_end TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        contact_id_number TEXT,
        note TEXT,
        privacy_notice TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        locale TEXT NOT NULL DEFAULT 'zh-CN',
        channel TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'hotline'))
      );
      INSERT INTO appointments_v9 (reference, manage_token_hash, status, center_id, service, slot_start, slot_end, contact_name,
        contact_phone, contact_id_number, note, privacy_notice, created_at, updated_at, locale)
        SELECT reference, manage_token_hash, status, center_id, service, slot_start, slot_end, contact_name,
        contact_phone, contact_id_number, note, privacy_notice, created_at, updated_at, locale FROM appointments;
      DROP TABLE appointments;
      ALTER TABLE appointments_v9 RENAME TO appointments;
      CREATE INDEX appointments_slot ON appointments(center_id, service, slot_start, status);
      CREATE INDEX appointments_status_slot ON appointments(status, slot_start);
      CREATE INDEX appointments_center_slot ON appointments(center_id, slot_start);
      CREATE TABLE appointment_history_v9 (
        center_id TEXT NOT NULL,
        service TEXT NOT NULL,
        day TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show', 'cancelled-by-center')),
        channel TEXT NOT NULL DEFAULT 'web'
      );
      INSERT INTO appointment_history_v9 (center_id, service, day, status) SELECT center_id, service, day, status FROM appointment_history;
      DROP TABLE appointment_history;
      ALTER TABLE appointment_history_v9 RENAME TO appointment_history;
      CREATE INDEX appointment_history_center_day ON appointment_history(center_id, day);
      CREATE TABLE closures (
        id TEXT PRIMARY KEY,
        center_id TEXT NOT NULL REFERENCES service_centers(id),
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
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
    version: 10,
    name: 'service points: the whole network',
    // the centers keep their table (appointments name them) and gain a
    // township and a WGS-84 location; every other kind of point is a row of
    // service_points, the notary offices moved there; one view reads both.
    // Their writes count the directory's version up, as lawyers' and firms' do.
    sql: `
      ALTER TABLE service_centers ADD COLUMN township TEXT;
      ALTER TABLE service_centers ADD COLUMN latitude REAL;
      ALTER TABLE service_centers ADD COLUMN longitude REAL;
      ALTER TABLE service_centers ADD COLUMN location_precision INTEGER;
      CREATE TABLE service_points (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, sort INTEGER NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL,
        township TEXT, village TEXT, address TEXT NOT NULL, phone TEXT NOT NULL, services TEXT NOT NULL,
        opening_hours TEXT, latitude REAL, longitude REAL, location_precision INTEGER, details TEXT NOT NULL
      );
      CREATE INDEX service_points_kind_sort ON service_points(kind, sort);
      INSERT INTO service_points (id, kind, sort, name, region, address, phone, services, details)
        SELECT id, 'notary-office', ROW_NUMBER() OVER (ORDER BY id) - 1, name, region, address, phone, '["notarization"]', '{}'
        FROM notary_offices;
      DROP TABLE notary_offices;
      CREATE VIEW service_point_list AS
        SELECT id, 'public-legal-service-center' AS kind, 0 AS kind_rank, sort, name, level, region,
          CASE WHEN township IS NULL THEN region ELSE substr(township, 1, 6) END AS county, township, NULL AS village,
          address, phone, services, opening_hours, latitude, longitude, location_precision, '{}' AS details
        FROM service_centers
        UNION ALL
        SELECT id, kind, CASE kind WHEN 'village-legal-adviser' THEN 1 WHEN 'notary-office' THEN 2 WHEN 'forensic-appraisal-body' THEN 3
            WHEN 'mediation-committee' THEN 4 ELSE 5 END, sort, name, NULL, region,
          CASE WHEN township IS NULL THEN region ELSE substr(township, 1, 6) END, township, village,
          address, phone, services, opening_hours, latitude, longitude, location_precision, details
        FROM service_points;
      CREATE TRIGGER service_points_changed_insert AFTER INSERT ON service_points BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER service_points_changed_update AFTER UPDATE ON service_points BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER service_points_changed_delete AFTER DELETE ON service_points BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER service_centers_changed_insert AFTER INSERT ON service_centers BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER service_centers_changed_update AFTER UPDATE ON service_centers BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;
      CREATE TRIGGER service_centers_changed_delete AFTER DELETE ON service_centers BEGIN
        UPDATE dataset_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version'; END;`,
  },
  {
    version: 11,
    name: 'contact data sealed at rest, phone confirmation, limits per person',
    // every record's personal fields sealed under a data key of its own
    // (data_keys, wrapped by PLSKIT_DATA_KEY), a resident's reads answered
    // from the masked copy, a number found by its blind index (phone_key);
    // phone verifications keep no number at all. The data step seals the rows
    // kept in clear, then the clear columns go, then VACUUM rewrites the file
    // (secure_delete already zeroed the freed cells; the WAL is truncated on open)
    sql: `
      CREATE TABLE data_keys (id TEXT PRIMARY KEY, kek_id TEXT NOT NULL, wrapped TEXT NOT NULL);
      CREATE INDEX data_keys_kek ON data_keys(kek_id);
      ALTER TABLE appointments ADD COLUMN data_key TEXT;
      ALTER TABLE appointments ADD COLUMN sealed_contact TEXT;
      ALTER TABLE appointments ADD COLUMN shown_contact TEXT;
      ALTER TABLE appointments ADD COLUMN phone_key TEXT;
      ALTER TABLE notifications ADD COLUMN data_key TEXT;
      ALTER TABLE notifications ADD COLUMN sealed_body TEXT;
      -- a message worth nothing after this (wall-clock ms: a code) is given up rather than sent late
      ALTER TABLE deliveries ADD COLUMN expires_at INTEGER;
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
    data: (db, keys) => {
      sealExistingRows(db, keys);
      db.exec(`
        ALTER TABLE appointments DROP COLUMN contact_name;
        ALTER TABLE appointments DROP COLUMN contact_phone;
        ALTER TABLE appointments DROP COLUMN contact_id_number;
        ALTER TABLE appointments DROP COLUMN note;
        ALTER TABLE notifications DROP COLUMN body;
        CREATE INDEX appointments_phone_key ON appointments(phone_key, status, slot_start);`);
    },
    afterCommit: 'VACUUM',
  },
  {
    version: 12,
    name: 'work orders sealed at rest, limited per number',
    // as bookings' were in 11: a work order's name, phone, question and
    // answers sealed under a data key of its own (data_keys), a masked copy of
    // the contact for the queue, the number's blind index for its limit. The
    // data step seals the rows kept in clear, then the clear columns go, then
    // VACUUM rewrites the file
    sql: `
      ALTER TABLE work_orders ADD COLUMN data_key TEXT;
      ALTER TABLE work_orders ADD COLUMN sealed_contact TEXT;
      ALTER TABLE work_orders ADD COLUMN shown_contact TEXT;
      ALTER TABLE work_orders ADD COLUMN phone_key TEXT;`,
    data: (db, keys) => {
      sealExistingWorkOrders(db, keys);
      db.exec(`
        ALTER TABLE work_orders DROP COLUMN contact_name;
        ALTER TABLE work_orders DROP COLUMN contact_phone;
        ALTER TABLE work_orders DROP COLUMN question;
        CREATE INDEX work_orders_phone_key ON work_orders(phone_key, status);`);
    },
    afterCommit: 'VACUUM',
  },
];
