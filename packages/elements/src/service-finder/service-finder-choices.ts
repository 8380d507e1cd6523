// What the resident narrows the county's points by, as plain functions of the
// points the widget fetched: the townships and villages to choose from, the
// points a choice leaves (a village's own adviser first), and, with a position
// the page keeps, the points nearest first. Nothing here calls the API.
import { nearestFirst, reachVerdict, travelEstimate, type GeoPosition, type ReachVerdict } from '@plskit/core';
import type { ServicePoint, ServicePointKind, TownshipRef } from '@plskit/sdk';

export const POINT_KINDS: readonly ServicePointKind[] = [
  'public-legal-service-center', 'village-legal-adviser', 'notary-office', 'forensic-appraisal-body', 'mediation-committee', 'legal-aid-center',
];

export interface FinderChoice {
  township: string;
  village: string;
  /** '' for every kind. */
  kind: ServicePointKind | '';
}

export const NO_CHOICE: FinderChoice = { township: '', village: '', kind: '' };

/** A point as listed: with its straight-line distance and rough times when the resident gave a position. */
export interface ListedPoint {
  point: ServicePoint;
  metres?: number;
  walkMinutes?: number;
  driveMinutes?: number;
  reach?: ReachVerdict;
  /** The chosen village's own adviser. */
  ownAdviser: boolean;
}

/** The townships the points stand in, in code order. */
export function townshipsOf(points: readonly ServicePoint[]): TownshipRef[] {
  const byCode = new Map<string, TownshipRef>();
  for (const point of points) if (point.township) byCode.set(point.township.code, point.township);
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The villages a township's advisers serve, as the roster lists them. */
export function villagesOf(points: readonly ServicePoint[], township: string): string[] {
  const villages = points.filter((p) => p.kind === 'village-legal-adviser' && p.township?.code === township && p.village).map((p) => p.village!);
  return [...new Set(villages)];
}

/** How many points of each kind the township choice leaves (the kind filter aside). */
export function countsByKind(points: readonly ServicePoint[], township: string): Record<ServicePointKind, number> {
  const counts = Object.fromEntries(POINT_KINDS.map((kind) => [kind, 0])) as Record<ServicePointKind, number>;
  for (const point of points) if (!township || point.township?.code === township) counts[point.kind] += 1;
  return counts;
}

/**
 * The points a choice leaves: in the township (when one is chosen), of the kind
 * (when one is chosen); the chosen village's adviser first, then nearest first
 * from `position` when there is one, else in the network's order.
 */
export function listPoints(points: readonly ServicePoint[], choice: FinderChoice, position?: GeoPosition): ListedPoint[] {
  const kept = points.filter((p) => (!choice.township || p.township?.code === choice.township) && (!choice.kind || p.kind === choice.kind));
  const own = (p: ServicePoint) => choice.village !== '' && p.kind === 'village-legal-adviser' && p.village === choice.village;
  const listed: ListedPoint[] = position
    ? nearestFirst(kept, position).map(({ place, metres }) => ({ point: place, ownAdviser: own(place), ...measured(metres) }))
    : kept.map((point) => ({ point, ownAdviser: own(point) }));
  return [...listed.filter((p) => p.ownAdviser), ...listed.filter((p) => !p.ownAdviser)];
}

function measured(metres: number | undefined): Partial<ListedPoint> {
  if (metres === undefined) return {};
  const { walkMinutes, driveMinutes } = travelEstimate(metres);
  return { metres, walkMinutes, driveMinutes, reach: reachVerdict(walkMinutes) };
}
