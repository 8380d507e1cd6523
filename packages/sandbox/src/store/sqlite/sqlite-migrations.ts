// The SQLite schema, migration by migration (../migration.ts says the rules).
// The migrations stand in files by subject, each in version order; this list
// puts the files in order. A new migration goes at the end of the last file,
// or, on a new subject, into a new file spread last here.
import type { SqliteMigration } from './sqlite-migration.js';
import { SQLITE_CENTERS_NETWORK_MIGRATIONS } from './sqlite-migrations-centers-network.js';
import { SQLITE_DIRECTORY_BOOKING_MIGRATIONS } from './sqlite-migrations-directory-booking.js';
import { SQLITE_EVENTS_WORK_ORDERS_MIGRATIONS } from './sqlite-migrations-events-work-orders.js';
import { SQLITE_SEALING_MIGRATIONS } from './sqlite-migrations-sealing.js';

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  ...SQLITE_DIRECTORY_BOOKING_MIGRATIONS, // 1-6
  ...SQLITE_EVENTS_WORK_ORDERS_MIGRATIONS, // 7-8
  ...SQLITE_CENTERS_NETWORK_MIGRATIONS, // 9-10
  ...SQLITE_SEALING_MIGRATIONS, // 11-12
];
