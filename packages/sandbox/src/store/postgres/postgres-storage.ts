// The PostgreSQL engine: one pool for this node, its stores sharing one unit
// of work and one storage status.
import type { DirectoryWriter } from '../directory-writer.js';
import type { StorageEngine } from '../storage-engine.js';
import { storageStatus } from '../storage-status.js';
import { postgresAppointmentStore } from './postgres-appointment-store.js';
import { appliedPostgresMigrations, openPostgres } from './postgres-database.js';
import { postgresDirectoryStore } from './postgres-directory-store.js';
import { postgresDirectoryWriter, seedPostgres } from './postgres-directory-writer.js';
import { postgresOutbox } from './postgres-outbox.js';
import { postgresTransactions } from './postgres-transactions.js';

export async function openPostgresStorage(url: string): Promise<StorageEngine> {
  const pool = await openPostgres(url);
  const storage = storageStatus(false);
  const transactions = postgresTransactions(pool, storage);
  return {
    engine: 'postgres',
    directory: postgresDirectoryStore(transactions),
    appointments: postgresAppointmentStore(transactions),
    outbox: postgresOutbox(transactions),
    storage,
    writer: () => postgresDirectoryWriter(transactions),
    seed: (dataset, seededAt) => seedPostgres(transactions, dataset, seededAt),
    migrations: () => appliedPostgresMigrations(pool),
    close: () => pool.end(),
  };
}

export async function openPostgresDirectoryWriter(url: string): Promise<DirectoryWriter> {
  return postgresDirectoryWriter(postgresTransactions(await openPostgres(url), storageStatus(false)), true);
}
