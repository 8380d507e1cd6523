// The network of service points in the store, on SQLite and on PostgreSQL
// alike: the centers and the other kinds read as one list in network order,
// totals by kind for the filters given, a county's list holding the city's
// points that stand in it, keyset pages that never repeat or skip, and an
// import of one kind that replaces that kind and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../../src/dataset/jining-dataset.js';
import { SERVICE_POINT_KINDS } from '../../src/dataset/service-point-record.js';
import type { DirectoryStore } from '../../src/store/directory-store.js';
import type { ServicePointQuery, ServicePointRow } from '../../src/store/service-points.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const dataset = generateJiningDataset();
const advisers = dataset.servicePoints.filter((p) => p.kind === 'village-legal-adviser');

/** Every point of a query, page after page. */
async function everyPoint(directory: DirectoryStore, query: Omit<ServicePointQuery, 'limit' | 'afterKey'>, limit = 37): Promise<ServicePointRow[]> {
  const all: ServicePointRow[] = [];
  let afterKey: string | undefined;
  do {
    const page = await directory.servicePoints({ ...query, limit, afterKey });
    all.push(...page.items);
    afterKey = page.nextAfterId ?? undefined;
  } while (afterKey);
  return all;
}

describe.each(STORE_ENGINES)('the service points on %s', (engineName) => {
  let storage: TestStorage;
  let directory: DirectoryStore;
  beforeAll(async () => {
    storage = await openTestStorage(engineName, dataset);
    directory = storage.engine.directory;
  });
  afterAll(() => storage.close());

  it('counts the whole network by kind: the plan’s figures', async () => {
    const page = await directory.servicePoints({ limit: 5 });
    expect(page.totalsByKind).toEqual({
      'public-legal-service-center': 172, 'village-legal-adviser': 994, 'notary-office': 12, 'forensic-appraisal-body': 14,
      'mediation-committee': 156, 'legal-aid-center': 12,
    });
    expect(page.total).toBe(172 + 994 + 12 + 14 + 156 + 12);
    expect(page.items.map((p) => p.id)).toEqual(['sc-370800', 'sc-370811', 'sc-370812', 'sc-370826', 'sc-370827']);
    expect((await directory.counts()).servicePoints).toBe(page.total);
    expect((await directory.counts()).notaryOffices).toBe(12);
  });

  it('pages a county in network order, never repeating or skipping a point, the city’s points that stand in it included', async () => {
    const first = await directory.servicePoints({ region: '370811', limit: 1 });
    const all = await everyPoint(directory, { region: '370811' });
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const ranks = all.map((p) => SERVICE_POINT_KINDS.indexOf(p.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const point of all) expect(point.region === '370811' || point.township?.startsWith('370811'), point.id).toBe(true);
    // the city's center, notary office and legal-aid center stand in 任城区
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining(['sc-370800', 'no-01', 'la-370800', 'sc-370811', 'sc-370811-14']));
    expect(all.find((p) => p.id === 'sc-370811')).toMatchObject({ kind: 'public-legal-service-center', level: 'county' });
  });

  it('filters by kind, township, service and text, with the totals by kind of the other filters', async () => {
    const tangkou = await directory.servicePoints({ township: '370811018', kind: 'village-legal-adviser', limit: 100 });
    const expected = advisers.filter((a) => a.township === '370811018');
    expect(tangkou.items.map((p) => p.id)).toEqual(expected.map((a) => a.id));
    expect(tangkou.total).toBe(expected.length);
    expect(tangkou.totalsByKind).toMatchObject({ 'public-legal-service-center': 1, 'mediation-committee': 1, 'village-legal-adviser': expected.length });
    expect(tangkou.items[0]).toMatchObject({ village: expected[0]!.village, details: { duty: expected[0]!.details.duty } });

    const notarization = await everyPoint(directory, { service: 'notarization' });
    expect(new Set(notarization.map((p) => p.kind))).toEqual(new Set(['public-legal-service-center', 'notary-office']));
    expect(notarization.filter((p) => p.kind === 'notary-office')).toHaveLength(12);

    const village = expected[1]!.village!;
    const found = await directory.servicePoints({ q: village.slice(0, 3), township: '370811018', limit: 10 });
    expect(found.items.map((p) => p.id)).toContain(expected[1]!.id);
    const none = await directory.servicePoints({ q: "x' OR 1=1 --", limit: 10 });
    expect(none.total).toBe(0);
  });

  it('reads one point of any kind, with its location and details, and nothing for an unknown id', async () => {
    const station = await directory.servicePoint('sc-370811-14');
    const source = dataset.serviceCenters.find((c) => c.id === 'sc-370811-14')!;
    expect(station).toMatchObject({ kind: 'public-legal-service-center', level: 'township', township: '370811018', location: source.location });
    const office = await directory.servicePoint('no-02');
    expect(office).toMatchObject({ kind: 'notary-office', level: null, services: ['notarization'], details: { foreignUse: true } });
    expect(office?.details.notaryMatters).toHaveLength(26);
    expect(await directory.servicePoint('va-9999')).toBeUndefined();
  });

  it('replaces the points of one kind an import gives, and leaves the others', async () => {
    const other = await openTestStorage(engineName, dataset);
    try {
      const kept = [{ ...advisers[0]!, name: '改名（示例）' }, advisers[5]!];
      await other.engine.writer().replace(() => ({ replacement: { points: { 'village-legal-adviser': kept } }, result: undefined }), 'now');
      const page = await other.engine.directory.servicePoints({ kind: 'village-legal-adviser', limit: 10 });
      expect(page.items.map((p) => [p.id, p.name])).toEqual([[advisers[0]!.id, '改名（示例）'], [advisers[5]!.id, advisers[5]!.name]]);
      expect(page.totalsByKind).toMatchObject({ 'village-legal-adviser': 2, 'mediation-committee': 156, 'notary-office': 12 });
    } finally {
      await other.close();
    }
  });

  it('gives a directory an older plskit seeded the whole network at the next start, and leaves an imported one as it is', async () => {
    const older = await openTestStorage(engineName, dataset);
    try {
      // as an older plskit left it: notary offices the only points, centers without a township or a place
      await older.sql("DELETE FROM service_points WHERE kind <> 'notary-office'");
      await older.sql('UPDATE service_centers SET township = NULL, latitude = NULL, longitude = NULL, location_precision = NULL');
      const adviserTotal = async () => (await older.engine.directory.servicePoints({ limit: 1 })).totalsByKind['village-legal-adviser'];
      // another connection's write is seen within a tenth of a second (sqlite-directory-version.ts)
      await expect.poll(adviserTotal).toBe(0);
      expect(await older.engine.seed(dataset, 'later')).toBe(false);
      expect((await older.engine.directory.servicePoints({ limit: 1 })).totalsByKind).toEqual({
        'public-legal-service-center': 172, 'village-legal-adviser': 994, 'notary-office': 12, 'forensic-appraisal-body': 14,
        'mediation-committee': 156, 'legal-aid-center': 12,
      });
      expect(await older.engine.directory.servicePoint('sc-370811-14')).toMatchObject({ township: '370811018', location: expect.any(Object) });
      // an imported directory is the operator's: nothing is added to it
      await older.sql("DELETE FROM service_points WHERE kind = 'village-legal-adviser'");
      await older.sql("INSERT INTO dataset_meta (key, value) VALUES ('imported_at', 'then')");
      await older.engine.seed(dataset, 'later');
      await expect.poll(adviserTotal).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await adviserTotal()).toBe(0);
    } finally {
      await older.close();
    }
  });
});
