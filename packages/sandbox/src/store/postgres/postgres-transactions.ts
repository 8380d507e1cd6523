// The unit of work on PostgreSQL. A write is one transaction on one pooled
// connection, run again from the start when it lost a race with another node
// (serialization failure, deadlock); a read is one statement on the pool. Every
// failure that means "the database cannot serve" comes out as
// StorageUnavailableError, and /v1/health hears of each outcome: a write that
// commits proves writes work, a read that answers proves the server reachable.
import type { StorageStatus } from '../storage-status.js';
import type { PostgresClient, PostgresPool } from './postgres-database.js';
import { isRaceLost, isStalled, postgresFailureOf } from './postgres-failures.js';

const MAX_ATTEMPTS = 5;
// a server that goes away between two statements of a transaction: the statement in flight fails and says so
const ignore = () => {};

export interface PostgresTransactions {
  readonly pool: PostgresPool;
  /** Runs `work` in one transaction on one connection: all of it commits, or none. */
  write<T>(work: (client: PostgresClient) => Promise<T>): Promise<T>;
  /** The rows of one statement on the pool. */
  read<R>(sql: string, values?: unknown[]): Promise<R[]>;
}

export function postgresTransactions(pool: PostgresPool, status: StorageStatus): PostgresTransactions {
  const failed = (error: unknown): unknown => {
    const failure = postgresFailureOf(error);
    if (!failure) return error;
    status.recordFailed(failure);
    return failure;
  };
  return {
    pool,
    async write(work) {
      for (let attempt = 1; ; attempt++) {
        let client: PostgresClient | undefined;
        let stalled = false;
        try {
          client = await pool.connect();
          client.on('error', ignore);
          await client.query('BEGIN');
          const result = await work(client);
          await client.query('COMMIT');
          status.recordWriteSucceeded();
          return result;
        } catch (error) {
          // a server gone quiet would keep a ROLLBACK waiting too: the connection is dropped instead, which ends the transaction
          stalled = isStalled(error);
          if (!stalled) await client?.query('ROLLBACK').catch(ignore);
          if (attempt >= MAX_ATTEMPTS || !isRaceLost(error)) throw failed(error);
        } finally {
          client?.off('error', ignore);
          client?.release(stalled);
        }
      }
    },
    async read<R>(sql: string, values: unknown[] = []) {
      try {
        const { rows } = await pool.query(sql, values);
        status.recordReadSucceeded();
        return rows as R[];
      } catch (error) {
        throw failed(error);
      }
    },
  };
}

/** Serializes every transaction that names `key` (an idempotency key's hash, say) until it ends, on any node. */
export async function lockKey(client: PostgresClient, key: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

/** Takes a job's lock for this transaction if no other node holds it; false means another node is doing the job. */
export async function tryJobLock(client: PostgresClient, job: number): Promise<boolean> {
  return (await client.query<{ won: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS won', [job])).rows[0]?.won === true;
}

/** Waits for a job's lock for this transaction: one node at a time does it. */
export async function jobLock(client: PostgresClient, job: number): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [job]);
}
