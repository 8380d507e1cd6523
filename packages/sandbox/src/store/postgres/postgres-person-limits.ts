// What one person holds on PostgreSQL, counted in turn across nodes (see
// ../person-limits.ts): the key is locked until the transaction ends, then
// `count` runs, so the next transaction for the same number waits and counts
// what this one added. Bookings count their future visits with it; work
// orders call it with a count of their own open ones.
import type { PostgresClient } from './postgres-database.js';
import { lockKey } from './postgres-transactions.js';

export async function heldByPerson(client: PostgresClient, phoneKey: string, count: () => Promise<number>): Promise<number> {
  await lockKey(client, `person:${phoneKey}`);
  return count();
}
