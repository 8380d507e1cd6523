// The outbox and its delivery log, whichever engine keeps them. A change
// writes its event in its own transaction (the engine's eventWriter); from
// there every node's deliverer (src/events/deliverer.ts) asks this store to
//   route   each new event to the endpoints subscribed to it, and its text
//           message (if any) to the SMS gateway: one delivery row each;
//   claim   the deliveries that are due, under a lease, so that no other node
//           sends them meanwhile (a node that dies leaves them when it runs out);
//   settle  each attempt: delivered, retried later, or given up.
// The delivery log holds ids, types, endpoints, counts, statuses and times:
// never a phone number. A text message's own row (which holds the number,
// sealed with a data key of its own) is erased, key and all, as soon as it is
// settled either way.
export type DeliveryState = 'pending' | 'delivered' | 'failed';

export interface RetryPolicy {
  /** The first retry waits about this long; each later one twice the one before, up to MAX_RETRY_DELAY_MS (outbox-decisions.ts). */
  baseMs: number;
  /** Attempts in all before a delivery is given up. */
  maxAttempts: number;
  /** A message that is worthless after this (wall-clock ms; a confirmation code): no retry falls due later. */
  expiresAtMs?: number;
}

/** What a delivery becomes after an attempt. */
export type Settlement = { state: 'delivered' } | { state: 'pending'; nextAttemptAt: number } | { state: 'failed' };

/** Where events and messages go, as this node's configuration says. */
export interface EventRouting {
  /** The URLs of the endpoints subscribed to events of `type`. */
  endpointsFor(type: string): readonly string[];
  /** The SMS gateway's URL, when residents' text messages are sent. */
  smsGateway: string | undefined;
  /** The city's booking page, which a message about a cancelled visit links to. */
  bookAgainUrl?: string;
  /** The hotline messages tell residents to call (default core's 12348). */
  hotlineNumber?: string;
}

/** A delivery this node holds under a lease until it settles it (or the lease runs out). */
export interface ClaimedDelivery {
  id: string;
  /** `evt_…` (an event to an endpoint) or `ntf_…` (a text message to the gateway). */
  messageId: string;
  eventType: string;
  target: string;
  /** Attempts made before this one. */
  attempts: number;
  /** The exact bytes to POST (signed afresh at each attempt); a text message's, opened from its seal only now. */
  body: string;
  lease: string;
  /** When the message stops being worth sending (a code), wall-clock ms. */
  expiresAtMs?: number;
}

/** What one attempt came to. */
export type AttemptOutcome =
  | { kind: 'acknowledged'; status: number }
  | { kind: 'refused'; status: number }
  | { kind: 'timeout' }
  | { kind: 'unreachable' };

/** A row of the delivery log, as an operator lists it. */
export interface DeliveryLogEntry {
  messageId: string;
  eventId: string;
  eventType: string;
  target: string;
  state: DeliveryState;
  attempts: number;
  /** The HTTP status of the last attempt, if one answered. */
  lastStatus: number | null;
  /** `timeout`, `unreachable` or `status` (see lastStatus). */
  lastError: string | null;
  lastAttemptAt: string | null;
  /** When a pending delivery is tried next. */
  nextAttemptAt: string | null;
  /** When its event was created. */
  created: string;
}

export interface DeliveryQuery {
  state?: DeliveryState;
  /** Deliveries of events created at or after this instant. */
  since?: string;
  target?: string;
  limit: number;
}

export interface OutboxStore {
  /** Routes up to `limit` events not yet routed; `now` is the sandbox's clock (a visit that has begun gets no text). Returns how many. */
  route(routing: EventRouting, now: Date, limit?: number): Promise<number>;
  /** Leases up to `limit` deliveries to `targets` that are due at `nowMs` (wall clock) for `leaseMs`. */
  claim(targets: readonly string[], nowMs: number, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  /** Records an attempt; undefined when the lease was lost meanwhile (another node owns the delivery now). */
  settle(delivery: ClaimedDelivery, outcome: AttemptOutcome, policy: RetryPolicy, nowMs: number): Promise<Settlement | undefined>;
  /** Gives claimed deliveries back unattempted (a node stopping), due at once. */
  release(deliveries: readonly ClaimedDelivery[]): Promise<void>;
  /**
   * This node starts delivering: leases a dead process left behind are given
   * back where the engine can know it is dead (one process per SQLite file);
   * on PostgreSQL they run out by themselves.
   */
  takeOver(): Promise<void>;
  /** When the next delivery to `targets` falls due (wall-clock ms), counting leases; undefined when none is pending. */
  nextDue(targets: readonly string[]): Promise<number | undefined>;
  /** The delivery log, newest event first. */
  deliveries(query: DeliveryQuery): Promise<DeliveryLogEntry[]>;
  /** Sends an event again to the targets its type has (whatever its deliveries came to); undefined when no such event is kept. Returns how many deliveries. */
  replayEvent(eventId: string, targetsFor: (type: string) => readonly string[]): Promise<number | undefined>;
  /** Sends again every failed delivery of an event created at or after `since` (to `target` only, if given). Text messages are not kept to be sent again. */
  replayFailed(since: string, target?: string): Promise<number>;
  /** Erases events, text messages and their deliveries created more than `retainDays` before `now` (the contact-retention schedule). */
  eraseExpired(now: Date, retainDays: number): Promise<number>;
}
