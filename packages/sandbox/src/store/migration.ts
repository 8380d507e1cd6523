// A versioned schema change. Each engine keeps its own list (sqlite/,
// postgres/), version for version the same tables and columns. Append only: a
// deployed database has run the earlier ones, so editing one would fork its
// schema from a fresh install's.
import type { KeyRing } from '../crypto/key-ring.js';

export interface Migration<DataStep = unknown> {
  version: number;
  name: string;
  sql: string;
  /**
   * What SQL alone cannot do (sealing rows a former version kept in clear),
   * after `sql` and in the same transaction. `keys` is undefined where the
   * caller gave none: a database with nothing to seal needs none.
   */
  data?: DataStep;
  /** After the transaction commits, outside it: rewriting the tables (VACUUM) so that no file still holds what `data` replaced. */
  afterCommit?: string;
}

/** Sealing needs the key-encryption keys: a database with rows to seal cannot be migrated without them. */
export function requireKeys(keys: KeyRing | undefined, what: string): KeyRing {
  if (!keys) throw new Error(`the database holds ${what} to encrypt: migrate it with the data key (PLSKIT_DATA_KEY) given`);
  return keys;
}
