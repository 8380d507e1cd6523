// Versioned schema migrations. Append only: a deployed database has run the
// earlier ones, so editing one would fork its schema from a fresh install's.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
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
];
