// Limits per person: how many records of a kind one phone number may hold at
// once (future bookings; work orders waiting for an answer), so that one resident, or a script
// with a stack of numbers once numbers must be confirmed, cannot take what is
// meant for everyone. A person is their phone number's blind index
// (phone_key, kept beside each record: the number itself is sealed). Each
// engine counts what the key holds inside the transaction that adds one more:
// on SQLite the write lock serializes it, on PostgreSQL a lock on the key
// (postgres/postgres-person-limits.ts), so two requests for one number on two
// nodes count in turn and cannot both pass.

/** The default of PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE. */
export const DEFAULT_MAX_ACTIVE_BOOKINGS_PER_PHONE = 2;

/** The default of PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE: work orders waiting for an answer, web and hotline together. */
export const DEFAULT_MAX_OPEN_WORK_ORDERS_PER_PHONE = 3;

/** Whether a person holding `held` records may add one more under `max` (none: no limit). */
export const withinPersonLimit = (held: number, max: number | undefined): boolean => max === undefined || held < max;
