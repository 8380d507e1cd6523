// The SQLite engine: one file (or :memory:), one connection, its stores sharing
// one unit of work and one storage status.
import type { StorageEngine } from '../storage-engine.js';
import { storageStatus } from '../storage-status.js';
import type { DirectoryStore } from '../directory-store.js';
import type { DirectoryWriter } from '../directory-writer.js';
import { sqliteAppointmentStore } from './sqlite-appointment-store.js';
import { appliedMigrations, isReadOnly, openDatabase } from './sqlite-database.js';
import { sqliteDirectoryStore } from './sqlite-directory-store.js';
import { directoryVersionOf } from './sqlite-directory-version.js';
import { sqliteDirectoryWriter } from './sqlite-directory-writer.js';
import { sqliteOutbox } from './sqlite-outbox.js';
import { seedDataset } from './sqlite-seed.js';
import { sqliteStaffStore } from './sqlite-staff-store.js';
import { sqliteTransactions } from './sqlite-transactions.js';
import { sqliteWorkOrderStore } from './sqlite-work-order-store.js';

export async function openSqliteStorage(path: string): Promise<StorageEngine> {
  const db = openDatabase(path);
  const storage = storageStatus(isReadOnly(db));
  const transactions = sqliteTransactions(db, storage);
  // built at first use, after seeding: the store indexes names for search when it is made
  let directory: DirectoryStore | undefined;
  return {
    engine: 'sqlite',
    get directory() {
      return (directory ??= sqliteDirectoryStore(transactions));
    },
    appointments: sqliteAppointmentStore(transactions),
    workOrders: sqliteWorkOrderStore(transactions),
    outbox: sqliteOutbox(transactions),
    staff: sqliteStaffStore(transactions),
    storage,
    writer: () => sqliteDirectoryWriter(transactions),
    seed: async (dataset, seededAt) => seedDataset(db, dataset, seededAt),
    migrations: async () => appliedMigrations(db),
    directoryVersion: directoryVersionOf(db),
    close: async () => { db.close(); },
  };
}

export async function openSqliteDirectoryWriter(path: string): Promise<DirectoryWriter> {
  const db = openDatabase(path);
  // a running server may hold the write lock for a booking: a command line can wait for it
  db.pragma('busy_timeout = 5000');
  return sqliteDirectoryWriter(sqliteTransactions(db, storageStatus(isReadOnly(db))), true);
}
