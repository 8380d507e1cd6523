// Migrations on the directory and booking: the first schema (lawyers, firms,
// centers, appointments, idempotency). sqlite-migrations.ts puts them in order.
import type { SqliteMigration } from './sqlite-migration.js';

export const SQLITE_DIRECTORY_BOOKING_MIGRATIONS: readonly SqliteMigration[] = [
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
];
