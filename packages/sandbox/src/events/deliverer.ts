// The deliverer every API node runs beside its HTTP server (when a webhooks
// file is configured): it routes the events the changes wrote, claims the
// deliveries that are due, POSTs each signed, and settles it — delivered,
// retried with back-off and jitter, or given up. At least once: a delivery
// is settled only after its answer, so a node that dies mid-way leaves it to
// the next claim (on PostgreSQL another node's, once the lease runs out).
// Scheduling runs on the wall clock: a fixed sandbox clock (PLSKIT_NOW) dates
// events, but must not stop retries from falling due.
import type { Clock } from '../clock.js';
import type { LogEntry, SandboxLogger } from '../logger.js';
import { DEFAULT_RETRY_POLICY, DELIVERY_LEASE_MS } from '../store/outbox-decisions.js';
import type { ClaimedDelivery, OutboxStore, RetryPolicy } from '../store/outbox-store.js';
import { StorageUnavailableError } from '../store/storage-status.js';
import { DELIVERY_TIMEOUT_MS, postSigned } from './post-signed.js';
import { eventRouting, signedTargets, type WebhooksConfig } from './webhooks-config.js';

export interface DeliveryOptions {
  /** The first retry's wait (PLSKIT_WEBHOOK_RETRY_BASE_MS, default 30 s), doubled each time. */
  retryBaseMs?: number;
  /** Attempts before a delivery is given up (PLSKIT_WEBHOOK_MAX_ATTEMPTS, default 22: about three days). */
  maxAttempts?: number;
  /** How long a receiver has to answer (default 10 s). */
  timeoutMs?: number;
  /** How long a claim is this node's (default 60 s). */
  leaseMs?: number;
  /** How often the outbox is looked at for other nodes' events (default 1 s). */
  pollMs?: number;
  /** Attempts in flight at once (default 8). */
  concurrency?: number;
}

export interface DelivererDependencies {
  outbox: OutboxStore;
  config: WebhooksConfig;
  /** The hotline residents' text messages tell them to call (PLSKIT_HOTLINE). */
  hotlineNumber: string;
  logger: SandboxLogger;
  /** The sandbox's clock: a visit that has begun by it gets no text message. */
  clock: Clock;
  options?: DeliveryOptions;
}

export interface Deliverer {
  /** Something was written: look at the outbox now rather than at the next poll. */
  nudge(): void;
  /** Stops claiming, abandons attempts in flight (given back unattempted), and resolves when it is idle. */
  stop(): Promise<void>;
}

/** A pause never shorter than this: nothing due is never a busy loop. */
const MIN_PAUSE_MS = 5;

export function startDeliverer({ outbox, config, hotlineNumber, logger, clock, options = {} }: DelivererDependencies): Deliverer {
  const policy: RetryPolicy = {
    baseMs: options.retryBaseMs ?? DEFAULT_RETRY_POLICY.baseMs, maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
  };
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const leaseMs = options.leaseMs ?? DELIVERY_LEASE_MS;
  const pollMs = options.pollMs ?? 1000;
  const concurrency = options.concurrency ?? 8;
  const routing = eventRouting(config, hotlineNumber);
  const secrets = signedTargets(config);
  const targets = [...secrets.keys()];
  const stopping = new AbortController();
  const inFlight = new Set<Promise<void>>();
  // a poke while no pause waits is kept for the next pause: no nudge is lost
  let poked = false;
  let wake: () => void = () => undefined;
  const poke = () => { poked = true; wake(); };

  const paused = (error: unknown) => logger(error instanceof StorageUnavailableError
    ? { level: 'warn', event: 'deliveries-paused', code: error.code }
    : { level: 'error', event: 'internal-error', errorName: error instanceof Error ? error.name : 'unknown' });

  async function attempt(delivery: ClaimedDelivery): Promise<void> {
    const started = performance.now();
    const outcome = await postSigned(delivery.target, delivery.body, {
      secrets: secrets.get(delivery.target) ?? [], timeoutMs, nowMs: Date.now(), stop: stopping.signal,
    });
    if (outcome === 'stopped') return outbox.release([delivery]);
    const settled = await outbox.settle(delivery, outcome, policy, Date.now());
    if (!settled) return;
    const entry: Omit<LogEntry, 'level' | 'event'> = {
      messageId: delivery.messageId, url: delivery.target, count: delivery.attempts + 1,
      ...('status' in outcome ? { status: outcome.status } : {}), ...(outcome.kind === 'acknowledged' ? {} : { code: outcome.kind }),
    };
    if (settled.state === 'delivered') logger({ level: 'info', event: 'delivered', ...entry, durationMs: Math.round(performance.now() - started) });
    else if (settled.state === 'pending') logger({ level: 'warn', event: 'delivery-retrying', ...entry });
    else logger({ level: 'error', event: 'delivery-given-up', ...entry });
  }

  /** Claims what is due into the free places; true when every place was filled (more may be due). */
  async function claimDue(): Promise<boolean> {
    const room = concurrency - inFlight.size;
    if (room <= 0) return false;
    await outbox.route(routing, clock());
    const claimed = await outbox.claim(targets, Date.now(), leaseMs, room);
    for (const delivery of claimed) {
      const running: Promise<void> = attempt(delivery).catch(paused).finally(() => {
        inFlight.delete(running);
        poke();
      });
      inFlight.add(running);
    }
    return claimed.length === room;
  }

  async function pause(): Promise<void> {
    const due = await outbox.nextDue(targets).catch(() => undefined);
    const ms = due === undefined ? pollMs : Math.min(pollMs, Math.max(MIN_PAUSE_MS, due - Date.now()));
    if (!poked) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
    wake = () => undefined;
    poked = false;
  }

  const loop = (async () => {
    await outbox.takeOver().catch(paused);
    while (!stopping.signal.aborted) {
      try {
        if (await claimDue()) continue;
      } catch (error) {
        paused(error);
      }
      if (!stopping.signal.aborted) await pause();
    }
    await Promise.all(inFlight);
  })();

  return {
    nudge: () => poke(),
    async stop() {
      stopping.abort();
      poke();
      await loop;
    },
  };
}

/** The store, each of its `changes` nudging the deliverer once it is written (its event is in the outbox). */
export function nudging<S extends object>(store: S, deliverer: Deliverer, changes: readonly (keyof S)[]): S {
  const nudged = { ...store };
  for (const name of changes) {
    const change = store[name] as (...args: unknown[]) => Promise<unknown>;
    nudged[name] = (async (...args: unknown[]) => {
      const result = await change(...args);
      deliverer.nudge();
      return result;
    }) as S[keyof S];
  }
  return nudged;
}
