// One storage interface, two engines: the embedded SQLite file (the default),
// or PostgreSQL when PLSKIT_DB is a postgres:// URL, for several API nodes on
// one database. The operations see only these stores; open-storage.ts decides
// which engine stands behind them.
import type { JiningDataset } from '../dataset/jining-dataset.js';
import type { AppointmentStore } from './appointment-store.js';
import type { DirectoryStore } from './directory-store.js';
import type { DirectoryWriter } from './directory-writer.js';
import type { OutboxStore } from './outbox-store.js';
import type { PhoneVerificationStore } from './phone-verification-store.js';
import type { ContactVault } from './sealed-contact.js';
import type { StaffStore } from './staff-store.js';
import type { StorageStatus } from './storage-status.js';
import type { WorkOrderStore } from './work-order-store.js';

export interface StorageEngine {
  engine: 'sqlite' | 'postgres';
  /** Take it after `seed`: a SQLite store indexes the names it holds when first taken. */
  readonly directory: DirectoryStore;
  appointments: AppointmentStore;
  /** Residents' questions and call-back requests. */
  workOrders: WorkOrderStore;
  /** The events the changes wrote, and their deliveries. */
  outbox: OutboxStore;
  /** The centers' side: rosters, check-in, closures, the audit log. */
  staff: StaffStore;
  /** Codes that confirm a phone number, and the tokens they earn. */
  phoneVerifications: PhoneVerificationStore;
  /** Seals and matches personal data under this deployment's keys (sealed-contact.ts). */
  vault: ContactVault;
  /** The data keys: how many each key-encryption key wraps, and wrapping them all under the current one (a rotation). */
  dataKeys: { census(): Promise<Map<string, number>>; rewrap(): Promise<number> };
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
