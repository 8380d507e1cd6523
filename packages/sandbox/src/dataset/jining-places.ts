// Where the example network stands. Nothing here is surveyed: each county's
// seat is at a rounded position [U: two decimals, as commonly published
// tables give county seats; 高新区's is placed east of the city seat by
// plskit], each township at random around its seat (streets close, towns and
// townships farther), and each point near its township. Good enough to sort a
// county's points by distance in a demonstration; never directions.
import type { SeededRandom } from './prng.js';
import type { GeoLocation } from './service-point-record.js';
import type { Township } from './jining-townships.data.js';

const SEATS: Record<string, [latitude: number, longitude: number]> = {
  '370811': [35.42, 116.58], '370812': [35.55, 116.83], '370826': [34.82, 117.13], '370827': [35.0, 116.65],
  '370828': [35.07, 116.3], '370829': [35.42, 116.33], '370830': [35.73, 116.48], '370831': [35.67, 117.27],
  '370832': [35.8, 116.08], '370871': [35.4, 116.68], '370881': [35.58, 116.98], '370883': [35.4, 116.97],
};

/** The city's seat is 任城区's. */
const CITY_SEAT = SEATS['370811'] as [number, number];

const METRES_PER_DEGREE = 111_195;

/** A position `metres` away from `from` in a random direction, rounded to 5 decimals (about a metre). */
function near(random: SeededRandom, from: readonly [number, number], minMetres: number, maxMetres: number): [number, number] {
  const angle = random.next() * 2 * Math.PI;
  const distance = minMetres + random.next() * (maxMetres - minMetres);
  const latitude = from[0] + (Math.sin(angle) * distance) / METRES_PER_DEGREE;
  const longitude = from[1] + (Math.cos(angle) * distance) / (METRES_PER_DEGREE * Math.cos((from[0] * Math.PI) / 180));
  return [Math.round(latitude * 1e5) / 1e5, Math.round(longitude * 1e5) / 1e5];
}

export interface Places {
  /** Where a county's seat (or the city's, for 370800) is. */
  seat(region: string): [number, number];
  /** Where a township (by code) is. */
  township(code: string): [number, number];
  /** A point's location: within `withinMetres` of `around`, stated at the given survey precision. */
  point(around: readonly [number, number], withinMetres: number, precision: number): GeoLocation;
}

/** Every township's place, drawn once from `random` in the order of the township list. */
export function jiningPlaces(random: SeededRandom, townships: readonly Township[]): Places {
  const seat = (region: string): [number, number] => SEATS[region] ?? CITY_SEAT;
  const placed = new Map<string, [number, number]>();
  for (const township of townships) {
    // streets make up the county town; towns and townships lie out in the county
    const [min, max] = township.kind === 'street' ? [1_000, 5_000] : [6_000, 20_000];
    placed.set(township.code, near(random, seat(township.county), min, max));
  }
  return {
    seat,
    township: (code) => placed.get(code) ?? CITY_SEAT,
    point: (around, withinMetres, precision) => {
      const [latitude, longitude] = near(random, around, 0, withinMetres);
      return { latitude, longitude, precision };
    },
  };
}
