// Migrations on the centers' side (visit statuses, closures, the audit log)
// and the whole service network. postgres-migrations.ts puts them in order.
import type { PostgresMigration } from './postgres-migration.js';

export const POSTGRES_CENTERS_NETWORK_MIGRATIONS: readonly PostgresMigration[] = [
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
];
