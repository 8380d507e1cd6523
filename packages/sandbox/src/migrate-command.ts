// `plskit-sandbox migrate`: brings the database PLSKIT_DB names (a SQLite file
// or a postgres:// URL) up to the newest schema and says which versions it holds. The server does the same on
// start; running it first lets an operator upgrade before switching traffic.
import { resolve } from 'node:path';
import type { CommandIo } from './command-io.js';
import { DEFAULT_DB } from './options.js';
import { isPostgresUrl } from './store/postgres/postgres-database.js';
import { openStorage } from './store/open-storage.js';

export async function runMigrateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  if (args.length > 0) { io.err('usage: plskit-sandbox migrate'); return 2; }
  const path = io.env.PLSKIT_DB ?? DEFAULT_DB;
  const engine = await openStorage(path === ':memory:' || isPostgresUrl(path) ? path : resolve(path));
  try {
    io.out(`schema versions (${engine.engine}): ${(await engine.migrations()).join(', ')}`);
    return 0;
  } finally {
    await engine.close();
  }
}
