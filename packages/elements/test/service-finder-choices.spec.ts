// The finder's narrowing, in Node: townships and villages from the points, the
// village's own adviser first, and nearest first from a position with times
// that never claim a target a point may miss.
import type { ServicePoint } from '@plskit/sdk';
import { describe, expect, it } from 'vitest';
import { countsByKind, listPoints, NO_CHOICE, townshipsOf, villagesOf } from '../src/service-finder/service-finder-choices.js';

const point = (id: string, kind: ServicePoint['kind'], township: string, extra: Partial<ServicePoint> = {}): ServicePoint => ({
  id, kind, name: id, bookable: kind === 'public-legal-service-center', region: '370811', address: '', phone: '0537-5550000', services: [],
  township: { code: township, name: `${township}名` }, ...extra,
});

const points: ServicePoint[] = [
  point('sc-1', 'public-legal-service-center', '370811018', { location: { latitude: 35.4, longitude: 116.5, precision: 50 } }),
  point('va-1', 'village-legal-adviser', '370811018', { village: '前王庄', location: { latitude: 35.45, longitude: 116.5, precision: 500 } }),
  point('va-2', 'village-legal-adviser', '370811018', { village: '后李楼', location: { latitude: 35.401, longitude: 116.5, precision: 500 } }),
  point('va-3', 'village-legal-adviser', '370811002', { village: '东村' }),
  point('mc-1', 'mediation-committee', '370811002', { location: { latitude: 35.6, longitude: 116.5, precision: 50 } }),
];

describe('the service finder’s choices', () => {
  it('offers the townships in code order and a township’s villages as listed', () => {
    expect(townshipsOf(points).map((t) => t.code)).toEqual(['370811002', '370811018']);
    expect(villagesOf(points, '370811018')).toEqual(['前王庄', '后李楼']);
    expect(countsByKind(points, '370811018')).toMatchObject({ 'public-legal-service-center': 1, 'village-legal-adviser': 2, 'mediation-committee': 0 });
  });

  it('puts the chosen village’s adviser first, the township’s other points after it', () => {
    const listed = listPoints(points, { ...NO_CHOICE, township: '370811018', village: '后李楼' });
    expect(listed.map((p) => [p.point.id, p.ownAdviser])).toEqual([['va-2', true], ['sc-1', false], ['va-1', false]]);
    expect(listPoints(points, { ...NO_CHOICE, kind: 'mediation-committee' }).map((p) => p.point.id)).toEqual(['mc-1']);
  });

  it('sorts nearest first from a position, with rough times that err long, a point without a location last', () => {
    const listed = listPoints(points, NO_CHOICE, { latitude: 35.4, longitude: 116.5 });
    expect(listed.map((p) => p.point.id)).toEqual(['sc-1', 'va-2', 'va-1', 'mc-1', 'va-3']);
    expect(listed[0]).toMatchObject({ metres: 0, walkMinutes: 5, reach: 'within-urban-target' });
    // 111 m straight: 156 m of road on foot, under 5 minutes, said as 5
    expect(listed[1]!.metres).toBeCloseTo(111, 0);
    // 5.6 km straight is 7.8 km of road: about two hours on foot, beyond both targets
    expect(listed[2]).toMatchObject({ walkMinutes: 120, reach: 'beyond-targets' });
    expect(listed[4]!.metres).toBeUndefined();
    expect(listed[4]!.reach).toBeUndefined();
  });
});
