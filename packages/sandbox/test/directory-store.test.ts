import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withHostileRecords } from '../src/dataset/hostile-records.js';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { appliedMigrations, openDatabase } from '../src/store/database.js';
import { directoryStore } from '../src/store/directory-store.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { seedDataset } from '../src/store/seed.js';

const dataset = withHostileRecords(generateJiningDataset());
const db = openDatabase(':memory:');
seedDataset(db, dataset, '2026-09-01T09:00:00+08:00');
const directory = directoryStore(db);

describe('the SQLite directory store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plskit-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a new file, records each version, and seeds only once', async () => {
    const file = join(dir, 'nested', 'sandbox.db');
    const first = openDatabase(file);
    expect(appliedMigrations(first)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(seedDataset(first, dataset, 'now')).toBe(true);
    first.close();
    const again = openDatabase(file);
    expect(appliedMigrations(again)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(seedDataset(again, dataset, 'now')).toBe(false);
    expect((await directoryStore(again).counts()).lawyers).toBe(1604);
    again.close();
  });

  it('applies a later migration to a database that has the earlier ones', () => {
    const file = join(dir, 'upgrade.db');
    openDatabase(file, MIGRATIONS.slice(0, 1)).close();
    const upgraded = openDatabase(file);
    expect(appliedMigrations(upgraded)).toEqual(MIGRATIONS.map((m) => m.version));
    upgraded.close();
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
