// `plskit-sandbox staff-token`: a development token from the key in the data
// folder of PLSKIT_DB, which a sandbox on that database without a provider
// accepts; it refuses when a provider is configured (tokens come from it),
// when the database is in memory, and when the flags make no staff member.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { optionsFromEnv, runStaffTokenCommand, type RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

const running: RunningSandbox[] = [];
afterAll(async () => { for (const sandbox of running) await sandbox.close(); });

async function run(args: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStaffTokenCommand(args, { env, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err: err.join('\n') };
}

describe('plskit-sandbox staff-token', () => {
  it('prints a token the sandbox on the same data folder accepts, for the role, centers and name asked', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'plskit-staff-token-')), 'sandbox.db');
    const { code, out, err } = await run(['--role', 'center-staff', '--center', 'sc-370811', '--name', '李主任', '--ttl', '30m'], { PLSKIT_DB: db });
    expect([code, out.length]).toEqual([0, 1]);
    expect(err).toMatch(/development key .*staff-dev-signing-key\.json; valid for 0\.5 h/);
    const sandbox = await apiSandbox({ db });
    running.push(sandbox);
    expect(sandbox.staffDevKey).toBe(join(db, '..', 'staff-dev-signing-key.json'));
    const me = await fetch(`${sandbox.url}/v1/staff/me`, { headers: { authorization: `Bearer ${out[0]}` } });
    expect(await me.json()).toMatchObject({ name: '李主任', roles: ['center-staff'], centers: ['sc-370811'] });
  });

  it('refuses with a provider configured, on a database in memory, and for flags that make no staff member', async () => {
    expect((await run(['--role', 'supervisor'], { PLSKIT_STAFF_JWKS: 'https://idp.example/jwks' })).err).toMatch(/identity provider/);
    expect((await run(['--role', 'supervisor'], { PLSKIT_DB: ':memory:' })).err).toMatch(/in memory/);
    for (const [args, said] of [
      [[], /name a role/], [['--role', 'janitor'], /--role must be one of/], [['--role', 'center-staff'], /--center/],
      [['--role', 'supervisor', '--ttl', '30d'], /at most 7d/], [['--role', 'supervisor', '--center', 'sc 1'], /center id/], [['--role'], /needs a value/],
    ] as const) {
      const result = await run([...args], { PLSKIT_DB: join(mkdtempSync(join(tmpdir(), 'plskit-staff-token-')), 'sandbox.db') });
      expect([result.code, result.err]).toEqual([2, expect.stringMatching(said)]);
    }
  });
});

describe('the staff settings of the environment', () => {
  it('reads the provider, the claim names, the staff origins and the audit retention, and refuses a retention below six months', () => {
    expect(optionsFromEnv({
      PLSKIT_STAFF_JWKS: 'https://idp.example/jwks', PLSKIT_STAFF_ISSUER: 'https://idp.example', PLSKIT_STAFF_AUDIENCE: 'desk',
      PLSKIT_STAFF_ROLES_CLAIM: 'realm_access.roles', PLSKIT_STAFF_CORS_ORIGINS: 'https://intranet.example, https://oa.example', PLSKIT_RETAIN_AUDIT_DAYS: '400',
    })).toEqual({
      staff: { jwks: 'https://idp.example/jwks', issuer: 'https://idp.example', audience: 'desk', claims: { roles: 'realm_access.roles' } },
      staffCorsOrigins: ['https://intranet.example', 'https://oa.example'], retainAuditDays: 400,
    });
    expect(() => optionsFromEnv({ PLSKIT_RETAIN_AUDIT_DAYS: '30' })).toThrow(/at least 183/);
  });

  it('will not start with audit events kept no longer than contact data', async () => {
    await expect(apiSandbox({ retainContactDays: 400, retainAuditDays: 365 })).rejects.toThrow(/more than PLSKIT_RETAIN_CONTACT_DAYS/);
  });
});
