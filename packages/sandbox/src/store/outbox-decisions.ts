// The rules of the outbox as functions of plain values: where an event goes,
// when a failed attempt is tried again, when a delivery is given up. Both
// engines call these and hold no rule of their own.
import { shanghaiDateTime } from '@plskit/core';
import type { PlskitEvent, SmsTemplateName } from '../events/event.js';
import { templateFor } from '../notifications/notification-templates.js';
import type { MessageSettings } from '../notifications/sms-notification.js';
import type { AttemptOutcome, EventRouting, RetryPolicy, Settlement } from './outbox-store.js';

export const DEFAULT_RETRY_BASE_MS = 30_000;
/** 22 attempts: with the default base, the last comes about three days (74.5 h) after the first. */
export const DEFAULT_MAX_ATTEMPTS = 22;
/** The longest wait between two attempts: a receiver back after an outage hears within 6 hours. */
export const MAX_RETRY_DELAY_MS = 6 * 3600_000;
/** How long a claimed delivery is this node's: more than the 10 s an attempt may take, so only a dead node's claim runs out. */
export const DELIVERY_LEASE_MS = 60_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: DEFAULT_RETRY_BASE_MS, maxAttempts: DEFAULT_MAX_ATTEMPTS };

/** The nominal wait after the `attempts`-th failed attempt: base, 2 × base, 4 × base, … up to the cap. */
export function nominalRetryDelayMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.baseMs * 2 ** (attempts - 1), Math.max(MAX_RETRY_DELAY_MS, policy.baseMs));
}

/** The nominal wait ±20 %: many deliveries failing together do not all come back at once. */
export const retryDelayMs = (attempts: number, policy: RetryPolicy, random: () => number = Math.random): number =>
  Math.round(nominalRetryDelayMs(attempts, policy) * (0.8 + 0.4 * random()));

/** What a delivery becomes after its `attempts`-th attempt (this one counted) came to `outcome`. */
export function settlement(attempts: number, outcome: AttemptOutcome, policy: RetryPolicy, nowMs: number, random?: () => number): Settlement {
  if (outcome.kind === 'acknowledged') return { state: 'delivered' };
  if (attempts >= policy.maxAttempts) return { state: 'failed' };
  const nextAttemptAt = nowMs + retryDelayMs(attempts, policy, random);
  // a code that has run out is worth nothing: given up rather than sent late
  if (policy.expiresAtMs !== undefined && nextAttemptAt >= policy.expiresAtMs) return { state: 'failed' };
  return { state: 'pending', nextAttemptAt };
}

/** The delivery log's words for an outcome: the status that answered, and why it did not count. */
export function attemptRecord(outcome: AttemptOutcome): { status: number | null; error: string | null } {
  switch (outcome.kind) {
    case 'acknowledged': return { status: outcome.status, error: null };
    case 'refused': return { status: outcome.status, error: 'status' };
    case 'timeout': return { status: null, error: 'timeout' };
    case 'unreachable': return { status: null, error: 'unreachable' };
  }
}

export interface RoutePlan {
  /** The endpoints the event goes to. */
  endpoints: readonly string[];
  /**
   * The text message it sends, and the record whose resident gets it (the
   * engine reads their number and language): a booking or a work order. A
   * message is about one record; an event about many (a center's closure)
   * sends its messages through the per-booking events that come with it.
   */
  sms: ({ template: SmsTemplateName } & MessageSettings & ({ appointment: string } | { workOrder: string })) | undefined;
}

/** Where an event goes: every endpoint subscribed to its type, and its text message when the gateway is configured. */
export function routePlan(event: PlskitEvent, routing: EventRouting): RoutePlan {
  const template = routing.smsGateway === undefined ? undefined : templateFor(event);
  const endpoints = routing.endpointsFor(event.type);
  if (!template) return { endpoints, sms: undefined };
  // a booking's message may link to booking again (a center's closure cancelled it); any may name the hotline
  const settings: MessageSettings = {
    ...(routing.bookAgainUrl ? { bookAgainUrl: routing.bookAgainUrl } : {}), ...(routing.hotlineNumber ? { hotlineNumber: routing.hotlineNumber } : {}),
  };
  if ('appointment' in event.data) return { endpoints, sms: { template, appointment: event.data.appointment.reference, ...settings } };
  if ('workOrder' in event.data) return { endpoints, sms: { template, workOrder: event.data.workOrder.reference, ...settings } };
  return { endpoints, sms: undefined };
}

/** An instant as events' `created` is stored (+08:00 text), so that "since" compares as text. */
export const createdSince = (since: string): string => shanghaiDateTime(new Date(since));
