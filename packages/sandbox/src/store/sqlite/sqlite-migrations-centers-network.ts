// Migrations on the centers' side (visit statuses, closures, the audit log)
// and the whole service network. sqlite-migrations.ts puts them in order.
import type { SqliteMigration } from './sqlite-migration.js';

export const SQLITE_CENTERS_NETWORK_MIGRATIONS: readonly SqliteMigration[] = [
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
];
