// Nearest first, in the page: straight-line distances between WGS-84 positions,
// rough travel times that err long, and the plan's reach targets.
import { describe, expect, it } from 'vitest';
import { NETWORK_REACH_TARGETS, nearestFirst, reachVerdict, straightLineMetres, travelEstimate } from '@plskit/core';

// 任城区 and 曲阜市, two county seats about 40 km apart
const rencheng = { latitude: 35.42, longitude: 116.58 };
const qufu = { latitude: 35.58, longitude: 116.98 };

describe('straight-line distances', () => {
  it('measure one degree of latitude as about 111 km and nothing as 0', () => {
    expect(straightLineMetres({ latitude: 35, longitude: 116 }, { latitude: 36, longitude: 116 })).toBeCloseTo(111_195, -2);
    expect(straightLineMetres(rencheng, rencheng)).toBe(0);
  });

  it('are the same both ways and shrink a degree of longitude with the latitude', () => {
    expect(straightLineMetres(rencheng, qufu)).toBeCloseTo(straightLineMetres(qufu, rencheng), 6);
    expect(straightLineMetres(rencheng, qufu)).toBeGreaterThan(40_000);
    expect(straightLineMetres(rencheng, qufu)).toBeLessThan(41_000);
    const degreeEast = straightLineMetres({ latitude: 35, longitude: 116 }, { latitude: 35, longitude: 117 });
    expect(degreeEast).toBeCloseTo(111_195 * Math.cos((35 * Math.PI) / 180), -2);
  });
});

describe('nearest first', () => {
  const places = [
    { id: 'far', location: qufu },
    { id: 'nowhere' },
    { id: 'near', location: { latitude: 35.421, longitude: 116.581 } },
    { id: 'also-nowhere' },
  ];

  it('sorts by distance and keeps the places without a location, in their order, at the end', () => {
    const sorted = nearestFirst(places, rencheng);
    expect(sorted.map((d) => d.place.id)).toEqual(['near', 'far', 'nowhere', 'also-nowhere']);
    expect(sorted[0]?.metres).toBeLessThan(200);
    expect(sorted[2]?.metres).toBeUndefined();
    expect(places[0]?.id, 'the input is left as it was').toBe('far');
  });
});

describe('travel estimates', () => {
  it('err long: roads 1.4 times the line, 4 km/h on foot, 30 km/h by car, rounded up to 5 minutes', () => {
    // 1 km in a line: 1.4 km of road, 21 minutes on foot (25), 2.8 by car (5)
    expect(travelEstimate(1000)).toEqual({ walkMinutes: 25, driveMinutes: 5 });
    expect(travelEstimate(0)).toEqual({ walkMinutes: 5, driveMinutes: 5 });
    expect(travelEstimate(10_000)).toEqual({ walkMinutes: 210, driveMinutes: 30 });
  });

  it('say which of the plan’s targets a time meets, and never one it misses', () => {
    expect(NETWORK_REACH_TARGETS).toMatchObject({ urbanMinutes: 15, ruralMinutes: 30 });
    expect(reachVerdict(15)).toBe('within-urban-target');
    expect(reachVerdict(16)).toBe('within-rural-target');
    expect(reachVerdict(30)).toBe('within-rural-target');
    expect(reachVerdict(31)).toBe('beyond-targets');
    // a point 500 m away is 700 m of road: 10.5 minutes on foot, said as 15, within the town's target
    expect(reachVerdict(travelEstimate(500).walkMinutes)).toBe('within-urban-target');
    // 600 m is 840 m of road, 12.6 minutes: rounded up to 15, still within; 800 m (16.8 min) is not
    expect(reachVerdict(travelEstimate(800).walkMinutes)).toBe('within-rural-target');
  });
});
