// The directory writer's promises, on SQLite and on PostgreSQL alike: the plan
// sees the directory as it is (appointments' centers included), a kind given
// is replaced whole (same id updated in place, the others removed), a kind not
// given is left alone, nothing is written when the plan writes nothing or
// fails, and an imported directory is never overwritten by the synthetic seed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../../src/dataset/jining-dataset.js';
import type { DirectorySnapshot } from '../../src/store/directory-writer.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const dataset = generateJiningDataset();
const [firstFirm, secondFirm] = dataset.lawFirms as [typeof dataset.lawFirms[number], typeof dataset.lawFirms[number]];
const render = (a: { reference: string }, token: string) => ({ status: 201, body: { reference: a.reference, manageToken: token } });

describe.each(STORE_ENGINES)('the directory writer on %s', (engineName) => {
  let storage: TestStorage;
  beforeEach(async () => {
    storage = await openTestStorage(engineName, dataset);
  });
  afterEach(() => storage.close());

  const counts = () => storage.engine.directory.counts();

  it('shows the plan the directory as it is, the centers that appointments name included', async () => {
    await storage.engine.appointments.book({
      slot: { centerId: 'sc-370811', service: 'mediation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 3 },
      contact: { name: '王小明', phone: '13800138000' }, privacyNotice: '2026-01', locale: 'zh-CN', now: '2026-09-01T09:00:00+08:00',
    }, undefined, render);
    let seen: DirectorySnapshot | undefined;
    const result = await storage.engine.writer().replace((snapshot) => {
      seen = snapshot;
      return { result: 'looked' };
    }, 'now');
    expect(result).toBe('looked');
    expect([seen?.firms.length, seen?.lawyers.length, seen?.centerIds.length, seen?.pointIds['notary-office'].length, seen?.pointIds['village-legal-adviser'].length])
      .toEqual([dataset.lawFirms.length, dataset.lawyers.length, dataset.serviceCenters.length, 12, 994]);
    expect(seen?.centersWithAppointments).toEqual(['sc-370811']);
    expect(seen?.firms).toContainEqual({ id: firstFirm.id, name: firstFirm.name, region: firstFirm.region });
  });

  it('replaces a kind it is given whole and leaves the others, readable at once', async () => {
    const renamed = { ...firstFirm, name: '改名示例律师事务所' };
    // the second firm goes, and its lawyers with it; the first is renamed in place
    const kept = dataset.lawFirms.filter((f) => f.id !== secondFirm.id).map((f) => (f.id === firstFirm.id ? renamed : f));
    const lawyers = dataset.lawyers.filter((l) => l.firmId !== secondFirm.id);
    await storage.engine.writer().replace(() => ({ replacement: { 'law-firms': kept, lawyers }, result: undefined }), '2026-09-01T10:00:00+08:00');
    expect((await storage.engine.directory.lawFirm(firstFirm.id))?.name).toBe('改名示例律师事务所');
    expect(await storage.engine.directory.lawFirm(secondFirm.id)).toBeUndefined();
    expect(await counts()).toEqual({
      serviceCenters: dataset.serviceCenters.length, lawFirms: kept.length, lawyers: lawyers.length, notaryOffices: 12,
      servicePoints: dataset.serviceCenters.length + dataset.servicePoints.length,
    });
    const [meta] = await storage.sql<{ value: string }>("SELECT value FROM dataset_meta WHERE key = 'imported_at'");
    expect(meta?.value).toBe('2026-09-01T10:00:00+08:00');
    // an imported directory is the operator's: the synthetic seed never writes over it
    expect(await storage.engine.seed(dataset, 'later')).toBe(false);
  });

  it('writes nothing when the plan writes nothing or fails, even a write that broke a rule half-way', async () => {
    const before = await counts();
    await storage.engine.writer().replace(() => ({ result: 'dry run' }), 'now');
    const broken = storage.engine.writer().replace(() => ({
      // the second lawyer reuses the first's licence number: the database refuses it after the removals ran
      replacement: { lawyers: [dataset.lawyers[0]!, { ...dataset.lawyers[1]!, licenceNumber: dataset.lawyers[0]!.licenceNumber }] },
      result: undefined,
    }), 'now');
    await expect(broken).rejects.toThrow();
    await expect(storage.engine.writer().replace(() => { throw new Error('plan failed'); }, 'now')).rejects.toThrow('plan failed');
    expect(await counts()).toEqual(before);
    expect(await storage.sql("SELECT value FROM dataset_meta WHERE key = 'imported_at'")).toEqual([]);
  });
});
