// One storage interface, two engines: the embedded SQLite file (the default),
// or PostgreSQL when PLSKIT_DB is a postgres:// URL, for several API nodes on
// one database. The operations see only the stores; which engine stands
// behind them is decided here.
import type { JiningDataset } from '../dataset/jining-dataset.js';
import { appointmentStore, type AppointmentStore } from './appointment-store.js';
import { appliedMigrations, isReadOnly, openDatabase } from './database.js';
import { directoryStore, type DirectoryStore } from './directory-store.js';
import { directoryVersionOf } from './directory-version.js';
import type { DirectoryWriter } from './directory-writer.js';
import { postgresAppointmentStore } from './postgres/postgres-appointment-store.js';
import { appliedPostgresMigrations, isPostgresUrl, openPostgres, watchStorage } from './postgres/postgres-database.js';
import { postgresDirectoryStore } from './postgres/postgres-directory-store.js';
import { postgresDirectoryWriter, seedPostgres } from './postgres/postgres-directory-writer.js';
import { seedDataset } from './seed.js';
import { sqliteDirectoryWriter } from './sqlite-directory-writer.js';
import { storageStatus, type StorageStatus } from './storage-status.js';

export interface StorageEngine {
  engine: 'sqlite' | 'postgres';
  /** Take it after `seed`: a SQLite store indexes the names it holds when first taken. */
  readonly directory: DirectoryStore;
  appointments: AppointmentStore;
  /** What writes can do now, shared with /v1/health. */
  storage: StorageStatus;
  writer(): DirectoryWriter;
  /** Loads the synthetic dataset into a database that holds no directory yet; true when it did. */
  seed(dataset: JiningDataset, seededAt: string): Promise<boolean>;
  migrations(): Promise<number[]>;
  /** The directory's version, counted up by every write to it (SQLite only: asked per request, read once per event-loop turn). */
  directoryVersion?: () => unknown;
  close(): Promise<void>;
}

/** Opens (and migrates) the database PLSKIT_DB names: a SQLite path or :memory:, or a postgres:// URL. */
export async function openStorage(db: string): Promise<StorageEngine> {
  if (isPostgresUrl(db)) {
    const pool = await openPostgres(db);
    const storage = storageStatus(false);
    watchStorage(pool, storage);
    return {
      engine: 'postgres',
      directory: postgresDirectoryStore(pool),
      appointments: postgresAppointmentStore(pool),
      storage,
      writer: () => postgresDirectoryWriter(pool),
      seed: (dataset, seededAt) => seedPostgres(pool, dataset, seededAt),
      migrations: () => appliedPostgresMigrations(pool),
      close: () => pool.end(),
    };
  }
  const sqlite = openDatabase(db);
  const storage = storageStatus(isReadOnly(sqlite));
  // built at first use, after seeding: the store indexes names for search when it is made
  let directory: DirectoryStore | undefined;
  return {
    engine: 'sqlite',
    get directory() {
      return (directory ??= directoryStore(sqlite));
    },
    appointments: appointmentStore(sqlite, storage),
    storage,
    writer: () => sqliteDirectoryWriter(sqlite),
    seed: async (dataset, seededAt) => seedDataset(sqlite, dataset, seededAt),
    migrations: async () => appliedMigrations(sqlite),
    directoryVersion: directoryVersionOf(sqlite),
    close: async () => { sqlite.close(); },
  };
}
