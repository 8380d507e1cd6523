// Where the key-encryption keys come from: PLSKIT_DATA_KEY, or the file
// PLSKIT_DATA_KEY_FILE names (a mounted secret). Without either, a developer's
// sandbox makes a key of its own in its data folder (beside the SQLite file,
// or .plskit/ for PostgreSQL) and says loudly at every start that it does: a
// key kept beside the data protects nothing from whoever copies the folder. A
// database in memory takes a key in memory: both go when the process does.
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ephemeralKeyRing, newKeyText, parseKeyRing, type KeyRing } from './key-ring.js';

export interface DataKeySetting {
  /** The keys themselves (PLSKIT_DATA_KEY): base64, comma-separated, the current one first. */
  dataKey?: string;
  /** A file holding them (PLSKIT_DATA_KEY_FILE), one a line. */
  dataKeyFile?: string;
}

export interface ResolvedKeyRing {
  ring: KeyRing;
  /** The key file the sandbox made or reuses in its data folder, when no key was given: say so at start. */
  localFile?: string;
}

export const LOCAL_KEY_FILE = 'data-key';

/** The data folder's key file for a database: beside a SQLite file, in .plskit/ of the working directory for PostgreSQL. */
export const localKeyFileFor = (db: string, postgres: boolean): string =>
  postgres ? resolve('.plskit', LOCAL_KEY_FILE) : join(dirname(resolve(db)), LOCAL_KEY_FILE);

export function resolveKeyRing(setting: DataKeySetting, db: string, postgres: boolean): ResolvedKeyRing {
  if (setting.dataKey !== undefined) return { ring: parseKeyRing(setting.dataKey, 'PLSKIT_DATA_KEY') };
  if (setting.dataKeyFile !== undefined) return { ring: parseKeyRing(readFileSync(setting.dataKeyFile, 'utf8'), 'PLSKIT_DATA_KEY_FILE') };
  if (db === ':memory:') return { ring: ephemeralKeyRing() };
  const localFile = localKeyFileFor(db, postgres);
  return { ring: parseKeyRing(localKey(localFile), localFile), localFile };
}

/** The local key file's text, made (readable by its owner only) if there is none; of two processes starting at once, one makes it and both read it. */
function localKey(file: string): string {
  // the usual start: the key is there (and the folder may be read-only)
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dirname(file), { recursive: true });
  // written whole under another name, then linked into place: a reader never sees half a file
  const draft = `${file}.${randomBytes(6).toString('hex')}`;
  writeFileSync(draft, `# made by plskit-sandbox for development: in production set PLSKIT_DATA_KEY or PLSKIT_DATA_KEY_FILE\n${newKeyText()}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readFileSync(file, 'utf8');
}
