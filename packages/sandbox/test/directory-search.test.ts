// Name search (q) and the filters read the rows of their answer through
// indexes: ranked exact, then prefix, then inside the name, then the firm's
// name; no statement scans the lawyers or firms table.
import { describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { openDatabase } from '../src/store/database.js';
import { directoryStore, type LawyerQuery } from '../src/store/directory-store.js';
import { DIRECTORY_VERSION_MAX_AGE_MS } from '../src/store/directory-version.js';
import { nameGrams, MATCH_RANK } from '../src/store/search-index.js';
import { seedDataset } from '../src/store/seed.js';

const dataset = generateJiningDataset();
const db = openDatabase(':memory:');
seedDataset(db, dataset, '2026-09-01T09:00:00+08:00');
const directory = directoryStore(db);

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

describe('name search', () => {
  it('indexes every 1- and 2-character gram of a name with its best rank', async () => {
    expect(nameGrams('王明')).toEqual(new Map([['王', MATCH_RANK.prefix], ['王明', MATCH_RANK.exact], ['明', MATCH_RANK.inside]]));
    expect(nameGrams('明')).toEqual(new Map([['明', MATCH_RANK.exact]]));
    expect(nameGrams('Li Na').get('li')).toBe(MATCH_RANK.prefix);
  });

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

describe('query plans', () => {
  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');

  it('scans no table for a filter or a name search (every step is a SEARCH on an index)', async () => {
    // the statements the store runs, captured from its prepared-statement cache by running them
    const statements: string[] = [];
    const spy = directoryStore(Object.assign(Object.create(db), {
      prepare: (sql: string) => { statements.push(sql); return db.prepare(sql); },
    }));
    spy.lawyers({ region: '370811', limit: 20 });
    spy.lawyers({ q: '王', limit: 20 });
    spy.lawyers({ q: '王明', region: '370811', limit: 20 });
    spy.lawyers({ practiceArea: 'labour', limit: 20 });
    spy.lawyers({ category: 'legal-aid', acceptsLegalAid: true, limit: 20 });
    spy.lawFirms({ q: '信达', limit: 20 });
    spy.lawFirms({ region: '370811', practiceArea: 'labour', limit: 20 });
    const searches = statements.filter((sql) => /lawyers l|law_firms f/.test(sql) && !/WHERE l\.id = \?|WHERE f\.id = \?/.test(sql) && /WHERE/.test(sql));
    expect(searches.length).toBeGreaterThan(8);
    for (const sql of searches) {
      const params = (sql.match(/\?/g) ?? []).map(() => 'x');
      const detail = plan(sql, ...params, ...(sql.includes('@text') ? [{ text: 'x' }] : []));
      if (process.env.SHOW_PLANS) console.log(sql, '\n', detail, '\n');
      expect([sql, detail]).not.toEqual([sql, expect.stringMatching(/SCAN (l|f)\b/)]);
    }
  });
});

describe('rows and totals kept between requests', () => {
  it('are forgotten when another process rewrites the directory, and the next start re-indexes names', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'plskit-search-'));
    try {
      const file = join(dir, 'sandbox.db');
      const served = openDatabase(file);
      seedDataset(served, dataset, 'now');
      const store = directoryStore(served);
      const target = dataset.lawyers[3] as { id: string; region: string };
      const before = (await store.lawyers({ region: target.region, limit: 1 })).total;
      expect((await store.lawyer(target.id))?.name).toBe(dataset.lawyers[3]?.name);
      // a county loading its own data through a second connection
      const county = openDatabase(file);
      county.prepare("UPDATE lawyers SET name = '孔繁星（示例）', region = '370883' WHERE id = ?").run(target.id);
      county.close();
      // a read of the directory's version is reused this long
      await new Promise((resolve) => setTimeout(resolve, DIRECTORY_VERSION_MAX_AGE_MS + 5));
      expect((await store.lawyer(target.id))?.name).toBe('孔繁星（示例）');
      expect((await store.lawyers({ region: target.region, limit: 1 })).total).toBe(before - (target.region === '370883' ? 0 : 1));
      served.close();
      const restarted = directoryStore(openDatabase(file));
      expect((await restarted.lawyers({ q: '孔繁星', limit: 5 })).items.map((l) => l.id)).toEqual([target.id]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
