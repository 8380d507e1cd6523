// Where events and residents' text messages go: the JSON file PLSKIT_WEBHOOKS_FILE
// names, checked whole at start-up so that a typo stops the start with the
// place it is, not the first delivery.
//
//   { "endpoints": [ { "url": "https://…", "secret": "whsec_…", "events": ["appointment.*"] } ],
//     "notifications": { "url": "https://…", "secret": "whsec_…" } }
//
// To rotate a secret, give the new one as "secret" and the old as
// "previousSecret": every request carries a v1= signature under each, so a
// receiver keeps verifying with either until it has the new one; then drop
// "previousSecret".
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, subscribes } from './event.js';
import type { EventRouting } from '../store/outbox-store.js';

export interface SignedTarget {
  url: string;
  /** The secrets requests are signed with: the current one first, then the one being rotated out. */
  secrets: readonly string[];
}

export interface WebhookEndpoint extends SignedTarget {
  /** Event types or patterns (`appointment.*`, `*`). */
  events: readonly string[];
}

export interface WebhooksConfig {
  endpoints: readonly WebhookEndpoint[];
  /** The city's SMS gateway, when residents' text messages are sent; `bookAgainUrl`: the booking page a message about a cancelled visit links to. */
  notifications?: SignedTarget & { bookAgainUrl?: string };
}

/** Long enough that it cannot be guessed; `plskit-sandbox webhooks secret` makes one. */
export const MIN_SECRET_LENGTH = 24;

const PATTERN = /^(\*|[a-z][a-z-]*(\.[a-z][a-z-]*)*(\.\*)?)$/;

class ConfigProblem extends Error {}

function objectAt(value: unknown, path: string, keys: { required: string[]; optional: string[] }): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigProblem(`${path} must be an object`);
  const record = value as Record<string, unknown>;
  const known = [...keys.required, ...keys.optional];
  const unknown = Object.keys(record).find((key) => !known.includes(key));
  if (unknown !== undefined) throw new ConfigProblem(`${path} has "${unknown}", which is not one of ${known.map((k) => `"${k}"`).join(', ')}`);
  const missing = keys.required.find((key) => record[key] === undefined);
  if (missing !== undefined) throw new ConfigProblem(`${path}.${missing} is missing`);
  return record;
}

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';

function urlAt(value: unknown, path: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ConfigProblem(`${path} must be an absolute URL, not ${JSON.stringify(value)}`);
  }
  // signed, not encrypted: the bodies (a phone number, for the gateway) need TLS off this machine
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigProblem(`${path} must be an https:// URL (http:// only on loopback), not ${JSON.stringify(value)}`);
  }
  if (url.username || url.password) throw new ConfigProblem(`${path} must not carry a user name or password: the signature authenticates`);
  return String(value);
}

/** A page residents open from a text message: https, short enough for the message, nothing secret in it. */
function pageUrlAt(value: unknown, path: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ConfigProblem(`${path} must be an absolute URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' || url.username || url.password) throw new ConfigProblem(`${path} must be an https:// URL without a user name or password`);
  if (String(value).length > 100) throw new ConfigProblem(`${path} must be at most 100 characters: it is sent in text messages`);
  return String(value);
}

function secretsAt(record: Record<string, unknown>, path: string): string[] {
  const secrets = [record.secret, ...(record.previousSecret === undefined ? [] : [record.previousSecret])];
  secrets.forEach((secret, i) => {
    const where = `${path}.${i === 0 ? 'secret' : 'previousSecret'}`;
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH || /\s/.test(secret)) {
      throw new ConfigProblem(`${where} must be a string of at least ${MIN_SECRET_LENGTH} characters without spaces (plskit-sandbox webhooks secret makes one)`);
    }
  });
  if (secrets[0] === secrets[1]) throw new ConfigProblem(`${path}.previousSecret is the same as its secret`);
  return secrets as string[];
}

function eventsAt(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new ConfigProblem(`${path} must be a non-empty list of event types or patterns such as "appointment.*"`);
  return value.map((pattern, i) => {
    if (typeof pattern !== 'string' || !PATTERN.test(pattern) || !EVENT_TYPES.some((type) => subscribes(pattern, type))) {
      throw new ConfigProblem(`${path}[${i}] ${JSON.stringify(pattern)} matches no event type (${EVENT_TYPES.join(', ')}; or "family.*", "*")`);
    }
    return pattern;
  });
}

/** A webhooks configuration checked whole; `source` names it in the error (the file, say). */
export function parseWebhooksConfig(value: unknown, source = 'the webhooks configuration'): WebhooksConfig {
  try {
    const top = objectAt(value, 'the file', { required: [], optional: ['endpoints', 'notifications'] });
    if (top.endpoints !== undefined && !Array.isArray(top.endpoints)) throw new ConfigProblem('endpoints must be a list');
    const endpoints = ((top.endpoints ?? []) as unknown[]).map((raw, i): WebhookEndpoint => {
      const path = `endpoints[${i}]`;
      const endpoint = objectAt(raw, path, { required: ['url', 'secret', 'events'], optional: ['previousSecret', 'description'] });
      return { url: urlAt(endpoint.url, `${path}.url`), secrets: secretsAt(endpoint, path), events: eventsAt(endpoint.events, `${path}.events`) };
    });
    const gateway = top.notifications === undefined ? undefined
      : objectAt(top.notifications, 'notifications', { required: ['url', 'secret'], optional: ['previousSecret', 'description', 'bookAgainUrl'] });
    const notifications = gateway && {
      url: urlAt(gateway.url, 'notifications.url'), secrets: secretsAt(gateway, 'notifications'),
      ...(gateway.bookAgainUrl === undefined ? {} : { bookAgainUrl: pageUrlAt(gateway.bookAgainUrl, 'notifications.bookAgainUrl') }),
    };
    const urls = [...endpoints.map((e) => e.url), ...(notifications ? [notifications.url] : [])];
    const twice = urls.find((url, i) => urls.indexOf(url) !== i);
    // a delivery is kept per message and URL: one URL, one receiver
    if (twice !== undefined) throw new ConfigProblem(`${twice} is named twice: give each receiver one entry`);
    return { endpoints, ...(notifications ? { notifications } : {}) };
  } catch (error) {
    if (error instanceof ConfigProblem) throw new Error(`${source}: ${error.message}`);
    throw error;
  }
}

/** Reads and checks the file PLSKIT_WEBHOOKS_FILE names. */
export function readWebhooksFile(path: string): WebhooksConfig {
  const source = `PLSKIT_WEBHOOKS_FILE (${path})`;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${source}: cannot be read (${(error as { code?: string }).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message quotes the text around the fault, secrets included: say only where it is
    const at = /position (\d+)/.exec((error as Error).message);
    throw new Error(`${source}: is not valid JSON${at ? ` (line ${text.slice(0, Number(at[1])).split('\n').length})` : ''}`);
  }
  return parseWebhooksConfig(json, source);
}

/** The routing the outbox follows under this configuration; its text messages name `hotlineNumber`. */
export function eventRouting(config: WebhooksConfig, hotlineNumber?: string): EventRouting {
  return {
    endpointsFor: (type) => config.endpoints.filter((e) => e.events.some((pattern) => subscribes(pattern, type))).map((e) => e.url),
    smsGateway: config.notifications?.url,
    ...(config.notifications?.bookAgainUrl ? { bookAgainUrl: config.notifications.bookAgainUrl } : {}),
    ...(hotlineNumber ? { hotlineNumber } : {}),
  };
}

/** Every URL this configuration delivers to, with its secrets. */
export function signedTargets(config: WebhooksConfig): ReadonlyMap<string, readonly string[]> {
  return new Map([...config.endpoints, ...(config.notifications ? [config.notifications] : [])].map((t) => [t.url, t.secrets]));
}
