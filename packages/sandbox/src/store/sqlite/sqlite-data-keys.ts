// data_keys on the SQLite file: each sealed record's data key, wrapped, and
// the deployment's lookup key (../sealed-contact.ts). A record's key is
// written and deleted in the record's own transaction; `rewrap` moves every
// key to the ring's current key-encryption key (a rotation).
// the driver's type, not sqlite-database.ts's: that file migrates, and the migrations call this
import type Database from 'better-sqlite3';
import { rewrapDataKey } from '../../crypto/envelope.js';
import type { KeyRing } from '../../crypto/key-ring.js';
import { LOOKUP_KEY_ID, newLookupKey, wrappedKeyOf, type DataKeySqlRow, type WrappedDataKey } from '../sealed-contact.js';

export interface SqliteDataKeys {
  add(key: WrappedDataKey): void;
  /** Deletes the data keys of records that are gone: what they sealed can no longer be opened anywhere. */
  remove(ids: readonly (string | null)[]): void;
}

export function sqliteDataKeys(db: Database.Database): SqliteDataKeys {
  const insert = db.prepare('INSERT INTO data_keys (id, kek_id, wrapped) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM data_keys WHERE id = ?');
  return {
    add: (key) => { insert.run(key.id, key.kekId, key.wrapped); },
    remove: (ids) => { for (const id of ids) if (id) remove.run(id); },
  };
}

/** The lookup key, made on a database that has none (it never changes after). Undefined on a database that cannot be written and has none. */
export function sqliteLookupKey(db: Database.Database, ring: KeyRing, writable = true): WrappedDataKey | undefined {
  const stored = db.prepare('SELECT id, kek_id, wrapped FROM data_keys WHERE id = ?').get(LOOKUP_KEY_ID) as DataKeySqlRow | undefined;
  if (stored) return wrappedKeyOf(stored);
  if (!writable) return undefined;
  const made = newLookupKey(ring);
  sqliteDataKeys(db).add(made);
  return made;
}

/** How many data keys each key-encryption key wraps. */
export function sqliteKeyCensus(db: Database.Database): Map<string, number> {
  const rows = db.prepare('SELECT kek_id, COUNT(*) AS n FROM data_keys GROUP BY kek_id').all() as { kek_id: string; n: number }[];
  return new Map(rows.map((r) => [r.kek_id, r.n]));
}

/** Wraps every data key not under the ring's current key again, in one transaction; returns how many. */
export function sqliteRewrap(db: Database.Database, ring: KeyRing): number {
  return db.transaction(() => {
    const old = db.prepare('SELECT id, kek_id, wrapped FROM data_keys WHERE kek_id <> ?').all(ring.current.id) as DataKeySqlRow[];
    const update = db.prepare('UPDATE data_keys SET kek_id = ?, wrapped = ? WHERE id = ?');
    for (const row of old) {
      const again = rewrapDataKey(ring, wrappedKeyOf(row));
      update.run(again.kekId, again.wrapped, again.id);
    }
    return old.length;
  }).immediate();
}
