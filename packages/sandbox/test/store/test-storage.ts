// The storage engines the store suites run on, each on a database of its own:
// a SQLite file in a fresh folder, or a fresh database on the test run's
// PostgreSQL (scripts/postgres.mjs). A suite written once with
// describe.each(STORE_ENGINES) holds both engines to the same promises.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { generateJiningDataset, type JiningDataset } from '../../src/dataset/jining-dataset.js';
import { openStorage } from '../../src/store/open-storage.js';
import type { StorageEngine } from '../../src/store/storage-engine.js';
import { freshPostgresUrl } from '../test-postgres.js';
import { TEST_KEY_RING } from '../test-keys.js';

export const STORE_ENGINES = ['sqlite', 'postgres'] as const;
export type StoreEngineName = (typeof STORE_ENGINES)[number];

export interface TestStorage {
  /** What PLSKIT_DB would say to open this database again (another node, a restart). */
  db: string;
  engine: StorageEngine;
  /** Raw SQL on the same database from a connection of its own, written with `?` placeholders (PostgreSQL's are numbered for it). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const folders: string[] = [];
afterAll(() => { for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** Where a new, empty database of `name` is: a file in a fresh folder, or a fresh PostgreSQL database. */
export async function freshDatabase(name: StoreEngineName): Promise<string> {
  if (name === 'postgres') return freshPostgresUrl();
  const dir = mkdtempSync(join(tmpdir(), 'plskit-store-'));
  folders.push(dir);
  return join(dir, 'sandbox.db');
}

/** Raw SQL on the database `db` from a connection of its own, written with `?` placeholders (PostgreSQL's are numbered for it). */
export function rawSql(name: StoreEngineName, db: string): Pick<TestStorage, 'sql'> & { close(): Promise<void> } {
  if (name === 'postgres') {
    const pool = new pg.Pool({ connectionString: db, max: 2 });
    return {
      sql: async <T>(text: string, params: unknown[] = []) => {
        let n = 0;
        return (await pool.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
      },
      close: () => pool.end(),
    };
  }
  const raw = new Database(db);
  return {
    sql: async <T>(text: string, params: unknown[] = []) => {
      const statement = raw.prepare(text);
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
    },
    close: async () => { raw.close(); },
  };
}

/** How many rows `table` of the database `db` holds now (what a refusal must leave unchanged). */
export async function rowCount(name: StoreEngineName, db: string, table: string): Promise<number> {
  const raw = rawSql(name, db);
  try {
    const [row] = await raw.sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
    return Number(row?.n);
  } finally {
    await raw.close();
  }
}

/** A new, migrated database on `name`, seeded with `dataset` unless it is null. */
export async function openTestStorage(name: StoreEngineName, dataset: JiningDataset | null = generateJiningDataset()): Promise<TestStorage> {
  const db = await freshDatabase(name);
  const engine = await openStorage(db, { keys: TEST_KEY_RING });
  if (dataset) await engine.seed(dataset, 'now');
  const raw = rawSql(name, db);
  return {
    db, engine, sql: raw.sql,
    close: async () => {
      await raw.close();
      await engine.close();
    },
  };
}
