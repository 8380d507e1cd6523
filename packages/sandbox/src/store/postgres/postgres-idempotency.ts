// An Idempotency-Key on PostgreSQL, for any write that takes one (a booking, a
// work order): the key's hash is locked for the transaction, so a retry that
// reaches another node while the first attempt still runs waits for it and
// replays it; the first reply is kept sealed (../appointment-decisions.ts).
import { earlierReply, idempotencyKeyOf, idempotencyRecord, type EarlierReply, type IdempotencyRecord } from '../appointment-decisions.js';
import type { IdempotencyClaim, RenderedReply } from '../appointment-store.js';
import type { PostgresClient } from './postgres-database.js';
import { lockKey } from './postgres-transactions.js';

/** Locks the key until the transaction ends, then replays or refuses an earlier use of it; undefined when it is new. */
export async function claimKey(client: PostgresClient, claim: IdempotencyClaim): Promise<EarlierReply | undefined> {
  const keyHash = idempotencyKeyOf(claim);
  await lockKey(client, keyHash);
  const { rows } = await client.query<IdempotencyRecord>(`SELECT key_hash AS "keyHash", request_hash AS "requestHash", status,
    sealed_response AS "sealedReply", created_at AS "createdAt" FROM idempotency_records WHERE key_hash = $1`, [keyHash]);
  return earlierReply(claim, rows[0]);
}

/** Keeps the first reply for the key, in the transaction that made it. */
export async function rememberReply(client: PostgresClient, claim: IdempotencyClaim, reply: RenderedReply, now: string): Promise<void> {
  const record = idempotencyRecord(claim, reply, now);
  await client.query(`INSERT INTO idempotency_records (key_hash, request_hash, status, sealed_response, created_at)
    VALUES ($1, $2, $3, $4, $5)`, [record.keyHash, record.requestHash, record.status, record.sealedReply, record.createdAt]);
}
