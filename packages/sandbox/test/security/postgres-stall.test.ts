// A PostgreSQL that does not answer (a lock held too long, a server or network
// gone quiet, a server that never completes the handshake) costs a request a
// bounded wait and a 503 with Retry-After, never a request that waits forever;
// once the database answers again, so does the sandbox.
import { createServer, connect, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { optionsFromEnv, startSandbox, type LogEntry, type RunningSandbox } from '../../src/index.js';
import { freshPostgresUrl } from '../test-postgres.js';
import { booking, FIXED_NOW, send } from './attacker.js';

const TIMEOUTS = { connectMs: 1000, statementMs: 500 };
let sandbox: RunningSandbox | undefined;
const servers: Server[] = [];
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(() => { for (const server of servers) server.close(); });

const listening = async (server: Server): Promise<number> => {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
};

/** A TCP relay to the database that can go quiet (nothing passes either way) and come back, as a stalled network does. */
async function stallableRelay(target: URL): Promise<{ url: string; stall(): void; resume(): void }> {
  let stalled = false;
  const sockets = new Set<Socket>();
  const waiting: (() => void)[] = [];
  const relay = (client: Socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const port = await listening(createServer((client) => {
    client.on('error', () => undefined);
    if (stalled) waiting.push(() => relay(client));
    else relay(client);
  }));
  const url = new URL(target);
  url.port = String(port);
  return {
    url: url.toString(),
    stall() { stalled = true; for (const socket of sockets) socket.pause(); },
    resume() {
      stalled = false;
      for (const socket of sockets) socket.resume();
      for (const start of waiting.splice(0)) start();
    },
  };
}

const health = async () => (await send(`${sandbox!.url}/v1/health`)).json();

describe('a PostgreSQL that does not answer', () => {
  it('holding a lock past statement_timeout: searches and bookings 503 with Retry-After, health says busy, and it recovers', async () => {
    const db = await freshPostgresUrl();
    const logs: LogEntry[] = [];
    sandbox = await startSandbox({ port: 0, db, now: FIXED_NOW, logger: (entry) => logs.push(entry), demoDir: false, cdnDir: false,
      rateLimit: false, dbTimeouts: TIMEOUTS, checkResponses: true });
    const admin = new pg.Client({ connectionString: db });
    await admin.connect();
    try {
      // a maintenance transaction left open
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE lawyers, slot_places IN ACCESS EXCLUSIVE MODE');
      const search = await send(`${sandbox.url}/v1/lawyers?limit=1`);
      expect([search.status, search.headers['retry-after'], search.json().code]).toEqual([503, '2', 'service-unavailable']);
      const book = await send(`${sandbox.url}/v1/appointments`, { method: 'POST', body: booking(), headers: { 'idempotency-key': 'stall-lock-attempt-0001' } });
      expect([book.status, book.headers['retry-after']]).toEqual([503, '2']);
      expect(await health()).toMatchObject({ status: 'degraded', capabilities: { reads: false }, storage: 'busy' });
      expect(logs).toContainEqual(expect.objectContaining({ event: 'storage-unavailable', code: '57014', operation: 'searchLawyers' }));
    } finally {
      await admin.query('ROLLBACK');
      await admin.end();
    }
    expect((await send(`${sandbox.url}/v1/lawyers?limit=1`)).status).toBe(200);
    expect(await health()).toMatchObject({ status: 'ok' });
    expect(sandbox.responseViolations()).toEqual([]);
  });

  it('gone quiet on the network: requests 503 with Retry-After instead of waiting, and are answered again once it speaks', async () => {
    const relay = await stallableRelay(new URL(await freshPostgresUrl()));
    sandbox = await startSandbox({ port: 0, db: relay.url, now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false,
      rateLimit: false, dbTimeouts: TIMEOUTS });
    expect((await send(`${sandbox.url}/v1/lawyers?limit=1`)).status).toBe(200);
    relay.stall();
    // one on a pooled connection that goes quiet under it, the rest waiting for new ones
    const replies = await Promise.all(Array.from({ length: 3 }, () => send(`${sandbox!.url}/v1/lawyers?limit=1`)));
    for (const reply of replies) expect([reply.status, reply.headers['retry-after'], reply.json().code]).toEqual([503, '5', 'service-unavailable']);
    expect(await health()).toMatchObject({ status: 'degraded', storage: 'unavailable' });
    relay.resume();
    expect((await send(`${sandbox.url}/v1/lawyers?limit=1`)).status).toBe(200);
  });

  it('locked while the sandbox starts: health answers without the directory\'s counts, never fails, and has them once the database answers', async () => {
    const db = await freshPostgresUrl();
    // migrated and seeded by a first start, so the second reads what is there
    sandbox = await startSandbox({ port: 0, db, now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false, rateLimit: false });
    await sandbox.close();
    const admin = new pg.Client({ connectionString: db });
    await admin.connect();
    try {
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE law_firms IN ACCESS EXCLUSIVE MODE');
      sandbox = await startSandbox({ port: 0, db, now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false, rateLimit: false, dbTimeouts: TIMEOUTS });
      const during = await send(`${sandbox.url}/v1/health`);
      expect(during.status).toBe(200);
      expect(during.json().dataset).toBeUndefined();
    } finally {
      await admin.query('ROLLBACK');
      await admin.end();
    }
    // the next checks ask again: the counts come back, and nothing was left unhandled (vitest fails a run on that)
    const deadline = Date.now() + 10_000;
    let counted = await health();
    while (!counted.dataset && Date.now() < deadline) counted = await health();
    expect(counted).toMatchObject({ status: 'ok', dataset: { lawyers: expect.any(Number) } });
    expect((counted.dataset as { lawyers: number }).lawyers).toBeGreaterThan(0);
  });

  it('is waited for as long as PLSKIT_DB_CONNECT_TIMEOUT_MS and PLSKIT_DB_STATEMENT_TIMEOUT_MS say (0: forever)', () => {
    expect(optionsFromEnv({ PLSKIT_DB_CONNECT_TIMEOUT_MS: '2000', PLSKIT_DB_STATEMENT_TIMEOUT_MS: '0' })).toEqual({ dbTimeouts: { connectMs: 2000, statementMs: 0 } });
    expect(() => optionsFromEnv({ PLSKIT_DB_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/PLSKIT_DB_STATEMENT_TIMEOUT_MS/);
    expect(() => optionsFromEnv({ PLSKIT_DB_CONNECT_TIMEOUT_MS: '-1' })).toThrow(/PLSKIT_DB_CONNECT_TIMEOUT_MS/);
  });

  it('that never completes the handshake stops the start within the connection timeout, saying so', async () => {
    const silent: Socket[] = [];
    const port = await listening(createServer((socket) => { silent.push(socket); }));
    await expect(startSandbox({ port: 0, db: `postgres://plskit@127.0.0.1:${port}/plskit`, logger: false, demoDir: false, cdnDir: false,
      dbTimeouts: TIMEOUTS })).rejects.toThrow(/did not answer within 1000 ms \(PLSKIT_DB_CONNECT_TIMEOUT_MS\)/);
    for (const socket of silent) socket.destroy();
  });
});
