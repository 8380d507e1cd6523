// A partner developer reading the whole network over HTTP: totals by kind that
// are the plan's figures, a county's points with the city's that stand in it,
// filters, paging, one point of each kind, and locations in WGS-84 that the
// API never asks a position to use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

let sandbox: RunningSandbox;
beforeAll(async () => { sandbox = await apiSandbox({ hostileRecords: true }); });
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

const get = async (path: string): Promise<{ status: number; body: Body }> => {
  const response = await fetch(`${sandbox.url}${path}`);
  return { status: response.status, body: await response.json() };
};

/** Every point of a query, 100 at a time. */
async function every(query: string): Promise<Body[]> {
  const items: Body[] = [];
  let cursor: string | null = null;
  do {
    const { body }: { body: Body } = await get(`/v1/service-points?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /v1/service-points', () => {
  it('counts the network of the plan: 12 city and county centers, 156 stations, 4 branches, 994 advisers, 12 notary offices, 14 appraisal bodies, 12 legal-aid centers', async () => {
    const { status, body } = await get('/v1/service-points?limit=1');
    expect(status).toBe(200);
    expect(body.totalsByKind).toEqual({
      'public-legal-service-center': 172, 'village-legal-adviser': 994, 'notary-office': 12, 'forensic-appraisal-body': 14,
      'mediation-committee': 156, 'legal-aid-center': 12,
    });
    const centers = await every('kind=public-legal-service-center');
    const levels = (level: string) => centers.filter((c) => c.level === level).length;
    expect([levels('city') + levels('county'), levels('township'), levels('branch')]).toEqual([12, 156, 4]);
    expect(centers.every((c) => c.bookable === true && c.hours)).toBe(true);
    for (const kind of ['village-legal-adviser', 'notary-office', 'forensic-appraisal-body', 'legal-aid-center']) {
      expect((await get(`/v1/service-points?kind=${kind}&limit=1`)).body.total).toBe(body.totalsByKind[kind]);
    }
  });

  it('has a people\'s mediation committee in every one of the 156 townships', async () => {
    const committees = await every('kind=mediation-committee');
    expect(new Set(committees.map((c) => c.township.code)).size).toBe(156);
    expect(committees[0]).toMatchObject({ kind: 'mediation-committee', bookable: false, services: ['mediation'] });
  });

  it('lists a county with the city\'s points that stand in it, each in WGS-84 with its precision, and narrows to a township', async () => {
    const rencheng = await every('region=370811');
    expect(rencheng.map((p) => p.id)).toEqual(expect.arrayContaining(['sc-370800', 'sc-370811', 'no-01', 'no-02', 'la-370800']));
    for (const point of rencheng) {
      expect(point.location.precision).toBeGreaterThan(0);
      expect(point.location.latitude).toBeGreaterThan(34);
      expect(point.location.longitude).toBeGreaterThan(115);
    }
    const tangkou = await every('township=370811018');
    expect(tangkou.every((p) => p.township.code === '370811018' && p.township.name === '唐口街道')).toBe(true);
    const station = tangkou.find((p) => p.id === 'sc-370811-14');
    expect(station).toMatchObject({ kind: 'public-legal-service-center', level: 'township', name: '唐口街道公共法律服务工作站（示例）', bookable: true });
    const adviser = tangkou.find((p) => p.kind === 'village-legal-adviser');
    expect(adviser).toMatchObject({ bookable: false, services: ['legal-consultation', 'mediation'] });
    expect(adviser.village).toMatch(/（示例）$/u);
    expect(adviser.duty[0]).toMatchObject({ weekday: expect.any(Number), part: expect.stringMatching(/^(morning|afternoon)$/) });
  });

  it('filters by service and text, and pages without repeating a point', async () => {
    const appraisal = await every('service=forensic-appraisal');
    expect(appraisal).toHaveLength(14);
    expect(appraisal.every((p) => p.appraisalCategories.length > 0)).toBe(true);
    const notary = (await get('/v1/service-points/no-01')).body;
    expect(notary).toMatchObject({ kind: 'notary-office', foreignUse: true, services: ['notarization'] });
    expect(notary.notaryMatters).toContain('will');
    const found = (await get(`/v1/service-points?q=${encodeURIComponent('测试')}`)).body;
    expect(found.items.map((p: Body) => p.id)).toEqual(['va-0001']);
    const all = await every('region=370800');
    expect(all).toHaveLength(1360);
    expect(new Set(all.map((p) => p.id)).size).toBe(1360);
  });

  it('answers an unknown point 404, a forged cursor and an unknown kind 400', async () => {
    expect((await get('/v1/service-points/va-9999')).body).toMatchObject({ status: 404, code: 'not-found' });
    const forged = Buffer.from('after:lw-0001').toString('base64url');
    expect((await get(`/v1/service-points?cursor=${forged}`)).body).toMatchObject({ status: 400, code: 'validation-failed' });
    expect((await get('/v1/service-points?kind=fortune-teller')).status).toBe(400);
    expect((await get('/v1/service-points?township=3708110')).status).toBe(400);
  });

  it('gives the service centers their township and location too', async () => {
    const { body } = await get('/v1/service-centers?region=370811&limit=100');
    const station = body.items.find((c: Body) => c.id === 'sc-370811-14');
    expect(station.township).toEqual({ code: '370811018', name: '唐口街道' });
    expect(Object.keys(station.location).sort()).toEqual(['latitude', 'longitude', 'precision']);
  });
});
