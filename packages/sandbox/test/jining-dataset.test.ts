import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateJiningDataset, PLAN_COUNTS } from '../src/dataset/jining-dataset.js';
import { HOSTILE_FIRM_NAME, HOSTILE_LAWYER_NAMES } from '../src/dataset/hostile-names.js';
import { withHostileRecords } from '../src/dataset/hostile-records.js';
import { isCountyLevel, JINING_DIVISIONS } from '../src/dataset/jining-divisions.js';
import { LICENCE_NUMBER_PATTERN } from '../src/dataset/licence-number.js';
import { seededRandom } from '../src/dataset/prng.js';
import { FICTION_MARK } from '../src/dataset/synthetic-names.js';
import { JINING_TOWNSHIPS, townshipByCode, townshipsOf } from '../src/dataset/jining-townships.data.js';
import { SERVICE_POINT_KINDS } from '../src/dataset/service-point-record.js';

const dataset = generateJiningDataset();

describe('the synthetic Jining dataset', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateJiningDataset()).toEqual(dataset);
    expect(generateJiningDataset(1).lawyers[10]).not.toEqual(dataset.lawyers[10]);
    expect(seededRandom(7).next()).toBe(seededRandom(7).next());
  });

  it("has Jining's divisions: 11 counties, 1 coded zone and 2 uncoded zones", () => {
    expect(JINING_DIVISIONS.filter(isCountyLevel)).toHaveLength(11);
    expect(JINING_DIVISIONS.filter((d) => d.statisticalCode).map((d) => d.code)).toHaveLength(12);
    expect(JINING_DIVISIONS.filter((d) => d.kind === 'functional-zone')).toHaveLength(3);
  });

  it('has the service network of the plan: 1 city, 11 county, 156 township, 4 branch centers', () => {
    const byLevel = (level: string) => dataset.serviceCenters.filter((c) => c.level === level).length;
    expect([byLevel('city'), byLevel('county'), byLevel('township'), byLevel('branch')]).toEqual([1, 11, 156, 4]);
    expect(new Set(dataset.serviceCenters.map((c) => c.id)).size).toBe(dataset.serviceCenters.length);
    expect(dataset.serviceCenters.filter((c) => c.region === '370812' && c.level === 'township')).toHaveLength(10);
  });

  it('keeps the firms and lawyers it had before the network was added (the same stream, byte for byte)', () => {
    const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(sha256(dataset.lawyers)).toBe('dd33523636ce7530506f5d13a85e6b6dcc96ec39d33ca2a9ba641feb07e4384b');
    expect(sha256(dataset.lawFirms)).toBe('13a903920d2889aba54f0ef2d93551ce40f07761af84a464ed5caea6acc7f47b');
  });

  it('has the whole network of the plan: 994 village advisers (977 WeChat groups), 12 notary offices, 14 appraisal bodies, a mediation committee in every township, 12 legal-aid centers', () => {
    const ofKind = (kind: string) => dataset.servicePoints.filter((p) => p.kind === kind);
    expect(ofKind('village-legal-adviser')).toHaveLength(994);
    expect(ofKind('village-legal-adviser').filter((p) => p.details.wechatGroup)).toHaveLength(977);
    expect(ofKind('notary-office').map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `no-${String(i + 1).padStart(2, '0')}`));
    expect(ofKind('forensic-appraisal-body')).toHaveLength(14);
    expect(ofKind('legal-aid-center')).toHaveLength(12);
    const townships = JINING_TOWNSHIPS.filter((t) => t.kind !== 'special');
    expect(townships).toHaveLength(156);
    for (const township of townships) {
      expect(ofKind('mediation-committee').filter((p) => p.township === township.code).length, township.name).toBeGreaterThanOrEqual(1);
      expect(ofKind('village-legal-adviser').filter((p) => p.township === township.code).length, township.name).toBeGreaterThanOrEqual(6);
    }
    expect(new Set([...dataset.servicePoints, ...dataset.serviceCenters].map((p) => p.id)).size)
      .toBe(dataset.servicePoints.length + dataset.serviceCenters.length);
    expect(new Set(dataset.servicePoints.map((p) => p.kind))).toEqual(new Set(SERVICE_POINT_KINDS.slice(1)));
  });

  it('names each station after a real township of its county, and places every point (WGS-84) near it', () => {
    const stations = dataset.serviceCenters.filter((c) => c.level === 'township');
    for (const station of stations) {
      const township = townshipByCode(station.township ?? '');
      expect(township?.county, station.id).toBe(station.region);
      expect(station.name).toBe(`${township?.name}公共法律服务工作站（示例）`);
    }
    expect(stations.filter((s) => s.region === '370811').map((s) => s.township)).toEqual(townshipsOf('370811').map((t) => t.code));
    expect(dataset.serviceCenters.find((c) => c.id === 'sc-370811-14')?.name).toBe('唐口街道公共法律服务工作站（示例）');
    for (const point of [...dataset.serviceCenters, ...dataset.servicePoints]) {
      expect(point.location, point.id).not.toBeNull();
      expect(point.location!.latitude).toBeGreaterThan(34.3);
      expect(point.location!.latitude).toBeLessThan(36.2);
      expect(point.location!.longitude).toBeGreaterThan(115.6);
      expect(point.location!.longitude).toBeLessThan(117.9);
    }
    // a village's adviser is in the village's township, about its centre
    const adviser = dataset.servicePoints.find((p) => p.kind === 'village-legal-adviser')!;
    expect(adviser.location?.precision).toBe(500);
    expect(adviser.village).toMatch(/（示例）$/u);
    expect(adviser.details.duty?.length).toBeGreaterThan(0);
  });

  it('has 109 firms and 1,604 lawyers split by category as the plan gives', () => {
    expect(dataset.lawFirms).toHaveLength(PLAN_COUNTS.lawFirms);
    expect(dataset.lawyers).toHaveLength(1604);
    for (const [category, count] of Object.entries(PLAN_COUNTS.lawyers)) {
      expect(dataset.lawyers.filter((l) => l.category === category)).toHaveLength(count);
    }
  });

  it('gives every lawyer a unique 17-digit Jining licence number that encodes the first year', () => {
    const numbers = dataset.lawyers.map((l) => l.licenceNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const lawyer of dataset.lawyers) {
      expect(lawyer.licenceNumber).toMatch(LICENCE_NUMBER_PATTERN);
      expect(lawyer.licenceNumber.slice(5, 9)).toBe(String(lawyer.firstPracticeYear));
    }
  });

  it('puts firm lawyers in a firm (at least 3 each) and the others in none', () => {
    for (const firm of dataset.lawFirms) {
      expect(dataset.lawyers.filter((l) => l.firmId === firm.id).length).toBeGreaterThanOrEqual(3);
    }
    expect(dataset.lawyers.filter((l) => l.firmId === null).map((l) => l.category).sort())
      .toEqual(dataset.lawyers.filter((l) => !['full-time', 'part-time'].includes(l.category)).map((l) => l.category).sort());
    expect(dataset.lawyers.filter((l) => l.category === 'legal-aid').every((l) => l.acceptsLegalAid)).toBe(true);
  });

  it('speaks mostly Chinese, some English, Japanese and Korean', () => {
    const speaking = (lang: string) => dataset.lawyers.filter((l) => l.languages.includes(lang)).length;
    expect(speaking('zh')).toBe(1604);
    expect(speaking('en')).toBeGreaterThan(100);
    expect(speaking('ja')).toBeGreaterThan(5);
    expect(speaking('ko')).toBeGreaterThan(5);
  });

  it('marks every invented record as an example (示例): drawn names, and the real institutions with invented addresses', () => {
    for (const lawyer of dataset.lawyers) expect(lawyer.name).toMatch(/^[\u4e00-\u9fff]{2,3}（示例）$/u);
    for (const firm of dataset.lawFirms) expect(firm.name).toMatch(/^山东[\u4e00-\u9fff]{2,3}示例律师事务所$/u);
    expect(new Set(dataset.lawFirms.map((f) => f.name)).size).toBe(dataset.lawFirms.length);
    for (const record of [...dataset.servicePoints, ...dataset.serviceCenters]) expect(record.name).toContain(FICTION_MARK);
    for (const adviser of dataset.servicePoints.filter((p) => p.kind === 'village-legal-adviser')) expect(adviser.village).toContain(FICTION_MARK);
    // the mark follows the institution's name, so a search by that name still finds it
    expect(dataset.serviceCenters.find((c) => c.id === 'sc-370811')?.name).toBe('任城区公共法律服务中心（示例）');
  });

  it('has no hostile records by default; the test fixture puts them first and changes nothing else', () => {
    const texts = JSON.stringify(dataset);
    expect(texts).not.toContain('测试');
    const hostile = withHostileRecords(dataset);
    expect(hostile.lawyers.slice(0, HOSTILE_LAWYER_NAMES.length).map((l) => l.name)).toEqual(HOSTILE_LAWYER_NAMES);
    expect(hostile.lawyers.some((l) => l.name.length === 300)).toBe(true);
    expect(hostile.lawFirms[0]?.name).toBe(HOSTILE_FIRM_NAME);
    expect(hostile.lawyers.slice(HOSTILE_LAWYER_NAMES.length)).toEqual(dataset.lawyers.slice(HOSTILE_LAWYER_NAMES.length));
    expect(hostile.lawyers.map(({ name: _, ...rest }) => rest)).toEqual(dataset.lawyers.map(({ name: _, ...rest }) => rest));
    expect(hostile.lawFirms.slice(1)).toEqual(dataset.lawFirms.slice(1));
  });
});
