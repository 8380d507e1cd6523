// The PostgreSQL schema (../migration.ts says the rules): the tables and
// columns of the SQLite one (../sqlite/sqlite-migrations.ts), so both engines
// hold the same rows; each engine numbers its own migrations. Timestamps
// stay ISO 8601 text with +08:00, as the API writes them; lists are jsonb;
// ids sort bytewise (COLLATE "C"), as SQLite's do, so keyset pages agree.
// The migrations stand in files by subject, the same subjects as SQLite's;
// this list puts the files in order.
import type { PostgresMigration } from './postgres-migration.js';
import { POSTGRES_CENTERS_NETWORK_MIGRATIONS } from './postgres-migrations-centers-network.js';
import { POSTGRES_DIRECTORY_BOOKING_MIGRATIONS } from './postgres-migrations-directory-booking.js';
import { POSTGRES_EVENTS_WORK_ORDERS_MIGRATIONS } from './postgres-migrations-events-work-orders.js';
import { POSTGRES_SEALING_MIGRATIONS } from './postgres-migrations-sealing.js';

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  ...POSTGRES_DIRECTORY_BOOKING_MIGRATIONS, // 1-4
  ...POSTGRES_EVENTS_WORK_ORDERS_MIGRATIONS, // 5-6
  ...POSTGRES_CENTERS_NETWORK_MIGRATIONS, // 7-8
  ...POSTGRES_SEALING_MIGRATIONS, // 9-10
];
