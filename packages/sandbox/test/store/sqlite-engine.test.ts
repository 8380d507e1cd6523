// What the SQLite engine does beneath the store interface, which PostgreSQL
// does its own way: names are found through an index of their 1- and
// 2-character grams, no search statement scans a table, and rows and totals
// are kept in memory until the directory's version (counted by triggers)
// changes, whoever changed it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../../src/dataset/jining-dataset.js';
import { MATCH_RANK } from '../../src/store/directory-store.js';
import { openDatabase, type SqliteDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { sqliteDirectoryStore } from '../../src/store/sqlite/sqlite-directory-store.js';
import { DIRECTORY_VERSION_MAX_AGE_MS } from '../../src/store/sqlite/sqlite-directory-version.js';
import { nameGrams } from '../../src/store/sqlite/sqlite-search-index.js';
import { seedDataset } from '../../src/store/sqlite/sqlite-seed.js';
import { sqliteTransactions } from '../../src/store/sqlite/sqlite-transactions.js';
import { storageStatus } from '../../src/store/storage-status.js';

const dataset = generateJiningDataset();
const db = openDatabase(':memory:');
seedDataset(db, dataset, '2026-09-01T09:00:00+08:00');
const directoryOn = (database: SqliteDatabase) => sqliteDirectoryStore(sqliteTransactions(database, storageStatus(false)));

describe('the name index', () => {
  it('indexes every 1- and 2-character gram of a name with its best rank', async () => {
    expect(nameGrams('王明')).toEqual(new Map([['王', MATCH_RANK.prefix], ['王明', MATCH_RANK.exact], ['明', MATCH_RANK.inside]]));
    expect(nameGrams('明')).toEqual(new Map([['明', MATCH_RANK.exact]]));
    expect(nameGrams('Li Na').get('li')).toBe(MATCH_RANK.prefix);
  });

});

describe('query plans', () => {
  const plan = (sql: string, ...params: unknown[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');

  it('scans no table for a filter or a name search (every step is a SEARCH on an index)', async () => {
    // the statements the store runs, captured from its prepared-statement cache by running them
    const statements: string[] = [];
    const spy = directoryOn(Object.assign(Object.create(db), {
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
    const dir = mkdtempSync(join(tmpdir(), 'plskit-search-'));
    try {
      const file = join(dir, 'sandbox.db');
      const served = openDatabase(file);
      seedDataset(served, dataset, 'now');
      const store = directoryOn(served);
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
      const restarted = directoryOn(openDatabase(file));
      expect((await restarted.lawyers({ q: '孔繁星', limit: 5 })).items.map((l) => l.id)).toEqual([target.id]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
