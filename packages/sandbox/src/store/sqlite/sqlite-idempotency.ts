// An Idempotency-Key on the SQLite file, for any write that takes one (a
// booking, a work order), inside that write's transaction: an earlier use is
// replayed or refused, a first use keeps its reply sealed (../appointment-decisions.ts).
import { earlierReply, idempotencyKeyOf, idempotencyRecord, type EarlierReply, type IdempotencyRecord } from '../appointment-decisions.js';
import type { IdempotencyClaim, RenderedReply } from '../appointment-store.js';
import type { SqliteDatabase } from './sqlite-database.js';

export interface SqliteIdempotency {
  /** Replays or refuses an earlier use of the key; undefined when it is new. */
  earlier(claim: IdempotencyClaim): EarlierReply | undefined;
  remember(claim: IdempotencyClaim, reply: RenderedReply, now: string): void;
}

export function sqliteIdempotency(db: SqliteDatabase): SqliteIdempotency {
  const earlier = db.prepare(`SELECT key_hash AS keyHash, request_hash AS requestHash, status, sealed_response AS sealedReply,
    created_at AS createdAt FROM idempotency_records WHERE key_hash = ?`);
  const remember = db.prepare(`INSERT INTO idempotency_records (key_hash, request_hash, status, sealed_response, created_at)
    VALUES (@keyHash, @requestHash, @status, @sealedReply, @createdAt)`);
  return {
    earlier: (claim) => earlierReply(claim, earlier.get(idempotencyKeyOf(claim)) as IdempotencyRecord | undefined),
    remember: (claim, reply, now) => { remember.run(idempotencyRecord(claim, reply, now)); },
  };
}
