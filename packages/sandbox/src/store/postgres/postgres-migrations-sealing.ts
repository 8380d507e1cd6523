// Migrations that seal personal data at rest: their data step seals the rows
// earlier versions kept in clear. postgres-migrations.ts puts them in order.
import type { PostgresMigration } from './postgres-migration.js';
import { sealExistingRows } from './postgres-seal-existing.js';
import { sealExistingWorkOrders } from './postgres-seal-work-orders.js';

export const POSTGRES_SEALING_MIGRATIONS: readonly PostgresMigration[] = [
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
