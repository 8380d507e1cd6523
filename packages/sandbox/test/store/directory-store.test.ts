// The directory store's promises, on SQLite and on PostgreSQL alike: a
// database is migrated and seeded once, lists page by keyset, a lawyer's card
// carries its firm, filters combine, and search text is never SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withHostileRecords } from '../../src/dataset/hostile-records.js';
import { generateJiningDataset } from '../../src/dataset/jining-dataset.js';
import type { Migration } from '../../src/store/migration.js';
import { openStorage } from '../../src/store/open-storage.js';
import { openPostgres } from '../../src/store/postgres/postgres-database.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/postgres-migrations.js';
import type { DirectoryStore } from '../../src/store/directory-store.js';
import { openDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/sqlite-migrations.js';
import { freshDatabase, openTestStorage, STORE_ENGINES, type StoreEngineName, type TestStorage } from './test-storage.js';
import { TEST_KEY_RING } from '../test-keys.js';

const dataset = withHostileRecords(generateJiningDataset());

const MIGRATIONS: Record<StoreEngineName, readonly Migration[]> = { sqlite: SQLITE_MIGRATIONS, postgres: POSTGRES_MIGRATIONS };
/** Brings a new database to the first migration only, as an older release left it. */
const migrateToFirst: Record<StoreEngineName, (db: string) => Promise<void>> = {
  sqlite: async (db) => { openDatabase(db, SQLITE_MIGRATIONS.slice(0, 1)).close(); },
  postgres: async (db) => (await openPostgres(db, POSTGRES_MIGRATIONS.slice(0, 1))).end(),
};

describe.each(STORE_ENGINES)('the directory store on %s', (engineName) => {
  let storage: TestStorage;
  let directory: DirectoryStore;
  beforeAll(async () => {
    storage = await openTestStorage(engineName, dataset);
    directory = storage.engine.directory;
  });
  afterAll(() => storage.close());

  it('migrates a new database, records each version, and seeds only once', async () => {
    const versions = MIGRATIONS[engineName].map((m) => m.version);
    const db = await freshDatabase(engineName);
    const first = await openStorage(db, { keys: TEST_KEY_RING });
    expect(await first.migrations()).toEqual(versions);
    expect(await first.seed(dataset, 'now')).toBe(true);
    await first.close();
    const again = await openStorage(db, { keys: TEST_KEY_RING });
    expect(await again.migrations()).toEqual(versions);
    expect(await again.seed(dataset, 'now')).toBe(false);
    expect((await again.directory.counts()).lawyers).toBe(1604);
    await again.close();
  });

  it('applies the later migrations to a database that has the earlier ones', async () => {
    const db = await freshDatabase(engineName);
    await migrateToFirst[engineName](db);
    const upgraded = await openStorage(db, { keys: TEST_KEY_RING });
    expect(await upgraded.migrations()).toEqual(MIGRATIONS[engineName].map((m) => m.version));
    await upgraded.close();
  });

  it('pages lawyers by keyset without repeats and reports the total', async () => {
    const seen = new Set<string>();
    let afterId: string | undefined;
    let pages = 0;
    do {
      const page = await directory.lawyers({ region: '370812', limit: 50, afterId });
      expect(page.total).toBe(dataset.lawyers.filter((l) => l.region === '370812').length);
      for (const lawyer of page.items) {
        expect(seen.has(lawyer.id)).toBe(false);
        seen.add(lawyer.id);
      }
      afterId = page.nextAfterId ?? undefined;
      pages++;
    } while (afterId && pages < 100);
    expect(seen.size).toBe(dataset.lawyers.filter((l) => l.region === '370812').length);
  });

  it('joins the firm (name, address, phone) into each lawyer row, null without a firm', async () => {
    const page = await directory.lawyers({ limit: 200 });
    const legalAid = await directory.lawyers({ category: 'legal-aid', limit: 5 });
    for (const lawyer of [...page.items, ...legalAid.items]) {
      const source = dataset.lawyers.find((l) => l.id === lawyer.id);
      const firm = dataset.lawFirms.find((f) => f.id === source?.firmId);
      expect(lawyer.firm).toEqual(firm ? { id: firm.id, name: firm.name, address: firm.address, phone: firm.phone } : null);
    }
    expect(legalAid.items.length).toBeGreaterThan(0);
    expect(legalAid.items.every((l) => l.firm === null)).toBe(true);
    expect(page.items.some((l) => l.firm !== null)).toBe(true);
  });

  it('combines filters and takes LIKE wildcards literally', async () => {
    const page = await directory.lawyers({ practiceArea: 'labour', language: 'en', acceptsLegalAid: true, limit: 500 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const l of page.items) {
      expect(l.practiceAreas).toContain('labour');
      expect(l.languages).toContain('en');
      expect(l.acceptsLegalAid).toBe(true);
    }
    expect((await directory.lawyers({ q: '%', limit: 10 })).total).toBe(0);
    expect((await directory.lawyers({ q: '测试', limit: 10 })).items.map((l) => l.id).slice(0, 5))
      .toEqual(['lw-0001', 'lw-0002', 'lw-0003', 'lw-0004', 'lw-0005']);
  });

  it('finds a firm with its lawyer count and practice areas', async () => {
    const firm = await directory.lawFirm('lf-002');
    expect(firm?.lawyerCount).toBe(dataset.lawyers.filter((l) => l.firmId === 'lf-002').length);
    expect(firm?.practiceAreas.length).toBeGreaterThan(0);
    expect(await directory.lawFirm('lf-999')).toBeUndefined();
  });
});
