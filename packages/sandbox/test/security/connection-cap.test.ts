// One address cannot hold more than its share of the server's connections:
// the one over the cap gets a 429 it can wait on (Retry-After) and is closed,
// one that says nothing is closed after a second, and everyone else is served.
// A trusted proxy is many clients: it is held to the total only.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { optionsFromEnv, startSandbox, type LogEntry, type RunningSandbox } from '../../src/index.js';
import { FIXED_NOW, send } from './attacker.js';

let sandbox: RunningSandbox | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await sandbox?.close();
  sandbox = undefined;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An idle connection from `from`: open, sending nothing. */
async function idle(url: string, from: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port), localAddress: from });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return socket;
}

describe('open connections per address', () => {
  it('beyond the cap are answered 429 with Retry-After and closed, while other addresses are served', async () => {
    const logs: LogEntry[] = [];
    sandbox = await startSandbox({ port: 0, db: ':memory:', now: FIXED_NOW, logger: (entry) => logs.push(entry), demoDir: false, cdnDir: false,
      rateLimit: false, maxConnectionsPerAddress: 3 });
    const held = [await idle(sandbox.url, '127.0.0.2'), await idle(sandbox.url, '127.0.0.2'), await idle(sandbox.url, '127.0.0.2')];
    await pause(50);
    const refused = await send(`${sandbox.url}/v1/health`, { from: '127.0.0.2', headers: { origin: 'https://partner.example' } });
    expect([refused.status, refused.headers['retry-after'], refused.headers.connection, refused.json().code])
      .toEqual([429, '1', 'close', 'rate-limited']);
    // a browser may read the refusal, and wait as it says
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect((await send(`${sandbox.url}/v1/health`, { from: '127.0.0.3' })).status).toBe(200);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', event: 'connection-refused' }));

    // one that sends nothing is closed within about a second
    const silent = await idle(sandbox.url, '127.0.0.2');
    const closed = await Promise.race([new Promise((resolve) => silent.once('close', () => resolve('closed'))), pause(3000).then(() => 'open')]);
    expect(closed).toBe('closed');

    // a connection let go makes room
    held[0]?.destroy();
    await pause(50);
    expect((await send(`${sandbox.url}/v1/health`, { from: '127.0.0.2' })).status).toBe(200);
  });

  it('are capped as PLSKIT_MAX_CONNECTIONS_PER_ADDRESS says', () => {
    expect(optionsFromEnv({ PLSKIT_MAX_CONNECTIONS_PER_ADDRESS: '512' })).toEqual({ maxConnectionsPerAddress: 512 });
    expect(() => optionsFromEnv({ PLSKIT_MAX_CONNECTIONS_PER_ADDRESS: '0' })).toThrow(/PLSKIT_MAX_CONNECTIONS_PER_ADDRESS/);
  });

  it('hold a trusted proxy to the total only', async () => {
    sandbox = await startSandbox({ port: 0, db: ':memory:', now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false,
      rateLimit: false, maxConnectionsPerAddress: 2, trustProxy: ['127.0.0.4'] });
    for (let i = 0; i < 4; i++) await idle(sandbox.url, '127.0.0.4');
    await pause(50);
    expect((await send(`${sandbox.url}/v1/health`, { from: '127.0.0.4', headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
  });
});
