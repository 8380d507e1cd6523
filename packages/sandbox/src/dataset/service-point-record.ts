// The network's points other than the centers (which are ServiceCenterRecords,
// bookable): village legal advisers, notary offices, forensic-appraisal bodies,
// mediation committees and legal-aid centers, in the words of the contract's
// ServicePoint. What only some kinds have is in `details`.
import type { OpeningHours } from '@plskit/core';

export const SERVICE_POINT_KINDS = [
  'public-legal-service-center', 'village-legal-adviser', 'notary-office', 'forensic-appraisal-body', 'mediation-committee', 'legal-aid-center',
] as const;

export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

/** The kinds kept as service points; centers are kept as service centers. */
export type PointKind = Exclude<ServicePointKind, 'public-legal-service-center'>;

export const POINT_SERVICES = [
  'legal-consultation', 'legal-aid-application', 'notarization', 'mediation', 'forensic-appraisal-guidance', 'forensic-appraisal',
] as const;

export type PointService = (typeof POINT_SERVICES)[number];

export const APPRAISAL_CATEGORIES = ['forensic-medicine', 'physical-evidence', 'audio-visual', 'environmental-damage'] as const;

export type AppraisalCategory = (typeof APPRAISAL_CATEGORIES)[number];

/** One half-day (or day) a week an adviser is at the village: "每周二上午" is { weekday: 2, part: 'morning' }. */
export interface DutySession {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  part: 'morning' | 'afternoon' | 'day';
}

/** WGS-84 decimal degrees, and how far (metres) the point may truly be from them. */
export interface GeoLocation {
  latitude: number;
  longitude: number;
  precision: number;
}

export interface PointDetails {
  duty?: DutySession[];
  appraisalCategories?: AppraisalCategory[];
  notaryMatters?: string[];
  foreignUse?: boolean;
  affiliation?: string;
  wechatGroup?: string;
}

export interface ServicePointRecord {
  id: string;
  kind: PointKind;
  name: string;
  region: string;
  /** The 9-digit code of the township it stands in, or null. */
  township: string | null;
  /** The village or community an adviser serves, or null. */
  village: string | null;
  address: string;
  phone: string;
  services: PointService[];
  /** Its opening hours, or null when the roster gives none. */
  hours: OpeningHours | null;
  location: GeoLocation | null;
  details: PointDetails;
}

/** The points grouped by kind, each group in the order given. */
export function pointsByKind(points: readonly ServicePointRecord[]): Partial<Record<PointKind, ServicePointRecord[]>> {
  const groups: Partial<Record<PointKind, ServicePointRecord[]>> = {};
  for (const point of points) (groups[point.kind] ??= []).push(point);
  return groups;
}
