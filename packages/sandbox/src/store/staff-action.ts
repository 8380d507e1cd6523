// Who acted for staff: what every audit event records, and what a store
// change made by staff carries (its own module: the bookings' store and the
// staff store both name it).

/** Who acted, from which client, when. */
export interface StaffAction {
  /** The token's `sub`. */
  actor: string;
  /** The request log's pseudonym of the client's address. */
  client: string;
  /** The sandbox's clock, +08:00 as every stored time. */
  at: string;
}
