// Migrations on the directory and booking: the first schema (lawyers, firms,
// centers, appointments, idempotency). postgres-migrations.ts puts them in order.
import type { PostgresMigration } from './postgres-migration.js';

export const POSTGRES_DIRECTORY_BOOKING_MIGRATIONS: readonly PostgresMigration[] = [
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
];
