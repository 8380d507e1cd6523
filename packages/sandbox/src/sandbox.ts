// Assembles a sandbox: database (migrated, seeded once), stores, the contract,
// the operations and the HTTP shell, and (with a webhooks configuration) the
// deliverer of its events; listens; closes gracefully.
import { DEFAULT_HOTLINE, isHotlineNumber } from '@plskit/core';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClock } from './clock.js';
import { coreEngines } from './core-engines.js';
import { resolveKeyRing } from './crypto/data-key-setting.js';
import { loadContract } from './contract.js';
import { withHostileRecords } from './dataset/hostile-records.js';
import { DEFAULT_SEED, generateJiningDataset, type JiningDataset } from './dataset/jining-dataset.js';
import { nudging, startDeliverer } from './events/deliverer.js';
import { readWebhooksFile } from './events/webhooks-config.js';
import { defaultAllowedHosts, isLoopbackHost } from './http/allowed-hosts.js';
import { trustedProxies } from './http/forwarded-client.js';
import { loadHolidaySchedules } from './holiday-schedules.js';
import { parseFaultSpec } from './http/faults.js';
import { DEFAULT_RATE_LIMIT, tokenBucketLimiter } from './http/rate-limit.js';
import { jsonLogger, silentLogger } from './logger.js';
import { createOperations } from './operations/operations.js';
import {
  DEFAULT_BODY_LIMIT, DEFAULT_DB, DEFAULT_RETAIN_AUDIT_DAYS, DEFAULT_RETAIN_CONTACT_DAYS, DEFAULT_HOST, DEFAULT_PORT, MIN_RETAIN_AUDIT_DAYS,
  type SandboxOptions,
} from './options.js';
import { openStaffIdentity } from './staff/staff-identity.js';
import { createHttpShell, type ResponseViolation } from './server.js';
import type { PhoneVerificationSetting } from './operations/phone-verification-operations.js';
import { openStorage } from './store/open-storage.js';
import { DEFAULT_MAX_ACTIVE_BOOKINGS_PER_PHONE, DEFAULT_MAX_OPEN_WORK_ORDERS_PER_PHONE } from './store/person-limits.js';
import { DEFAULT_CODE_LIMITS } from './store/phone-verification-decisions.js';
import { isPostgresUrl } from './store/postgres/postgres-database.js';
import { StorageUnavailableError } from './store/storage-status.js';

export interface RunningSandbox {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:8787 (the API is under /v1). */
  url: string;
  /** The demo partner page's URL, when this sandbox serves one (a repository checkout does; the npm package has none). */
  demoUrl: string | undefined;
  /** Stops accepting connections and deliveries, lets requests in flight finish, closes the database. */
  close(): Promise<void>;
  /** With `checkResponses`, every response that did not match the contract. */
  responseViolations(): readonly ResponseViolation[];
  /** The names answered when the server binds a network address without `allowedHosts`: this machine's own (add the public one to PLSKIT_ALLOWED_HOSTS). */
  machineHostNames: readonly string[] | undefined;
  /** The key file made in the data folder because no PLSKIT_DATA_KEY was given: development only, said at start. */
  localDataKeyFile: string | undefined;
  /** With no PLSKIT_STAFF_JWKS: the development key staff tokens are checked against (its file, or "memory"); undefined when a provider's keys are. */
  staffDevKey: string | undefined;
}

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');

function existing(path: string): string | undefined {
  return existsSync(path) ? path : undefined;
}

/** How codes go out, when numbers are confirmed: through the webhooks file's SMS gateway, which must then be there. */
function phoneVerificationSetting(options: SandboxOptions, gateway: string | undefined): PhoneVerificationSetting | undefined {
  if (options.phoneVerification !== 'sms') return undefined;
  if (!gateway) {
    throw new Error('PLSKIT_PHONE_VERIFICATION=sms texts codes through the SMS gateway: give PLSKIT_WEBHOOKS_FILE a "notifications" entry (docs/webhooks.md)');
  }
  return { gateway, limits: { ...DEFAULT_CODE_LIMITS, perAddressPerHour: options.phoneCodesPerAddress ?? DEFAULT_CODE_LIMITS.perAddressPerHour } };
}

/** The hotline residents are told to call: a number as they dial it, never words or markup (it goes into every message). */
function hotlineNumber(options: SandboxOptions): string {
  const number = options.hotline ?? DEFAULT_HOTLINE;
  if (!isHotlineNumber(number)) throw new Error(`PLSKIT_HOTLINE must be a phone number such as 12345 or 0537-12348 (digits, "-" or spaces, at most 20), not "${number}"`);
  return number;
}

function dataset(options: SandboxOptions): JiningDataset {
  const city = generateJiningDataset(options.seed ?? DEFAULT_SEED, options.scale ?? 1);
  return options.hostileRecords ? withHostileRecords(city) : city;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const logger = options.logger === false ? silentLogger : (options.logger ?? jsonLogger());
  const clock = createClock(options.now);
  // before the database: a schedule that does not check stops the start with nothing opened
  const retainContactDays = options.retainContactDays ?? DEFAULT_RETAIN_CONTACT_DAYS;
  const webhooks = typeof options.webhooks === 'string' ? readWebhooksFile(options.webhooks) : options.webhooks;
  const phoneVerification = phoneVerificationSetting(options, webhooks?.notifications?.url);
  const hotline = hotlineNumber(options);
  const engines = coreEngines(clock, {
    holidayYears: loadHolidaySchedules(options.holidaySchedules ?? []), retainContactDays, phoneVerification: phoneVerification !== undefined,
    ...(options.workOrderDueDays ? { workOrderDueDays: options.workOrderDueDays } : {}),
  });
  const retainAuditDays = options.retainAuditDays ?? DEFAULT_RETAIN_AUDIT_DAYS;
  if (retainAuditDays < MIN_RETAIN_AUDIT_DAYS || retainAuditDays <= retainContactDays) {
    throw new Error(`PLSKIT_RETAIN_AUDIT_DAYS must be at least ${MIN_RETAIN_AUDIT_DAYS} and more than PLSKIT_RETAIN_CONTACT_DAYS (${retainContactDays}), not ${retainAuditDays}`);
  }
  const db = options.db ?? resolve(process.cwd(), DEFAULT_DB);
  const staffIdentity = await openStaffIdentity(options.staff ?? {}, db);
  const keys = resolveKeyRing(options, db, isPostgresUrl(db));
  const engine = await openStorage(db, { keys: keys.ring, ...(options.dbTimeouts ? { timeouts: options.dbTimeouts } : {}) });
  // said at every start: a key beside the data protects nothing from whoever copies the folder
  if (keys.localFile) logger({ level: 'warn', event: 'data-key-local', setting: 'PLSKIT_DATA_KEY', file: keys.localFile });
  const seeded = !engine.storage.readOnly && await engine.seed(dataset(options), clock().toISOString());
  const { directory, storage, outbox } = engine;
  const deliverer = webhooks && !storage.readOnly
    ? startDeliverer({ outbox, config: webhooks, hotlineNumber: hotline, logger, clock, ...(options.delivery ? { options: options.delivery } : {}) })
    : undefined;
  const appointments = deliverer ? nudging(engine.appointments, deliverer, ['book', 'cancel', 'reschedule']) : engine.appointments;
  const workOrders = deliverer ? nudging(engine.workOrders, deliverer, ['create', 'assign', 'reply', 'close']) : engine.workOrders;
  const staff = deliverer ? nudging(engine.staff, deliverer, ['mark', 'close', 'reopen']) : engine.staff;
  if (staffIdentity.devKey) logger({ level: 'warn', event: 'staff-dev-key', setting: 'PLSKIT_STAFF_JWKS' });
  const verifications = deliverer ? nudging(engine.phoneVerifications, deliverer, ['sendCode']) : engine.phoneVerifications;
  if (seeded) logger({ level: 'info', event: 'seeded', count: (await directory.counts()).lawyers });
  if (storage.readOnly) logger({ level: 'warn', event: 'read-only', code: 'SQLITE_READONLY' });
  const contract = loadContract();
  const host = options.host ?? DEFAULT_HOST;
  const machineHostNames = options.allowedHosts || isLoopbackHost(host) ? undefined : defaultAllowedHosts(host);
  const violations: ResponseViolation[] = [];
  // the bundle may be built after the sandbox starts: serve the folder, not a file list
  const cdnDir = options.cdnDir === false ? undefined : (options.cdnDir ?? resolve(repositoryRoot, 'packages/elements/dist/cdn'));
  const demoDir = options.demoDir === false ? undefined : (options.demoDir ?? existing(resolve(repositoryRoot, 'demo')));
  const server = createHttpShell({
    contract,
    operations: createOperations({
      directory, appointments, workOrders, staff, storage, clock, engines, verifications, vault: engine.vault, phoneVerification,
      maxActiveBookingsPerPhone: options.maxActiveBookingsPerPhone === false ? undefined : (options.maxActiveBookingsPerPhone ?? DEFAULT_MAX_ACTIVE_BOOKINGS_PER_PHONE),
      maxOpenWorkOrdersPerPhone: options.maxOpenWorkOrdersPerPhone === false ? undefined : (options.maxOpenWorkOrdersPerPhone ?? DEFAULT_MAX_OPEN_WORK_ORDERS_PER_PHONE),
      hotlineNumber: hotline,
    }),
    pseudonymKey: engine.vault.dayKey,
    clock,
    logger,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    faults: typeof options.faults === 'string' ? parseFaultSpec(options.faults) : options.faults,
    faultHeader: options.faultHeader ?? false,
    partnerKeys: options.partnerKeys,
    corsOrigins: options.corsOrigins,
    ...(options.staffCorsOrigins ? { staffCorsOrigins: options.staffCorsOrigins } : {}),
    verifyStaff: staffIdentity.verify,
    allowedHosts: options.allowedHosts ?? defaultAllowedHosts(host),
    ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
    ...(options.maxConnectionsPerAddress ? { maxConnectionsPerAddress: options.maxConnectionsPerAddress } : {}),
    rateLimiter: options.rateLimit === false ? undefined : tokenBucketLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    ...(options.trustProxy?.length ? { trustProxy: trustedProxies(options.trustProxy, options.trustProxyHeader) } : {}),
    staticRoots: [
      ...(demoDir ? [{ prefix: '/demo/', dir: demoDir, page: true }] : []),
      ...(cdnDir ? [{ prefix: '/cdn/', dir: cdnDir }] : []),
    ],
    checkResponses: options.checkResponses ?? false,
    violations,
    ...(engine.directoryVersion ? { directoryVersion: engine.directoryVersion } : {}),
  });

  // hourly, and once now: idempotency records expire, and contact data (and
  // the events and text messages of the same period) is erased once its
  // retention has run out; a sweep that cannot write (disk full, lock) tries
  // again next hour, it never stops the server
  const sweepFailed = (error: unknown) =>
    logger({ level: 'warn', event: 'sweep-failed', code: error instanceof StorageUnavailableError ? error.code : 'unknown' });
  const runSweeps = async (): Promise<void> => {
    if (storage.readOnly) return;
    await appointments.forgetExpiredIdempotency(clock()).catch(sweepFailed);
    await verifications.forgetExpired(clock()).catch(sweepFailed);
    const erased = await appointments.eraseExpiredContacts(clock(), retainContactDays).catch(sweepFailed);
    if (erased) logger({ level: 'info', event: 'contact-data-erased', count: erased });
    const closed = await workOrders.eraseExpired(clock(), retainContactDays).catch(sweepFailed);
    if (closed) logger({ level: 'info', event: 'work-orders-erased', count: closed });
    const sent = await outbox.eraseExpired(clock(), retainContactDays).catch(sweepFailed);
    if (sent) logger({ level: 'info', event: 'outbox-erased', count: sent });
    const audited = await staff.eraseExpiredAudit(clock(), retainAuditDays).catch(sweepFailed);
    if (audited) logger({ level: 'info', event: 'audit-erased', count: audited });
    if (storage.erasurePending()) logger({ level: 'warn', event: 'erasure-pending', code: 'SQLITE_BUSY' });
  };
  await runSweeps();
  const sweep = setInterval(() => void runSweeps(), 3600_000);
  sweep.unref();

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  }).catch(async (error: unknown) => {
    // a port already taken: nothing keeps running behind the error
    clearInterval(sweep);
    await deliverer?.stop();
    await engine.close();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger({ level: 'info', event: 'listening', url });
  if (machineHostNames) logger({ level: 'warn', event: 'host-names', setting: 'PLSKIT_ALLOWED_HOSTS', count: machineHostNames.length });

  let closing: Promise<void> | undefined;
  return {
    url,
    demoUrl: demoDir ? `${url}/demo/` : undefined,
    responseViolations: () => violations,
    machineHostNames,
    localDataKeyFile: keys.localFile,
    staffDevKey: staffIdentity.devKey && (staffIdentity.devKey.path ?? 'memory'),
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        logger({ level: 'info', event: 'closing' });
        clearInterval(sweep);
        // attempts in flight are abandoned and given back, to be made again at the next start (or by another node)
        const delivering = deliverer?.stop();
        server.close(() => {
          void Promise.resolve(delivering).then(() => engine.close()).then(() => {
            logger({ level: 'info', event: 'closed' });
            resolveClose();
          });
        });
        server.closeIdleConnections();
        // keep-alive connections that stay busy get 5 s, then go
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      return closing;
    },
  };
}
