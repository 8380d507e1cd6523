// Which engine errors are storage failures, and of which kind: the codes that
// the outage tests cannot provoke cheaply on a real server (a full disk, too
// many connections), as pg and better-sqlite3 report them. Each engine reads
// only its own codes.
import { describe, expect, it } from 'vitest';
import { postgresFailureOf } from '../src/store/postgres/postgres-failures.js';
import { sqliteFailureOf } from '../src/store/sqlite/sqlite-failures.js';
import { storageStatus } from '../src/store/storage-status.js';

const storageFailureOf = (error: unknown) => sqliteFailureOf(error) ?? postgresFailureOf(error);

const engineError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('the engines\' failure maps', () => {
  it.each([
    ['57P01', 'unavailable', 5], ['57P03', 'unavailable', 5], ['08006', 'unavailable', 5], ['ECONNREFUSED', 'unavailable', 5],
    ['ECONNRESET', 'unavailable', 5], ['53100', 'disk-full', 30], ['25006', 'read-only', 30], ['53300', 'busy', 2],
    ['58030', 'io-error', 30], ['SQLITE_FULL', 'disk-full', 30], ['SQLITE_BUSY_SNAPSHOT', 'locked', 1],
  ])('maps %s to %s (Retry-After %i)', (code, reason, retryAfter) => {
    expect(storageFailureOf(engineError(code))).toMatchObject({ code, reason, retryAfterSeconds: retryAfter });
  });

  it('maps pg\'s "Connection terminated" (no code) to unavailable', () => {
    expect(storageFailureOf(new Error('Connection terminated unexpectedly'))).toMatchObject({ reason: 'unavailable', code: 'connection-terminated' });
  });

  it.each(['23505', '42P01', '40001', 'EPERM', 'SQLITE_CONSTRAINT_UNIQUE', 'ERR_INVALID_ARG_TYPE'])('leaves %s alone (a bug or a race, not storage)', (code) => {
    expect(storageFailureOf(engineError(code))).toBeUndefined();
  });

  it('leaves the other engine\'s codes alone', () => {
    expect(sqliteFailureOf(engineError('53100'))).toBeUndefined();
    expect(postgresFailureOf(engineError('SQLITE_FULL'))).toBeUndefined();
  });
});

describe('storageStatus', () => {
  it('lets a read clear an outage, but only a write clear a full disk', () => {
    const status = storageStatus(false);
    status.recordFailed(storageFailureOf(engineError('57P01'))!);
    expect([status.readsUnavailable(), status.writesUnavailable()]).toEqual([true, 'unavailable']);
    status.recordReadSucceeded();
    expect([status.readsUnavailable(), status.writesUnavailable()]).toEqual([false, undefined]);
    status.recordFailed(storageFailureOf(engineError('53100'))!);
    status.recordReadSucceeded();
    expect([status.readsUnavailable(), status.writesUnavailable()]).toEqual([false, 'disk-full']);
    status.recordWriteSucceeded();
    expect(status.writesUnavailable()).toBeUndefined();
  });
});
