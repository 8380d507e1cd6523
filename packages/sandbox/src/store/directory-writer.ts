// Write side of the directory, for `plskit-sandbox import`: the directory as it
// is, and replacing whole kinds of records in one transaction. The interface is
// the engines' common ground (SQLite here, PostgreSQL beside it).
import type { OpeningHours } from '@plskit/core';
import type { LawFirmRecord, LawyerRecord, NotaryOfficeRecord, ServiceCenterRecord } from '../dataset/jining-dataset.js';

/** What an import is checked against: the ids and links already in the directory. */
export interface DirectorySnapshot {
  firms: { id: string; name: string; region: string }[];
  lawyers: { id: string; firmId: string | null }[];
  centerIds: string[];
  /** Centers that any appointment (booked or cancelled) names: they cannot be removed. */
  centersWithAppointments: string[];
  notaryIds: string[];
}

/** A center with its own hours; null keeps the default hours of @plskit/core. */
export type CenterRecord = ServiceCenterRecord & { hours: OpeningHours | null };

/**
 * The kinds an import replaces: each given list becomes the whole of its kind
 * (a record of the same id is updated in place, one not in the list removed);
 * a kind not given is left as it is. Centers keep the list's order.
 */
export interface DirectoryReplacement {
  'law-firms'?: LawFirmRecord[];
  lawyers?: LawyerRecord[];
  'service-centers'?: CenterRecord[];
  'notary-offices'?: NotaryOfficeRecord[];
}

export interface DirectoryWriter {
  /**
   * Reads the directory, lets `plan` decide, and writes its replacement (if it
   * returns one) in the same transaction: the import sees no half-written
   * directory, and nobody sees a half-written import.
   */
  replace<T>(plan: (snapshot: DirectorySnapshot) => { replacement?: DirectoryReplacement; result: T }, importedAt: string): Promise<T>;
  close(): Promise<void>;
}
