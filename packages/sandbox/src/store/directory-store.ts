// What the operations ask of the directory (service centers, law firms,
// lawyers, the whole network of service points), whichever engine keeps it. Lists page by keyset
// (the id after which to continue; with q, the rank and id), so a page never
// repeats or skips a row while others read. A name search ranks the whole
// name first, then names starting with q, names holding it, and last the
// firm's name holding it (MATCH_RANK).
import type { OpeningHours, ServiceCode } from '@plskit/core';
import type { CenterLevel } from '../dataset/jining-dataset.js';
import type { LawyerCategory } from '../dataset/licence-number.js';
import type { GeoLocation } from '../dataset/service-point-record.js';
import type { ServicePointPage, ServicePointQuery, ServicePointRow } from './service-points.js';

export interface ServiceCenterRow {
  id: string; name: string; level: CenterLevel; region: string; address: string; phone: string; services: ServiceCode[];
  /** The center's own hours (from an imported roster), or null for the default hours. */
  hours: OpeningHours | null;
  township: string | null;
  location: GeoLocation | null;
}

export interface LawFirmRow {
  id: string; name: string; region: string; address: string; phone: string; lawyerCount: number; practiceAreas: string[];
}

export interface LawyerRow {
  id: string; name: string; sex: 'male' | 'female'; licenceNumber: string; category: LawyerCategory;
  firm: { id: string; name: string; address: string; phone: string } | null; region: string; practiceAreas: string[]; languages: string[];
  firstPracticeYear: number; acceptsLegalAid: boolean; phone: string | null;
}

export interface LawyerQuery {
  q?: string; region?: string; practiceArea?: string; category?: string; language?: string;
  acceptsLegalAid?: boolean; /** firstPracticeYear at most this (from minYears and the clock). */
  firstPracticeYearAtMost?: number; firmId?: string; limit: number; afterId?: string;
}

export interface Page<T> {
  items: T[]; total: number; nextAfterId: string | null;
}

export interface DirectoryStore {
  serviceCenters(filter: { region?: string; level?: string; service?: string; limit: number; afterSort?: string }): Promise<Page<ServiceCenterRow>>;
  serviceCenter(id: string): Promise<ServiceCenterRow | undefined>;
  lawyers(query: LawyerQuery): Promise<Page<LawyerRow>>;
  lawyer(id: string): Promise<LawyerRow | undefined>;
  lawFirms(query: { q?: string; region?: string; practiceArea?: string; limit: number; afterId?: string }): Promise<Page<LawFirmRow>>;
  lawFirm(id: string): Promise<LawFirmRow | undefined>;
  /** One page of the network's points (service-points.ts), with the totals by kind. */
  servicePoints(query: ServicePointQuery): Promise<ServicePointPage>;
  servicePoint(id: string): Promise<ServicePointRow | undefined>;
  counts(): Promise<DirectoryCounts>;
}

export interface DirectoryCounts { serviceCenters: number; lawFirms: number; lawyers: number; notaryOffices: number; servicePoints: number }

/** The whole city: a region filter of 370800 filters nothing. */
export const CITY = '370800';

/** A licence number (执业证号) is 17 digits: looked up exactly, through its unique index. */
export const LICENCE_NUMBER = /^\d{17}$/;

/** Ranks of a match, best first. */
export const MATCH_RANK = { exact: 0, prefix: 1, inside: 2, firm: 3 } as const;

/** Search text as names are compared: lower case (Latin letters), whitespace trimmed. */
export const searchText = (text: string): string => text.trim().toLowerCase();

/** Keyset of a ranked page: "rank:id" (an id has no colon). */
export const rankedKey = (rank: number, id: string): string => `${rank}:${id}`;

export function afterRanked(afterId: string | undefined): [number, string] | undefined {
  if (afterId === undefined) return undefined;
  const colon = afterId.indexOf(':');
  const rank = Number(afterId.slice(0, colon));
  // a cursor of an unranked page continues from the start of the ranks
  return colon > 0 && Number.isInteger(rank) ? [rank, afterId.slice(colon + 1)] : [-1, afterId];
}

/** One page of a plain (id-ordered) or ranked search, from its matching rows. */
export function keysetPage<T>(
  rows: (T & { match_rank?: number; id: string })[], limit: number, ranked: boolean,
): { items: T[]; nextAfterId: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextAfterId = rows.length > limit && last ? (ranked ? rankedKey(last.match_rank ?? 0, last.id) : last.id) : null;
  return { items: page, nextAfterId };
}
