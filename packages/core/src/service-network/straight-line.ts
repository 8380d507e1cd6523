// Straight-line (great-circle) distances between WGS-84 positions, for
// sorting service points nearest first in the resident's own browser: the
// position never has to leave the page (PIPL Art 28: precise location is
// sensitive personal information).

/** A WGS-84 position in decimal degrees. */
export interface GeoPosition {
  latitude: number;
  longitude: number;
}

/** The mean radius of the earth (IUGG), in metres. */
const EARTH_RADIUS_M = 6_371_008.8;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** The straight-line distance in metres (haversine; within 0.5 % of the ellipsoid's over a county). */
export function straightLineMetres(from: GeoPosition, to: GeoPosition): number {
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A place and how far it is from the position, in metres; undefined when it has no location. */
export interface Distanced<T> {
  place: T;
  metres: number | undefined;
}

/**
 * The places nearest first from `position`; places without a location keep
 * their order after the others (a list never loses a place for lacking one).
 */
export function nearestFirst<T extends { location?: GeoPosition }>(places: readonly T[], position: GeoPosition): Distanced<T>[] {
  const measured = places.map((place, index) => ({
    place, index, metres: place.location ? straightLineMetres(position, place.location) : undefined,
  }));
  measured.sort((a, b) => (a.metres ?? Infinity) - (b.metres ?? Infinity) || a.index - b.index);
  return measured.map(({ place, metres }) => ({ place, metres }));
}
