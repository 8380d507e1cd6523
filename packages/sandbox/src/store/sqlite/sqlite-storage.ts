// The SQLite engine: one file (or :memory:), one connection, its stores sharing
// one unit of work, one storage status and one vault (the deployment's keys).
import type { KeyRing } from '../../crypto/key-ring.js';
import { contactVault, newLookupKey } from '../sealed-contact.js';
import type { StorageEngine } from '../storage-engine.js';
import { storageStatus } from '../storage-status.js';
import type { DirectoryStore } from '../directory-store.js';
import type { DirectoryWriter } from '../directory-writer.js';
import { sqliteAppointmentStore } from './sqlite-appointment-store.js';
import { appliedMigrations, isReadOnly, openDatabase } from './sqlite-database.js';
import { sqliteDirectoryStore } from './sqlite-directory-store.js';
import { directoryVersionOf } from './sqlite-directory-version.js';
import { sqliteDirectoryWriter } from './sqlite-directory-writer.js';
import { sqliteKeyCensus, sqliteLookupKey, sqliteRewrap } from './sqlite-data-keys.js';
import { sqliteOutbox } from './sqlite-outbox.js';
import { sqlitePhoneVerifications } from './sqlite-phone-verifications.js';
import { seedDataset } from './sqlite-seed.js';
import { sqliteStaffStore } from './sqlite-staff-store.js';
import { sqliteTransactions } from './sqlite-transactions.js';
import { sqliteWorkOrderStore } from './sqlite-work-order-store.js';

export async function openSqliteStorage(path: string, keys: KeyRing): Promise<StorageEngine> {
  const db = openDatabase(path, undefined, keys);
  const storage = storageStatus(isReadOnly(db));
  const transactions = sqliteTransactions(db, storage);
  // a read-only file that never had a lookup key serves no write that needs one: a key for this process does
  const vault = contactVault(keys, sqliteLookupKey(db, keys, !storage.readOnly) ?? newLookupKey(keys));
  // built at first use, after seeding: the store indexes names for search when it is made
  let directory: DirectoryStore | undefined;
  return {
    engine: 'sqlite',
    get directory() {
      return (directory ??= sqliteDirectoryStore(transactions));
    },
    appointments: sqliteAppointmentStore(transactions, vault),
    workOrders: sqliteWorkOrderStore(transactions, vault),
    outbox: sqliteOutbox(transactions, vault),
    staff: sqliteStaffStore(transactions, vault),
    phoneVerifications: sqlitePhoneVerifications(transactions, vault),
    vault,
    dataKeys: { census: async () => sqliteKeyCensus(db), rewrap: async () => sqliteRewrap(db, keys) },
    storage,
    writer: () => sqliteDirectoryWriter(transactions),
    seed: async (dataset, seededAt) => seedDataset(db, dataset, seededAt),
    migrations: async () => appliedMigrations(db),
    directoryVersion: directoryVersionOf(db),
    close: async () => { db.close(); },
  };
}

export async function openSqliteDirectoryWriter(path: string, keys: KeyRing): Promise<DirectoryWriter> {
  const db = openDatabase(path, undefined, keys);
  // a running server may hold the write lock for a booking: a command line can wait for it
  db.pragma('busy_timeout = 5000');
  return sqliteDirectoryWriter(sqliteTransactions(db, storageStatus(isReadOnly(db))), true);
}
