// A sandbox that binds a network address answers only the names it can be
// sure are its own until the operator names the public one: otherwise a page
// on any domain that resolves to it (DNS rebinding) would be same-origin with it.
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type LogEntry, type RunningSandbox } from '../../src/index.js';
import { FIXED_NOW, send } from './attacker.js';

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const port = (url: string) => new URL(url).port;

describe('a sandbox on a network address', () => {
  it('without PLSKIT_ALLOWED_HOSTS answers the machine\'s own names and addresses only, and says at start-up how to add the public name', async () => {
    const logs: LogEntry[] = [];
    sandbox = await startSandbox({ host: '0.0.0.0', port: 0, db: ':memory:', now: FIXED_NOW, logger: (entry) => logs.push(entry),
      demoDir: false, cdnDir: false, rateLimit: false });
    const at = `http://127.0.0.1:${port(sandbox.url)}/v1/health`;
    const status = async (host: string) => (await send(at, { headers: { host } })).status;
    expect(await status('rebound.attacker.example')).toBe(421);
    expect(await status(`rebound.attacker.example:${port(sandbox.url)}`)).toBe(421);
    expect(await status(`${hostname()}:${port(sandbox.url)}`)).toBe(200);
    expect(await status(`127.0.0.1:${port(sandbox.url)}`)).toBe(200);
    expect(await status(`localhost:${port(sandbox.url)}`)).toBe(200);
    expect(sandbox.machineHostNames).toEqual(expect.arrayContaining([hostname().toLowerCase(), '127.0.0.1']));
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', event: 'host-names', setting: 'PLSKIT_ALLOWED_HOSTS' }));
  });

  it('with PLSKIT_ALLOWED_HOSTS answers the names listed', async () => {
    sandbox = await startSandbox({ host: '0.0.0.0', port: 0, db: ':memory:', now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false,
      allowedHosts: ['legal.example.gov.cn'] });
    const at = `http://127.0.0.1:${port(sandbox.url)}/v1/health`;
    expect((await send(at, { headers: { host: 'legal.example.gov.cn' } })).status).toBe(200);
    expect((await send(at, { headers: { host: hostname() } })).status).toBe(421);
    expect(sandbox.machineHostNames).toBeUndefined();
  });
});
