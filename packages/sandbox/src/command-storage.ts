// The database a `plskit-sandbox` command works on: PLSKIT_DB (a SQLite file
// or a postgres:// URL), opened with the key-encryption keys the server uses
// (PLSKIT_DATA_KEY, PLSKIT_DATA_KEY_FILE, or the data folder's development key).
import { resolve } from 'node:path';
import type { CommandIo } from './command-io.js';
import { resolveKeyRing } from './crypto/data-key-setting.js';
import type { KeyRing } from './crypto/key-ring.js';
import { DEFAULT_DB } from './options.js';
import { openStorage } from './store/open-storage.js';
import { isPostgresUrl } from './store/postgres/postgres-database.js';
import type { StorageEngine } from './store/storage-engine.js';

/** PLSKIT_DB as the server reads it, and the keys that open it. */
export function commandDatabase(io: CommandIo): { db: string; keys: KeyRing } {
  const named = io.env.PLSKIT_DB ?? DEFAULT_DB;
  const postgres = isPostgresUrl(named);
  const db = named === ':memory:' || postgres ? named : resolve(named);
  const setting = { ...(io.env.PLSKIT_DATA_KEY ? { dataKey: io.env.PLSKIT_DATA_KEY } : {}), ...(io.env.PLSKIT_DATA_KEY_FILE ? { dataKeyFile: io.env.PLSKIT_DATA_KEY_FILE } : {}) };
  return { db, keys: resolveKeyRing(setting, db, postgres).ring };
}

export function openCommandStorage(io: CommandIo, { db, keys } = commandDatabase(io)): Promise<StorageEngine> {
  return openStorage(db, { keys });
}
