// The PostgreSQL engine: one pool for this node, its stores sharing one unit
// of work and one storage status.
import type { DirectoryWriter } from '../directory-writer.js';
import type { StorageEngine } from '../storage-engine.js';
import { storageStatus } from '../storage-status.js';
import { postgresAppointmentStore } from './postgres-appointment-store.js';
import { appliedPostgresMigrations, DEFAULT_POSTGRES_TIMEOUTS, openPostgres, type PostgresTimeouts } from './postgres-database.js';
import { postgresDirectoryStore } from './postgres-directory-store.js';
import { postgresDirectoryWriter, seedPostgres } from './postgres-directory-writer.js';
import { postgresOutbox } from './postgres-outbox.js';
import { postgresStaffStore } from './postgres-staff-store.js';
import { postgresTransactions } from './postgres-transactions.js';
import { postgresWorkOrderStore } from './postgres-work-order-store.js';

export async function openPostgresStorage(url: string, timeouts?: Partial<PostgresTimeouts>): Promise<StorageEngine> {
  const pool = await openPostgres(url, undefined, { ...DEFAULT_POSTGRES_TIMEOUTS, ...timeouts });
  const storage = storageStatus(false);
  const transactions = postgresTransactions(pool, storage);
  return {
    engine: 'postgres',
    directory: postgresDirectoryStore(transactions),
    appointments: postgresAppointmentStore(transactions),
    workOrders: postgresWorkOrderStore(transactions),
    outbox: postgresOutbox(transactions),
    staff: postgresStaffStore(transactions),
    storage,
    writer: () => postgresDirectoryWriter(transactions),
    seed: (dataset, seededAt) => seedPostgres(transactions, dataset, seededAt),
    migrations: () => appliedPostgresMigrations(pool),
    close: () => pool.end(),
  };
}

/** An operator's command may run one long statement (a city's whole roster): only the connection is timed. */
export async function openPostgresDirectoryWriter(url: string): Promise<DirectoryWriter> {
  const pool = await openPostgres(url, undefined, { ...DEFAULT_POSTGRES_TIMEOUTS, statementMs: 0 });
  return postgresDirectoryWriter(postgresTransactions(pool, storageStatus(false)), true);
}
