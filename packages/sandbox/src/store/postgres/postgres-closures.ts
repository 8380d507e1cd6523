// What bookings and closures share on PostgreSQL: one advisory lock per
// center and day, taken shared by each booking or move into that day and
// alone by a closure of it. Bookings never wait for each other on it; a
// closure waits for the bookings under way to commit, then cancels them, and
// a booking that comes while a closure is being made waits for it, then
// sees it (each statement reads what is committed when it starts).
import { fromClosureRow, type ClosureSqlRow } from '../staff-rows.js';
import type { StoredClosure } from '../staff-store.js';
import type { PostgresClient } from './postgres-database.js';

export async function lockCenterDay(client: PostgresClient, centerId: string, date: string, mode: 'shared' | 'alone'): Promise<void> {
  const lock = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await client.query(`SELECT ${lock}(hashtextextended($1, 0))`, [`center-day:${centerId}:${date}`]);
}

/** The closures in force on a center's day. */
export async function closuresOf(client: PostgresClient, centerId: string, date: string): Promise<StoredClosure[]> {
  const { rows } = await client.query<ClosureSqlRow>('SELECT * FROM closures WHERE center_id = $1 AND day = $2 AND reopened_at IS NULL', [centerId, date]);
  return rows.map(fromClosureRow);
}
