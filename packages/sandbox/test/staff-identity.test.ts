// Staff identity without a server around it: claims as identity providers
// send them, what each role may do where, the token verifier against a JWKS
// URL (cached, fetched again when the provider rotates its keys, a 503 when
// it cannot be reached) and a JWKS file (read again when it changes), the
// refusals no key trick gets past, and the development key of the data folder.
import { existsSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { allows, grantsOf, type StaffMember } from '../src/staff/staff-access.js';
import { staffMemberOf } from '../src/staff/staff-claims.js';
import { DEV_ISSUER, DEV_KEY_FILE, signDevToken } from '../src/staff/dev-signing-key.js';
import { openStaffIdentity } from '../src/staff/staff-identity.js';
import { staffTokenVerifier } from '../src/staff/staff-tokens.js';

const ISSUER = 'https://idp.example/realms/jining';
const AUDIENCE = 'plskit-staff';

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256' } };
}

const sign = (key: { privateKey: CryptoKey }, kid: string, claims: Record<string, unknown> = {}, expiresIn = 600) => new SignJWT({ roles: ['supervisor'], ...claims })
  .setProtectedHeader({ alg: 'ES256', kid }).setSubject('staff-9').setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt()
  .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn).sign(key.privateKey);

const closing: (() => Promise<void>)[] = [];
afterAll(async () => { for (const close of closing) await close(); });

describe('staff claims and roles', () => {
  it('reads roles and centers where the provider puts them, as lists or space-separated, ignoring roles it does not know', () => {
    const keycloak = { sub: 'u1', name: ' 李主任 ', realm_access: { roles: ['offline_access', 'center-staff'] }, centers: 'sc-370811 sc-370811-01' };
    expect(staffMemberOf(keycloak, { roles: 'realm_access.roles', centers: 'centers', name: 'name' }))
      .toEqual({ sub: 'u1', name: '李主任', roles: ['center-staff'], centers: ['sc-370811', 'sc-370811-01'] });
    expect(staffMemberOf({ sub: 'u2' })).toEqual({ sub: 'u2', roles: [], centers: [] });
    expect(staffMemberOf({ sub: '' })).toBeUndefined();
    expect(staffMemberOf({ sub: 'u3', roles: [1] })).toBeUndefined();
    expect(staffMemberOf({ sub: 'u3', centers: ['../../etc'] })).toBeUndefined();
  });

  it('lets center staff work at their own centers, the hotline read every roster, and supervisors do everything', () => {
    const member = (roles: StaffMember['roles'], centers: string[] = []): StaffMember => ({ sub: 's', roles, centers });
    const staff = member(['center-staff'], ['sc-370811']);
    expect([allows(staff, 'roster-read', 'sc-370811'), allows(staff, 'roster-read', 'sc-370812'), allows(staff, 'audit-read')]).toEqual([true, false, false]);
    const hotline = member(['hotline-operator']);
    expect([allows(hotline, 'roster-read', 'sc-370812'), allows(hotline, 'appointments-mark', 'sc-370812'), allows(hotline, 'closures-write', 'sc-370812')]).toEqual([true, false, false]);
    expect(grantsOf(member(['supervisor'])).every((grant) => grant.allCenters)).toBe(true);
    expect(grantsOf(member(['center-staff']))).toEqual([]);
    // a member with both roles reads everywhere, and marks visits at their own center only
    const both = member(['center-staff', 'hotline-operator'], ['sc-370811']);
    expect([allows(both, 'roster-read', 'sc-370812'), allows(both, 'appointments-mark', 'sc-370812'), allows(both, 'appointments-mark', 'sc-370811')]).toEqual([true, false, true]);
  });
});

describe('the token verifier', () => {
  it('follows a JWKS URL: keys cached, fetched again when a token names a new one, and 503 (keys unavailable) when it cannot be reached', async () => {
    const [first, second] = await Promise.all([keyPair('k1'), keyPair('k2')]);
    let served = { keys: [first.publicJwk] };
    let fetches = 0;
    const server = createServer((_request, response) => { fetches++; response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served)); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closing.push(() => new Promise((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    const verify = staffTokenVerifier({ jwks: url, issuer: ISSUER, audience: AUDIENCE, refetchCooldownMs: 0 });
    expect(await verify(`Bearer ${await sign(first, 'k1')}`)).toMatchObject({ kind: 'member', member: { sub: 'staff-9', roles: ['supervisor'] } });
    expect(await verify(`Bearer ${await sign(first, 'k1')}`)).toMatchObject({ kind: 'member' });
    expect(fetches).toBe(1);
    served = { keys: [second.publicJwk] };
    expect(await verify(`Bearer ${await sign(second, 'k2')}`)).toMatchObject({ kind: 'member' });
    expect(fetches).toBe(2);
    const gone = staffTokenVerifier({ jwks: 'http://127.0.0.1:9/jwks', issuer: ISSUER, audience: AUDIENCE });
    expect(await gone(`Bearer ${await sign(first, 'k1')}`)).toEqual({ kind: 'keys-unavailable' });
    expect(() => staffTokenVerifier({ jwks: 'http://idp.example/jwks', issuer: ISSUER, audience: AUDIENCE })).toThrow(/https/);
  });

  it('reads a JWKS file again when it changes, and refuses a file that is not a key set at once', async () => {
    const [first, second] = await Promise.all([keyPair('f1'), keyPair('f2')]);
    const path = join(mkdtempSync(join(tmpdir(), 'plskit-jwks-')), 'jwks.json');
    writeFileSync(path, JSON.stringify({ keys: [first.publicJwk] }));
    const verify = staffTokenVerifier({ jwks: path, issuer: ISSUER, audience: AUDIENCE });
    expect((await verify(`Bearer ${await sign(first, 'f1')}`)).kind).toBe('member');
    writeFileSync(path, JSON.stringify({ keys: [second.publicJwk] }));
    const later = new Date(statSync(path).mtimeMs + 5000);
    utimesSync(path, later, later);
    expect((await verify(`Bearer ${await sign(second, 'f2')}`)).kind).toBe('member');
    expect(await verify(`Bearer ${await sign(first, 'f1')}`)).toEqual({ kind: 'refused', code: 'staff-token-invalid' });
    writeFileSync(path, 'not json');
    expect(() => staffTokenVerifier({ jwks: path, issuer: ISSUER, audience: AUDIENCE })).toThrow(/not a readable JSON Web Key Set/);
  });

  it('refuses an HMAC token signed with the public key, a token without exp, and one whose claims name no one', async () => {
    const key = await keyPair('c1');
    const verify = staffTokenVerifier({ jwks: { keys: [key.publicJwk] }, issuer: ISSUER, audience: AUDIENCE });
    const confused = await new SignJWT({ roles: ['supervisor'] }).setProtectedHeader({ alg: 'HS256', kid: 'c1' }).setSubject('x').setIssuer(ISSUER)
      .setAudience(AUDIENCE).setExpirationTime('1h').sign(new TextEncoder().encode(JSON.stringify(key.publicJwk)));
    expect(await verify(`Bearer ${confused}`)).toEqual({ kind: 'refused', code: 'staff-token-invalid' });
    const endless = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'c1' }).setSubject('x').setIssuer(ISSUER).setAudience(AUDIENCE).sign(key.privateKey);
    expect(await verify(`Bearer ${endless}`)).toEqual({ kind: 'refused', code: 'staff-token-invalid' });
    expect(await verify(`Bearer ${await sign(key, 'c1', { roles: 'center-staff', centers: [{}] })}`)).toEqual({ kind: 'refused', code: 'staff-token-invalid' });
    // within the minute of skew allowed, an expiry just past still passes
    expect((await verify(`Bearer ${await sign(key, 'c1', {}, -30)}`)).kind).toBe('member');
    expect(await verify(`Bearer ${await sign(key, 'c1', {}, -90)}`)).toEqual({ kind: 'refused', code: 'staff-token-expired' });
  });
});

describe('the development key', () => {
  it('is made once in the data folder beside a SQLite file, readable by its owner only, and signs tokens the sandbox accepts; :memory: keeps it in memory', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'plskit-devkey-'));
    const identity = await openStaffIdentity({}, join(folder, 'sandbox.db'));
    const path = join(folder, DEV_KEY_FILE);
    expect(identity.devKey?.path).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await openStaffIdentity({}, join(folder, 'sandbox.db'));
    expect(again.devKey?.privateJwk).toEqual(identity.devKey?.privateJwk);
    expect(JSON.stringify(identity.devKey?.jwks)).not.toContain('"d"');
    const token = await signDevToken(identity.devKey!, { sub: 'dev-1', roles: ['center-staff'], centers: ['sc-370811'], issuer: DEV_ISSUER, audience: AUDIENCE, ttlSeconds: 60 });
    expect(await again.verify(`Bearer ${token}`)).toMatchObject({ kind: 'member', member: { sub: 'dev-1', centers: ['sc-370811'] } });
    const memory = await openStaffIdentity({}, ':memory:');
    expect(memory.devKey?.path).toBeUndefined();
    expect(await memory.verify(`Bearer ${token}`)).toEqual({ kind: 'refused', code: 'staff-token-invalid' });
  });

  it('is never used once a provider is configured, and a provider needs its issuer', async () => {
    const key = await keyPair('p1');
    const folder = mkdtempSync(join(tmpdir(), 'plskit-provider-'));
    await expect(openStaffIdentity({ jwks: { keys: [key.publicJwk] } }, join(folder, 'sandbox.db'))).rejects.toThrow(/PLSKIT_STAFF_ISSUER/);
    const identity = await openStaffIdentity({ jwks: { keys: [key.publicJwk] }, issuer: ISSUER }, join(folder, 'sandbox.db'));
    expect(identity.devKey).toBeUndefined();
    expect(existsSync(join(folder, DEV_KEY_FILE))).toBe(false);
  });
});
