// data_keys on PostgreSQL: each sealed record's data key, wrapped, and the
// deployment's lookup key (../sealed-contact.ts). A record's key is written
// and deleted in the record's own transaction; `rewrap` moves every key to
// the ring's current key-encryption key (a rotation), in batches, so the nodes
// keep serving meanwhile.
import type pg from 'pg';
import { rewrapDataKey } from '../../crypto/envelope.js';
import type { KeyRing } from '../../crypto/key-ring.js';
import { LOOKUP_KEY_ID, newLookupKey, wrappedKeyOf, type DataKeySqlRow, type WrappedDataKey } from '../sealed-contact.js';

// pg's own types, not postgres-database.ts's: that file migrates, and the migrations call these
type Queryable = pg.ClientBase | pg.Pool;

export async function addDataKey(client: Queryable, key: WrappedDataKey): Promise<void> {
  await client.query('INSERT INTO data_keys (id, kek_id, wrapped) VALUES ($1, $2, $3)', [key.id, key.kekId, key.wrapped]);
}

/** Deletes the data keys of records that are gone: what they sealed can no longer be opened anywhere. */
export async function removeDataKeys(client: Queryable, ids: readonly (string | null)[]): Promise<void> {
  const present = ids.filter((id): id is string => id !== null);
  if (present.length) await client.query('DELETE FROM data_keys WHERE id = ANY($1)', [present]);
}

/** The lookup key, made on a database that has none; nodes starting together agree on the first one written. */
export async function postgresLookupKey(client: Queryable, ring: KeyRing): Promise<WrappedDataKey> {
  const made = newLookupKey(ring);
  await client.query('INSERT INTO data_keys (id, kek_id, wrapped) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [made.id, made.kekId, made.wrapped]);
  const { rows } = await client.query<DataKeySqlRow>('SELECT id, kek_id, wrapped FROM data_keys WHERE id = $1', [LOOKUP_KEY_ID]);
  return wrappedKeyOf(rows[0]!);
}

/** How many data keys each key-encryption key wraps. */
export async function postgresKeyCensus(pool: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ kek_id: string; n: string }>('SELECT kek_id, COUNT(*) AS n FROM data_keys GROUP BY kek_id');
  return new Map(rows.map((r) => [r.kek_id, Number(r.n)]));
}

const REWRAP_BATCH = 500;

/** Wraps every data key not under the ring's current key again, a batch per transaction; returns how many. */
export async function postgresRewrap(pool: pg.Pool, ring: KeyRing): Promise<number> {
  let done = 0;
  for (;;) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<DataKeySqlRow>(`SELECT id, kek_id, wrapped FROM data_keys WHERE kek_id <> $1
        LIMIT $2 FOR UPDATE SKIP LOCKED`, [ring.current.id, REWRAP_BATCH]);
      for (const row of rows) {
        const again = rewrapDataKey(ring, wrappedKeyOf(row));
        await client.query('UPDATE data_keys SET kek_id = $2, wrapped = $3 WHERE id = $1', [again.id, again.kekId, again.wrapped]);
      }
      await client.query('COMMIT');
      done += rows.length;
      if (rows.length < REWRAP_BATCH) return done;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
