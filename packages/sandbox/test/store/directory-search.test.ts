// Name search (q) and the filters, on SQLite and on PostgreSQL alike: ranked
// exact, then prefix, then inside the name, then the firm's name; keyset
// pages that never repeat; a licence number found exactly; wildcards literal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../../src/dataset/jining-dataset.js';
import type { DirectoryStore, LawyerQuery } from '../../src/store/directory-store.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const dataset = generateJiningDataset();

describe.each(STORE_ENGINES)('name search on %s', (engineName) => {
  let storage: TestStorage;
  let directory: DirectoryStore;
  beforeAll(async () => {
    storage = await openTestStorage(engineName, dataset);
    directory = storage.engine.directory;
  });
  afterAll(() => storage.close());

  async function allPages(query: Omit<LawyerQuery, 'limit' | 'afterId'>, limit = 7) {
    const names: string[] = [];
    let afterId: string | undefined;
    do {
      const page = (await directory.lawyers({ ...query, limit, afterId }));
      names.push(...page.items.map((l) => l.id));
      afterId = page.nextAfterId ?? undefined;
    } while (afterId);
    return names;
  }

  it('finds exactly the lawyers whose name or firm name contains q, for 1, 2 and 3+ characters', async () => {
    const lawyer = dataset.lawyers[100] as (typeof dataset.lawyers)[number];
    const firmOf = (id: string | null) => dataset.lawFirms.find((f) => f.id === id)?.name ?? '';
    for (const q of [lawyer.name.slice(0, 1), lawyer.name.slice(0, 2), lawyer.name, '示例律', '信达']) {
      const expected = dataset.lawyers.filter((l) => l.name.includes(q) || firmOf(l.firmId).includes(q)).map((l) => l.id).sort();
      const found = await allPages({ q });
      expect([q, [...found].sort()]).toEqual([q, expected]);
      expect((await directory.lawyers({ q, limit: 1 })).total).toBe(expected.length);
      expect(new Set(found).size).toBe(found.length); // keyset pages never repeat
    }
  });

  it('ranks the exact name first, then names starting with q, then names containing it, then firm names', async () => {
    const surname = '王';
    const page = (await directory.lawyers({ q: surname, limit: 100 }));
    const rankOf = (name: string, firm: string | undefined) =>
      name === surname ? 0 : name.startsWith(surname) ? 1 : name.includes(surname) ? 2 : firm?.includes(surname) ? 3 : 9;
    const ranks = page.items.map((l) => rankOf(l.name, l.firm?.name));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).not.toContain(9);
    // a whole name (with its 示例 mark, 3+ characters) comes first
    const whole = dataset.lawyers[7]?.name as string;
    expect((await directory.lawyers({ q: whole, limit: 5 })).items[0]?.name).toBe(whole);
  });

  it('finds a lawyer by licence number, exactly, and takes SQL wildcards literally', async () => {
    const lawyer = dataset.lawyers[42] as (typeof dataset.lawyers)[number];
    expect((await directory.lawyers({ q: lawyer.licenceNumber, limit: 5 })).items.map((l) => l.id)).toEqual([lawyer.id]);
    expect((await directory.lawyers({ q: '%', limit: 10 })).total).toBe(0);
    expect((await directory.lawyers({ q: '_', limit: 10 })).total).toBe(0);
    expect((await directory.lawFirms({ q: "'", limit: 10 })).total).toBe(0);
  });

  it('combines q with the other filters', async () => {
    const found = (await directory.lawyers({ q: '王', region: '370811', acceptsLegalAid: true, limit: 100 }));
    expect(found.total).toBeGreaterThan(0);
    for (const l of found.items) expect([l.region, l.acceptsLegalAid]).toEqual(['370811', true]);
  });

  it('ranks firm names the same way', async () => {
    const firm = dataset.lawFirms[5] as (typeof dataset.lawFirms)[number];
    const found = (await directory.lawFirms({ q: firm.name, limit: 5 }));
    expect(found.items[0]?.id).toBe(firm.id);
    const word = (await directory.lawFirms({ q: '信达', limit: 50 }));
    expect(word.items.every((f) => f.name.includes('信达'))).toBe(true);
  });
});
