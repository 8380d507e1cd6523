// Migrations that seal personal data at rest: their data step seals the rows
// earlier versions kept in clear. sqlite-migrations.ts puts them in order.
import type { SqliteMigration } from './sqlite-migration.js';
import { sealExistingRows } from './sqlite-seal-existing.js';
import { sealExistingWorkOrders } from './sqlite-seal-work-orders.js';

export const SQLITE_SEALING_MIGRATIONS: readonly SqliteMigration[] = [
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
