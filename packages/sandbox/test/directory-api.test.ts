// A partner developer browsing the directory over HTTP: regions, practice
// areas, service centers, lawyers and firms, with paging and filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { HOSTILE_LAWYER_NAMES } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

let sandbox: RunningSandbox;
beforeAll(async () => { sandbox = await apiSandbox({ hostileRecords: true }); });
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
};

describe('the directory API', () => {
  it('lists the city, its 11 county-level divisions and 3 functional zones', async () => {
    const { status, body } = await get('/v1/regions');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(15);
    expect(body.items[0]).toMatchObject({ code: '370800', name: { 'zh-CN': '济宁市', en: 'Jining' }, kind: 'city' });
    expect(body.items.filter((r: { kind: string }) => r.kind === 'functional-zone')).toHaveLength(3);
    expect(body.items.find((r: { code: string }) => r.code === '370883')).toMatchObject({ kind: 'county-level-city', parent: '370800' });
  });

  it('lists practice areas with names in both languages', async () => {
    const { body } = await get('/v1/practice-areas');
    expect(body.items).toContainEqual({ code: 'labour', name: { 'zh-CN': '劳动争议', en: 'Labour disputes' } });
  });

  it('pages the 172 service centers and filters them by region, level and service', async () => {
    const first = await get('/v1/service-centers?limit=100');
    expect(first.body.total).toBe(172);
    expect(first.body.items[0]).toMatchObject({ id: 'sc-370800', level: 'city' });
    expect(first.body.items[0].hours).toBeDefined();
    const second = await get(`/v1/service-centers?limit=100&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(72);
    expect(second.body.nextCursor).toBeNull();
    const yanzhou = await get('/v1/service-centers?region=370812&level=township');
    expect(yanzhou.body.total).toBe(10);
    const notary = await get('/v1/service-centers?service=notarization&limit=100');
    expect(notary.body.items.every((c: { level: string }) => c.level === 'city' || c.level === 'county')).toBe(true);
  });

  it('finds lawyers by filters, with years of practice from the fixed clock', async () => {
    const { body } = await get('/v1/lawyers?region=370811&practiceArea=labour&acceptsLegalAid=true&minYears=10&limit=50');
    expect(body.total).toBeGreaterThan(0);
    for (const lawyer of body.items) {
      expect(lawyer).toMatchObject({ region: '370811', acceptsLegalAid: true });
      expect(lawyer.practiceAreas).toContain('labour');
      expect(lawyer.yearsOfPractice).toBe(2026 - lawyer.firstPracticeYear);
      expect(lawyer.yearsOfPractice).toBeGreaterThanOrEqual(10);
      expect(lawyer.licenceNumber).toMatch(/^13708\d{12}$/);
    }
    const legalAid = await get('/v1/lawyers?category=legal-aid&limit=100');
    expect(legalAid.body.total).toBe(44);
    expect(legalAid.body.items.every((l: { firm: unknown }) => l.firm === null)).toBe(true);
    const english = await get('/v1/lawyers?language=en&limit=5');
    expect(english.body.items.every((l: { languages: string[] }) => l.languages.includes('en'))).toBe(true);
  });

  it('carries on every search item what its card shows of the firm, as the firm record has it', async () => {
    const { body } = await get('/v1/lawyers?limit=100');
    const withFirm = body.items.filter((l: { firm: unknown }) => l.firm !== null);
    expect(withFirm.length).toBeGreaterThan(50);
    const firms = new Map<string, { id: string; name: string; address: string; phone: string }>();
    for (const lawyer of withFirm) {
      if (!firms.has(lawyer.firm.id)) firms.set(lawyer.firm.id, (await get(`/v1/law-firms/${lawyer.firm.id}`)).body);
      const { id, name, address, phone } = firms.get(lawyer.firm.id)!;
      expect(lawyer.firm).toEqual({ id, name, address, phone });
    }
    const one = (await get(`/v1/lawyers/${withFirm[0].id}`)).body;
    expect(one.firm).toEqual(withFirm[0].firm);
  });

  it('walks every page of all 1,604 lawyers exactly once', async () => {
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null; total: number } } =
        await get(`/v1/lawyers?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.total).toBe(1604);
      for (const lawyer of page.body.items) ids.add(lawyer.id);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids.size).toBe(1604);
  });

  it('finds the hostile records with q=测试 and returns their text untouched', async () => {
    const { body } = await get(`/v1/lawyers?q=${encodeURIComponent('测试')}`);
    expect(body.items.map((l: { name: string }) => l.name)).toEqual(expect.arrayContaining([...HOSTILE_LAWYER_NAMES]));
    const firm = await get('/v1/law-firms/lf-001');
    expect(firm.body.name).toBe('测试"><svg onload=alert(1)>律师事务所');
  });

  it('finds a lawyer by licence number and a firm by name, with its lawyers counted', async () => {
    const lawyer = (await get('/v1/lawyers/lw-0100')).body;
    const byLicence = await get(`/v1/lawyers?q=${lawyer.licenceNumber}`);
    expect(byLicence.body.items.map((l: { id: string }) => l.id)).toEqual(['lw-0100']);
    if (lawyer.firm) {
      const firm = (await get(`/v1/law-firms/${lawyer.firm.id}`)).body;
      expect(firm.lawyerCount).toBeGreaterThanOrEqual(3);
      const byName = await get(`/v1/law-firms?q=${encodeURIComponent(firm.name)}`);
      expect(byName.body.items.map((f: { id: string }) => f.id)).toContain(firm.id);
    }
    const firms = await get('/v1/law-firms?limit=100');
    expect(firms.body.total).toBe(109);
  });

  it('answers unknown ids with a localised 404 problem, and bad parameters with a 400 naming them', async () => {
    const zh = await get('/v1/lawyers/lw-9999');
    expect(zh).toMatchObject({ status: 404, type: 'application/problem+json', body: { code: 'not-found', title: '未找到' } });
    const en = await get('/v1/law-firms/lf-999', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body.title).toBe('Not found');
    for (const [query, field] of [['limit=0', 'limit'], ['limit=abc', 'limit'], ['category=judge', 'category'],
      ['minYears=-1', 'minYears'], ['cursor=%%%', 'cursor'], ['acceptsLegalAid=maybe', 'acceptsLegalAid'], ['sort=name', 'sort']]) {
      const bad = await get(`/v1/lawyers?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field), query).toContain(field);
    }
  });

  it('reports health with the dataset counts', async () => {
    const { body } = await get('/v1/health');
    expect(body).toMatchObject({ status: 'ok', time: '2026-09-01T09:00:00+08:00' });
  });

  it('serves the contract it validates against at /openapi.yaml', async () => {
    const response = await fetch(`${sandbox.url}/openapi.yaml`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^openapi: 3\.1/m);
  });
});
