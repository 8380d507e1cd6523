// What the sandbox does when SQLite cannot write: another process holding the
// write lock, a read-only file system, a full disk. Real server, real files,
// a real second process; the file-system cases need root (to mount a small
// tmpfs) and are skipped, saying why, elsewhere.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../src/logger.js';
import { startSandbox, type RunningSandbox } from '../src/sandbox.js';

const NOW = '2026-09-01T09:00:00+08:00';
const packageDir = fileURLToPath(new URL('..', import.meta.url));

let sandbox: RunningSandbox | undefined;
let holder: ChildProcessWithoutNullStreams | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  holder?.kill('SIGKILL');
  holder = undefined;
  await sandbox?.close();
  sandbox = undefined;
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plskit-storage-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A tmpfs of `size` at a fresh directory, or the reason it cannot be had here. */
function smallFileSystem(size: string): string | { skip: string } {
  if (process.platform !== 'linux') return { skip: 'needs Linux tmpfs' };
  if (process.getuid?.() !== 0) return { skip: 'needs root to mount a small tmpfs' };
  const dir = mkdtempSync(join(tmpdir(), 'plskit-fs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return { skip: 'mount is not permitted in this container' };
  }
  cleanups.push(() => {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
const mountable = smallFileSystem('1m');
const fileSystemSkip = typeof mountable === 'string' ? undefined : mountable.skip;
if (typeof mountable === 'string') cleanups.pop()?.();

async function start(db: string, logs: LogEntry[] = []): Promise<RunningSandbox> {
  sandbox = await startSandbox({ port: 0, db, now: NOW, logger: (entry) => logs.push(entry), rateLimit: false,
    demoDir: false, cdnDir: false, checkResponses: true });
  return sandbox;
}

const booking = (slotStart: string) => ({
  center: 'sc-370811', service: 'legal-consultation', slotStart,
  contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
});

let keys = 0;
async function book(url: string, slotStart = '2026-09-02T09:00:00+08:00'): Promise<Response> {
  return fetch(`${url}/v1/appointments`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `storage-test-key-${++keys}` },
    body: JSON.stringify(booking(slotStart)),
  });
}

const health = async (url: string) => (await fetch(`${url}/v1/health`)).json() as Promise<Record<string, unknown>>;

/** A second process that takes the database's write lock (BEGIN IMMEDIATE) and holds it until told to let go. */
async function holdWriteLock(db: string): Promise<() => Promise<void>> {
  const script = `const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n'); process.stdin.on('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script, db], { cwd: packageDir });
  holder = child;
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return () => new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.stdin.write('go\n');
  });
}

describe('another process holding the write lock', () => {
  it('keeps health and searches answering while bookings wait, then answers the bookings 503 with Retry-After', async () => {
    const logs: LogEntry[] = [];
    const db = join(tempDir(), 'sandbox.db');
    const { url } = await start(db, logs);
    const release = await holdWriteLock(db);

    const finished: string[] = [];
    const track = <T>(name: string, promise: Promise<T>) => promise.then((value) => { finished.push(name); return value; });
    const bookings = [track('booking', book(url)), track('booking', book(url, '2026-09-02T08:30:00+08:00'))];
    const reads = [track('health', fetch(`${url}/v1/health`)), track('search', fetch(`${url}/v1/lawyers?limit=5`))];
    const [healthReply, searchReply] = await Promise.all(reads);
    const [first, second] = await Promise.all(bookings);
    // the event loop was free while the bookings waited for the lock: the reads finished first
    expect(finished).toEqual(['health', 'search', 'booking', 'booking']);
    expect([healthReply?.status, searchReply?.status]).toEqual([200, 200]);
    for (const reply of [first, second]) {
      expect(reply?.status).toBe(503);
      expect(reply?.headers.get('retry-after')).toBe('1');
      expect((await reply?.json()).code).toBe('service-unavailable');
    }
    expect(logs).toContainEqual(expect.objectContaining({ event: 'storage-unavailable', code: 'SQLITE_BUSY', operation: 'bookAppointment' }));
    expect(await health(url)).toMatchObject({ status: 'degraded', capabilities: { reads: true, writes: false }, storage: 'locked' });

    await release();
    expect((await book(url)).status).toBe(201);
    expect(await health(url)).toMatchObject({ status: 'ok', capabilities: { reads: true, writes: true } });
    expect(sandbox?.responseViolations()).toEqual([]);
  });

  it('books once the lock is let go within the back-off, without the caller seeing it', async () => {
    const db = join(tempDir(), 'sandbox.db');
    const { url } = await start(db);
    const release = await holdWriteLock(db);
    const pending = book(url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await release();
    expect((await pending).status).toBe(201);
  });
});

describe.skipIf(fileSystemSkip !== undefined)(`a file system that cannot be written${fileSystemSkip ? ` (skipped: ${fileSystemSkip})` : ''}`, () => {
  it('starts on a read-only file system in read-only mode: reads served, bookings 503, health degraded', async () => {
    const fs = smallFileSystem('16m') as string;
    const db = join(fs, 'sandbox.db');
    await (await start(db)).close();
    execFileSync('mount', ['-o', 'remount,ro', fs]);
    const logs: LogEntry[] = [];
    const { url } = await start(db, logs);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'read-only' }));
    expect((await fetch(`${url}/v1/lawyers?limit=3`)).status).toBe(200);
    expect((await fetch(`${url}/v1/appointments/availability?center=sc-370811&service=legal-consultation`)).status).toBe(200);
    const refused = await book(url);
    expect([refused.status, refused.headers.get('retry-after'), (await refused.json()).code]).toEqual([503, '30', 'service-unavailable']);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'storage-unavailable', code: 'SQLITE_READONLY' }));
    expect(await health(url)).toMatchObject({ status: 'degraded', capabilities: { reads: true, writes: false }, storage: 'read-only' });
    expect(sandbox?.responseViolations()).toEqual([]);
  });

  it('answers bookings 503 on a full disk, says so in health and the log, and recovers when space returns', async () => {
    const fs = smallFileSystem('16m') as string;
    const logs: LogEntry[] = [];
    const { url } = await start(join(fs, 'sandbox.db'), logs);
    expect((await book(url)).status).toBe(201);
    // fill what is left of the file system
    const filler = join(fs, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(32 * 1024 * 1024));
    } catch (error) {
      expect((error as { code?: string }).code).toBe('ENOSPC');
    }
    const refused = await book(url, '2026-09-02T08:30:00+08:00');
    expect([refused.status, refused.headers.get('retry-after'), (await refused.json()).code]).toEqual([503, '30', 'service-unavailable']);
    expect(logs.find((e) => e.event === 'storage-unavailable')?.code).toMatch(/^SQLITE_(FULL|IOERR)/);
    expect(await health(url)).toMatchObject({ status: 'degraded', capabilities: { reads: true, writes: false } });
    expect((await fetch(`${url}/v1/lawyers?limit=3`)).status).toBe(200);

    rmSync(filler);
    expect((await book(url, '2026-09-02T08:30:00+08:00')).status).toBe(201);
    expect(await health(url)).toMatchObject({ status: 'ok' });
    expect(sandbox?.responseViolations()).toEqual([]);
  });
});
