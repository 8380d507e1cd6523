// Write side of the directory, for `plskit-sandbox import`: the directory as it
// is, and replacing whole kinds of records in one transaction. The interface is
// the engines' common ground (SQLite here, PostgreSQL beside it).
import type { OpeningHours } from '@plskit/core';
import type { LawFirmRecord, LawyerRecord, ServiceCenterRecord } from '../dataset/jining-dataset.js';
import type { PointKind, ServicePointRecord } from '../dataset/service-point-record.js';

/** What an import is checked against: the ids and links already in the directory. */
export interface DirectorySnapshot {
  firms: { id: string; name: string; region: string }[];
  lawyers: { id: string; firmId: string | null }[];
  centerIds: string[];
  /** Centers that any appointment (booked or cancelled) names: they cannot be removed. */
  centersWithAppointments: string[];
  /** The ids of the points of each kind other than the centers. */
  pointIds: Record<PointKind, string[]>;
}

/** A center with its own hours; null keeps the default hours of @plskit/core. */
export type CenterRecord = ServiceCenterRecord & { hours: OpeningHours | null };

/**
 * The kinds an import replaces: each given list becomes the whole of its kind
 * (a record of the same id is updated in place, one not in the list removed);
 * a kind not given is left as it is. Centers and points keep the list's order.
 */
export interface DirectoryReplacement {
  'law-firms'?: LawFirmRecord[];
  lawyers?: LawyerRecord[];
  'service-centers'?: CenterRecord[];
  /** The points of each kind given, in the list's order (notary offices among them). */
  points?: Partial<Record<PointKind, ServicePointRecord[]>>;
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
