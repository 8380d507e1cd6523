// What the operations ask of the whole network of service points, whichever
// engine keeps it. The centers stay in service_centers (appointments name
// them); the other kinds are rows of service_points; both engines read the two
// through one view, service_point_list (their migrations create it), so a list
// pages over both in network order: by kind, then as the roster lists them
// (the keyset "rank:sort"). A point's county is its township's, or its region's.
import type { OpeningHours } from '@plskit/core';
import type { CenterLevel } from '../dataset/jining-dataset.js';
import {
  SERVICE_POINT_KINDS, type GeoLocation, type PointDetails, type PointService, type ServicePointKind, type ServicePointRecord,
} from '../dataset/service-point-record.js';

/** A point of any kind as the store reads it: a center's level beside it (null for the other kinds); `hours` null for none (a center then keeps its level's). */
export type ServicePointRow = Omit<ServicePointRecord, 'kind'> & { kind: ServicePointKind; level: CenterLevel | null };

export interface ServicePointQuery {
  kind?: ServicePointKind;
  /** A county: the points it runs and the city's that stand in it; the city's code filters nothing. */
  region?: string;
  township?: string;
  service?: string;
  q?: string;
  limit: number;
  /** The keyset ("rank:sort") after which the page starts. */
  afterKey?: string;
}

export type ServicePointKindTotals = Record<ServicePointKind, number>;

export interface ServicePointPage {
  items: ServicePointRow[];
  total: number;
  totalsByKind: ServicePointKindTotals;
  /** The keyset of the next page, or null on the last. */
  nextAfterId: string | null;
}

/** A kind's place in network order: the rank in the keyset. */
export const kindRank = (kind: ServicePointKind): number => SERVICE_POINT_KINDS.indexOf(kind);

/** The keyset "rank:sort" of a page's cursor, or undefined when it is none. */
export function parsePointKey(key: string | undefined): [rank: number, sort: number] | undefined {
  const match = /^([0-5]):(\d{1,9})$/.exec(key ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export const isPointKey = (key: string): boolean => parsePointKey(key) !== undefined;

/** Every kind at 0, then the counts a GROUP BY found. */
export function totalsOf(counted: readonly { kind: string; n: number | string }[]): ServicePointKindTotals {
  const totals = Object.fromEntries(SERVICE_POINT_KINDS.map((kind) => [kind, 0])) as ServicePointKindTotals;
  for (const { kind, n } of counted) if (kind in totals) totals[kind as ServicePointKind] = Number(n);
  return totals;
}

/** A row of the view as both engines' SELECTs return it (JSON as text). */
export interface ServicePointSqlRow {
  id: string; kind: ServicePointKind; kind_rank: number; sort: number; name: string; level: CenterLevel | null; region: string;
  township: string | null; village: string | null; address: string; phone: string; services: string; opening_hours: string | null;
  latitude: number | null; longitude: number | null; location_precision: number | null; details: string;
}

/** A location from its three columns; null unless all three are set. */
export const locationOf = (latitude: number | null, longitude: number | null, precision: number | null): GeoLocation | null =>
  latitude === null || longitude === null || precision === null ? null
    : { latitude: Number(latitude), longitude: Number(longitude), precision: Number(precision) };

export function toServicePoint(row: ServicePointSqlRow): ServicePointRow {
  return {
    id: row.id, kind: row.kind, name: row.name, level: row.level, region: row.region, township: row.township, village: row.village,
    address: row.address, phone: row.phone, services: JSON.parse(row.services) as PointService[],
    hours: row.opening_hours === null ? null : JSON.parse(row.opening_hours) as OpeningHours,
    location: locationOf(row.latitude, row.longitude, row.location_precision),
    details: JSON.parse(row.details) as PointDetails,
  };
}

/** The view's columns, as both engines select them. */
export const POINT_COLUMNS = `id, kind, kind_rank, sort, name, level, region, township, village, address, phone, services,
  opening_hours, latitude, longitude, location_precision, details`;
