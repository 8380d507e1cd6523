// The PostgreSQL engine: one pool for this node, its stores sharing one unit
// of work, one storage status and one vault (the deployment's keys).
import type { KeyRing } from '../../crypto/key-ring.js';
import type { DirectoryWriter } from '../directory-writer.js';
import { contactVault } from '../sealed-contact.js';
import type { StorageEngine } from '../storage-engine.js';
import { storageStatus } from '../storage-status.js';
import { postgresAppointmentStore } from './postgres-appointment-store.js';
import { appliedPostgresMigrations, DEFAULT_POSTGRES_TIMEOUTS, openPostgres, type PostgresTimeouts } from './postgres-database.js';
import { postgresDirectoryStore } from './postgres-directory-store.js';
import { postgresDirectoryWriter, seedPostgres } from './postgres-directory-writer.js';
import { postgresKeyCensus, postgresLookupKey, postgresRewrap } from './postgres-data-keys.js';
import { postgresOutbox } from './postgres-outbox.js';
import { postgresPhoneVerifications } from './postgres-phone-verifications.js';
import { postgresStaffStore } from './postgres-staff-store.js';
import { postgresTransactions } from './postgres-transactions.js';
import { postgresWorkOrderStore } from './postgres-work-order-store.js';

export async function openPostgresStorage(url: string, keys: KeyRing, timeouts?: Partial<PostgresTimeouts>): Promise<StorageEngine> {
  const pool = await openPostgres(url, undefined, { ...DEFAULT_POSTGRES_TIMEOUTS, ...timeouts }, keys);
  const storage = storageStatus(false);
  const transactions = postgresTransactions(pool, storage);
  let vault;
  try {
    vault = contactVault(keys, await postgresLookupKey(pool, keys));
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    engine: 'postgres',
    directory: postgresDirectoryStore(transactions),
    appointments: postgresAppointmentStore(transactions, vault),
    workOrders: postgresWorkOrderStore(transactions, vault),
    outbox: postgresOutbox(transactions, vault),
    staff: postgresStaffStore(transactions, vault),
    phoneVerifications: postgresPhoneVerifications(transactions, vault),
    vault,
    dataKeys: { census: () => postgresKeyCensus(pool), rewrap: () => postgresRewrap(pool, keys) },
    storage,
    writer: () => postgresDirectoryWriter(transactions),
    seed: (dataset, seededAt) => seedPostgres(transactions, dataset, seededAt),
    migrations: () => appliedPostgresMigrations(pool),
    close: () => pool.end(),
  };
}

/** An operator's command may run one long statement (a city's whole roster): only the connection is timed. */
export async function openPostgresDirectoryWriter(url: string, keys: KeyRing): Promise<DirectoryWriter> {
  const pool = await openPostgres(url, undefined, { ...DEFAULT_POSTGRES_TIMEOUTS, statementMs: 0 }, keys);
  return postgresDirectoryWriter(postgresTransactions(pool, storageStatus(false)), true);
}
