// Everything an operator can set, from code (startSandbox) or the environment
// (npx plskit-sandbox, npm start). Defaults suit a developer's machine.
import { DEFAULT_CONTACT_RETENTION_DAYS, DEFAULT_WORK_ORDER_DUE_DAYS, WORK_ORDER_KINDS, type WorkOrderDueDays, type WorkOrderKind } from '@plskit/core';
import type { DeliveryOptions } from './events/deliverer.js';
import { readWebhooksFile, type WebhooksConfig } from './events/webhooks-config.js';
import { parseFaultSpec, type FaultSpec } from './http/faults.js';
import type { ForwardingHeader } from './http/forwarded-client.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.js';
import type { SandboxLogger } from './logger.js';
import type { StaffIdentityOptions } from './staff/staff-identity.js';
import type { PostgresTimeouts } from './store/open-storage.js';

export interface SandboxOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port (default 8787); 0 picks any free port. */
  port?: number;
  /** SQLite file, or ':memory:' (default .plskit/sandbox.db under the working directory). */
  db?: string;
  /** A fixed clock, an ISO 8601 instant such as 2026-09-01T09:00:00+08:00. */
  now?: string;
  /** Faults for every request, e.g. "latency=800;error-rate=0.5" (default none). */
  faults?: FaultSpec | string;
  /** Honour the X-Plskit-Fault request header (default false: only demos and tests turn it on). */
  faultHeader?: boolean;
  /** Accepted X-Partner-Key values; unset or empty accepts any key, or none. */
  partnerKeys?: string[];
  /** Origins allowed by CORS; unset allows any origin. */
  corsOrigins?: string[];
  /**
   * Host names (optionally name:port) the sandbox answers to; any other Host
   * gets 421 (DNS rebinding). Default: the loopback names when listening on
   * loopback; none (any Host, none trusted as the own origin) otherwise.
   */
  allowedHosts?: string[];
  /** Open connections at most (default 1024). */
  maxConnections?: number;
  /** Open connections at most per client address, trusted proxies aside (default 128). */
  maxConnectionsPerAddress?: number;
  /** Token bucket per client address (and optionally per partner key), or false to switch rate limiting off. */
  rateLimit?: RateLimitOptions | false;
  /** Reverse proxies (addresses or CIDRs) whose forwarding header names the client (default none). */
  trustProxy?: string[];
  /** The one header those proxies set, the other being ignored (default x-forwarded-for). */
  trustProxyHeader?: ForwardingHeader;
  /** How long a request waits for PostgreSQL: to connect, and per statement, in ms (default 5000 and 10000; 0 waits forever). */
  dbTimeouts?: Partial<PostgresTimeouts>;
  /** Structured log sink (default JSON lines on stdout); false for none. */
  logger?: SandboxLogger | false;
  /**
   * Days a booking's contact data (name, phone, ID number, note) is kept after
   * the visit day or the cancellation, and a work order's (question, contact,
   * answers) after it is closed, then erased (default 30; PIPL Art 19, 47).
   */
  retainContactDays?: number;
  /**
   * Working days a work order has, per kind, on the city's calendar (default
   * core's: question 3, call-back 2, shown as unverified): the local rule.
   */
  workOrderDueDays?: WorkOrderDueDays;
  /** Multiplies the synthetic firms and lawyers (default 1; the benchmark also runs 10). Used only when the file is first seeded. */
  scale?: number;
  /** Seed of the synthetic dataset (default 370800). */
  seed?: number;
  /**
   * Test fixture: seed the first lawyers and the first firm with hostile text
   * (markup, a 300-character name, right-to-left text, emoji) for escaping
   * tests (default false: a resident never sees them).
   */
  hostileRecords?: boolean;
  /** Largest accepted request body in bytes (default 16 KiB). */
  bodyLimit?: number;
  /** Directory of the demo partner page, served under /demo/ (default: the repository's demo/ if present). */
  demoDir?: string | false;
  /** Directory of the self-registering elements bundle, served under /cdn/. */
  cdnDir?: string | false;
  /** Check every response against the contract, record and log violations (tests, PLSKIT_VALIDATE_RESPONSES=on). */
  checkResponses?: boolean;
  /** Holiday schedules to add: JSON files, or directories of them, one year each (see docs/operations.md). */
  holidaySchedules?: string[];
  /**
   * Where events and residents' text messages go (PLSKIT_WEBHOOKS_FILE): a
   * configuration or the path of its JSON file, checked at start. Given, this
   * node runs a deliverer; without it events wait in the outbox, and nothing
   * is sent (tests turn it on where they test it).
   */
  webhooks?: WebhooksConfig | string;
  /** Delivery timing: PLSKIT_WEBHOOK_RETRY_BASE_MS, PLSKIT_WEBHOOK_MAX_ATTEMPTS; tests shorten the rest. */
  delivery?: DeliveryOptions;
  /**
   * Staff sign-in (PLSKIT_STAFF_JWKS, _ISSUER, _AUDIENCE, _ROLES_CLAIM,
   * _CENTERS_CLAIM, _NAME_CLAIM): the city's identity provider whose bearer
   * tokens the /v1/staff/ operations accept. Unset: a development key of the
   * sandbox's own (`plskit-sandbox staff-token` signs with it), said loudly at start.
   */
  staff?: StaffIdentityOptions;
  /** Origins allowed to call /v1/staff/ from a browser (PLSKIT_STAFF_CORS_ORIGINS); default none but the sandbox's own. */
  staffCorsOrigins?: string[];
  /** Days audit events are kept (PLSKIT_RETAIN_AUDIT_DAYS, default 365; at least 183 and more than retainContactDays). */
  retainAuditDays?: number;
  /**
   * The key-encryption keys (PLSKIT_DATA_KEY): base64 256-bit keys, comma-separated, the one
   * that wraps new data keys first. Without it or `dataKeyFile`, a key file is made in the data
   * folder, with a warning at every start (development only).
   */
  dataKey?: string;
  /** A file holding the key-encryption keys, one a line (PLSKIT_DATA_KEY_FILE): a mounted secret. */
  dataKeyFile?: string;
  /**
   * 'sms' (PLSKIT_PHONE_VERIFICATION, the production setting): a booking or a work order from the
   * web carries a token earned by a code texted to its number, through the webhooks file's SMS
   * gateway (a hotline call does not). Default 'off'.
   */
  phoneVerification?: 'sms' | 'off';
  /** Codes one client address may ask for an hour (PLSKIT_PHONE_CODES_PER_ADDRESS, default 10). */
  phoneCodesPerAddress?: number;
  /** Visits not yet begun one phone number may hold (PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE, default 2), or false for no limit. */
  maxActiveBookingsPerPhone?: number | false;
  /** Work orders waiting for an answer one phone number may hold, web and hotline together (PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE, default 3), or false for no limit. */
  maxOpenWorkOrdersPerPhone?: number | false;
  /**
   * The public legal service hotline residents are told to call, in text messages and problem
   * details (PLSKIT_HOTLINE, default "12348"): "12345" where the city merged 12348 into it.
   */
  hotline?: string;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DB = '.plskit/sandbox.db';
export const DEFAULT_BODY_LIMIT = 16 * 1024;
/** The privacy notice states the period: its default is core's. */
export const DEFAULT_RETAIN_CONTACT_DAYS = DEFAULT_CONTACT_RETENTION_DAYS;
/** A year: audits of who read personal data (PIPL Art 54) look back further than contact data lives. */
export const DEFAULT_RETAIN_AUDIT_DAYS = 365;
/** Cybersecurity Law Art 21(3): logs of a network's operation kept for six months at least. */
export const MIN_RETAIN_AUDIT_DAYS = 183;

const list = (value: string | undefined): string[] | undefined =>
  value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined;

/** "<per second>/<burst>" such as "50/100". */
function rate(name: string, value: string): { perSecond: number; burst: number } {
  const match = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(value);
  if (!match) throw new Error(`${name} must be "off" or "<per second>/<burst>", not "${value}"`);
  return { perSecond: Number(match[1]), burst: Number(match[2]) };
}

/** A whole number of at least `min` from the variable `name`. */
function whole(env: NodeJS.ProcessEnv, name: string, min: number): number {
  const value = Number(env[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${env[name]}"`);
  return value;
}

/** "question=3,callback=2": working days per kind; a kind left out keeps core's default. */
export function parseWorkOrderDueDays(value: string, defaults: WorkOrderDueDays): WorkOrderDueDays {
  const days: Record<WorkOrderKind, number> = { ...defaults };
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [kind = '', count = ''] = part.split('=').map((p) => p.trim());
    const n = Number(count);
    if (!(WORK_ORDER_KINDS as readonly string[]).includes(kind) || !/^\d+$/.test(count) || n < 1 || n > 60) {
      throw new Error(`PLSKIT_WORK_ORDER_DUE_DAYS must be like "question=3,callback=2" (1-60 working days per kind), not "${value}"`);
    }
    days[kind as WorkOrderKind] = n;
  }
  return days;
}

function forwardingHeader(value: string): ForwardingHeader {
  const header = value.trim().toLowerCase();
  if (header !== 'x-forwarded-for' && header !== 'forwarded') {
    throw new Error(`PLSKIT_TRUST_PROXY_HEADER must be x-forwarded-for or forwarded (the one header your proxy sets), not "${value}"`);
  }
  return header;
}

/** Options from HOST, PORT, PLSKIT_* environment variables (see docs/operations.md). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxOptions {
  const options: SandboxOptions = {};
  if (env.HOST) options.host = env.HOST;
  if (env.PORT) {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, not "${env.PORT}"`);
    options.port = port;
  }
  if (env.PLSKIT_DB) options.db = env.PLSKIT_DB;
  if (env.PLSKIT_NOW) options.now = env.PLSKIT_NOW;
  if (env.PLSKIT_FAULTS) options.faults = parseFaultSpec(env.PLSKIT_FAULTS);
  if (env.PLSKIT_FAULT_HEADER) options.faultHeader = env.PLSKIT_FAULT_HEADER === 'on';
  const partnerKeys = list(env.PLSKIT_PARTNER_KEYS);
  if (partnerKeys) options.partnerKeys = partnerKeys;
  const corsOrigins = list(env.PLSKIT_CORS_ORIGINS);
  if (corsOrigins) options.corsOrigins = corsOrigins;
  const allowedHosts = list(env.PLSKIT_ALLOWED_HOSTS);
  if (allowedHosts) options.allowedHosts = allowedHosts;
  if (env.PLSKIT_MAX_CONNECTIONS) options.maxConnections = whole(env, 'PLSKIT_MAX_CONNECTIONS', 1);
  if (env.PLSKIT_MAX_CONNECTIONS_PER_ADDRESS) options.maxConnectionsPerAddress = whole(env, 'PLSKIT_MAX_CONNECTIONS_PER_ADDRESS', 1);
  if (env.PLSKIT_DB_CONNECT_TIMEOUT_MS || env.PLSKIT_DB_STATEMENT_TIMEOUT_MS) {
    options.dbTimeouts = {
      ...(env.PLSKIT_DB_CONNECT_TIMEOUT_MS ? { connectMs: whole(env, 'PLSKIT_DB_CONNECT_TIMEOUT_MS', 0) } : {}),
      ...(env.PLSKIT_DB_STATEMENT_TIMEOUT_MS ? { statementMs: whole(env, 'PLSKIT_DB_STATEMENT_TIMEOUT_MS', 0) } : {}),
    };
  }
  if (env.PLSKIT_VALIDATE_RESPONSES) options.checkResponses = env.PLSKIT_VALIDATE_RESPONSES === 'on';
  if (env.PLSKIT_RATE_LIMIT === 'off') options.rateLimit = false;
  else if (env.PLSKIT_RATE_LIMIT || env.PLSKIT_PARTNER_RATE_LIMIT) {
    options.rateLimit = {
      ...(env.PLSKIT_RATE_LIMIT ? rate('PLSKIT_RATE_LIMIT', env.PLSKIT_RATE_LIMIT) : DEFAULT_RATE_LIMIT),
      ...(env.PLSKIT_PARTNER_RATE_LIMIT ? { partner: rate('PLSKIT_PARTNER_RATE_LIMIT', env.PLSKIT_PARTNER_RATE_LIMIT) } : {}),
    };
  }
  const trustProxy = list(env.PLSKIT_TRUST_PROXY);
  if (trustProxy) options.trustProxy = trustProxy;
  if (env.PLSKIT_TRUST_PROXY_HEADER) options.trustProxyHeader = forwardingHeader(env.PLSKIT_TRUST_PROXY_HEADER);
  if (env.PLSKIT_RETAIN_CONTACT_DAYS) {
    const days = Number(env.PLSKIT_RETAIN_CONTACT_DAYS);
    if (!Number.isInteger(days) || days < 0) {
      throw new Error(`PLSKIT_RETAIN_CONTACT_DAYS must be a whole number of days, not "${env.PLSKIT_RETAIN_CONTACT_DAYS}"`);
    }
    options.retainContactDays = days;
  }
  if (env.PLSKIT_WORK_ORDER_DUE_DAYS) options.workOrderDueDays = parseWorkOrderDueDays(env.PLSKIT_WORK_ORDER_DUE_DAYS, DEFAULT_WORK_ORDER_DUE_DAYS);
  if (env.PLSKIT_SEED) options.seed = Number(env.PLSKIT_SEED);
  if (env.PLSKIT_SCALE) {
    const scale = Number(env.PLSKIT_SCALE);
    if (!Number.isInteger(scale) || scale < 1 || scale > 100) throw new Error(`PLSKIT_SCALE must be an integer 1-100, not "${env.PLSKIT_SCALE}"`);
    options.scale = scale;
  }
  if (env.PLSKIT_HOSTILE_RECORDS) options.hostileRecords = env.PLSKIT_HOSTILE_RECORDS === 'on';
  const holidaySchedules = list(env.PLSKIT_HOLIDAYS);
  if (holidaySchedules) options.holidaySchedules = holidaySchedules;
  if (env.PLSKIT_LOG === 'off') options.logger = false;
  if (env.PLSKIT_WEBHOOKS_FILE) options.webhooks = readWebhooksFile(env.PLSKIT_WEBHOOKS_FILE);
  Object.assign(options, staffFromEnv(env));
  const delivery: DeliveryOptions = {};
  if (env.PLSKIT_WEBHOOK_RETRY_BASE_MS) delivery.retryBaseMs = whole(env, 'PLSKIT_WEBHOOK_RETRY_BASE_MS', 1);
  if (env.PLSKIT_WEBHOOK_MAX_ATTEMPTS) delivery.maxAttempts = whole(env, 'PLSKIT_WEBHOOK_MAX_ATTEMPTS', 1);
  if (Object.keys(delivery).length) options.delivery = delivery;
  if (env.PLSKIT_DATA_KEY) options.dataKey = env.PLSKIT_DATA_KEY;
  if (env.PLSKIT_DATA_KEY_FILE) options.dataKeyFile = env.PLSKIT_DATA_KEY_FILE;
  if (env.PLSKIT_PHONE_VERIFICATION) {
    const mode = env.PLSKIT_PHONE_VERIFICATION.trim().toLowerCase();
    if (mode !== 'sms' && mode !== 'off') throw new Error(`PLSKIT_PHONE_VERIFICATION must be sms or off, not "${env.PLSKIT_PHONE_VERIFICATION}"`);
    options.phoneVerification = mode;
  }
  if (env.PLSKIT_PHONE_CODES_PER_ADDRESS) options.phoneCodesPerAddress = whole(env, 'PLSKIT_PHONE_CODES_PER_ADDRESS', 1);
  if (env.PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE === 'off') options.maxActiveBookingsPerPhone = false;
  else if (env.PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE) options.maxActiveBookingsPerPhone = whole(env, 'PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE', 1);
  if (env.PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE === 'off') options.maxOpenWorkOrdersPerPhone = false;
  else if (env.PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE) options.maxOpenWorkOrdersPerPhone = whole(env, 'PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE', 1);
  if (env.PLSKIT_HOTLINE) options.hotline = env.PLSKIT_HOTLINE.trim();
  return options;
}

/** The staff settings (PLSKIT_STAFF_*, PLSKIT_RETAIN_AUDIT_DAYS) of the environment. */
function staffFromEnv(env: NodeJS.ProcessEnv): Pick<SandboxOptions, 'staff' | 'staffCorsOrigins' | 'retainAuditDays'> {
  const staff: StaffIdentityOptions = {
    ...(env.PLSKIT_STAFF_JWKS ? { jwks: env.PLSKIT_STAFF_JWKS } : {}),
    ...(env.PLSKIT_STAFF_ISSUER ? { issuer: env.PLSKIT_STAFF_ISSUER } : {}),
    ...(env.PLSKIT_STAFF_AUDIENCE ? { audience: env.PLSKIT_STAFF_AUDIENCE } : {}),
  };
  const claims = {
    ...(env.PLSKIT_STAFF_ROLES_CLAIM ? { roles: env.PLSKIT_STAFF_ROLES_CLAIM } : {}),
    ...(env.PLSKIT_STAFF_CENTERS_CLAIM ? { centers: env.PLSKIT_STAFF_CENTERS_CLAIM } : {}),
    ...(env.PLSKIT_STAFF_NAME_CLAIM ? { name: env.PLSKIT_STAFF_NAME_CLAIM } : {}),
  };
  if (Object.keys(claims).length) staff.claims = claims;
  const corsOrigins = list(env.PLSKIT_STAFF_CORS_ORIGINS);
  return {
    ...(Object.keys(staff).length ? { staff } : {}),
    ...(corsOrigins ? { staffCorsOrigins: corsOrigins } : {}),
    ...(env.PLSKIT_RETAIN_AUDIT_DAYS ? { retainAuditDays: whole(env, 'PLSKIT_RETAIN_AUDIT_DAYS', MIN_RETAIN_AUDIT_DAYS) } : {}),
  };
}
