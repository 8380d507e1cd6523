// For development only: with no PLSKIT_STAFF_JWKS, the sandbox trusts a key
// of its own, made once and kept in its data folder beside the database, so
// that `plskit-sandbox staff-token` can sign tokens it accepts. A database
// in memory gets a key in memory (no command can reach it). The server says
// loudly at start that it trusts this key; no HTTP endpoint ever signs with it.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { isPostgresUrl } from '../store/postgres/postgres-database.js';
import type { StaffRole } from './staff-access.js';

export const DEV_KEY_FILE = 'staff-dev-signing-key.json';
/** The issuer of development tokens when PLSKIT_STAFF_ISSUER names none. */
export const DEV_ISSUER = 'plskit-sandbox-dev';
const ALGORITHM = 'ES256';

export interface DevSigningKey {
  /** Where it is kept, or undefined for a key in memory. */
  path: string | undefined;
  privateJwk: JWK;
  /** What the verifier trusts: the public half alone. */
  jwks: JSONWebKeySet;
}

/** The data folder of a database: beside a SQLite file; `.plskit/` under the working directory for PostgreSQL; none for :memory:. */
export function dataFolder(db: string): string | undefined {
  if (db === ':memory:') return undefined;
  return isPostgresUrl(db) ? resolve('.plskit') : dirname(resolve(db));
}

async function newKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: ALGORITHM, use: 'sig', kid: await calculateJwkThumbprint(jwk) };
}

const publicHalf = ({ d: _d, ...rest }: JWK): JWK => rest;

/** The folder's key, made the first time (readable by its owner only). */
export async function devSigningKey(folder: string | undefined): Promise<DevSigningKey> {
  const path = folder && join(folder, DEV_KEY_FILE);
  let privateJwk: JWK;
  if (path && existsSync(path)) {
    privateJwk = (JSON.parse(readFileSync(path, 'utf8')) as { privateJwk: JWK }).privateJwk;
  } else {
    privateJwk = await newKey();
    if (path) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `${JSON.stringify({ note: 'plskit sandbox: development staff-token key. Never trust it in production.', privateJwk }, null, 2)}\n`, { mode: 0o600 });
      chmodSync(path, 0o600);
    }
  }
  return { path, privateJwk, jwks: { keys: [publicHalf(privateJwk)] } };
}

export interface DevTokenClaims {
  sub: string;
  name?: string;
  roles: StaffRole[];
  centers: string[];
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** A token as the city's provider would issue one, signed with the development key. */
export async function signDevToken(key: DevSigningKey, claims: DevTokenClaims, now = new Date()): Promise<string> {
  const signing = await importJWK(key.privateJwk, ALGORITHM);
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ roles: claims.roles, centers: claims.centers, ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.privateJwk.kid as string, typ: 'JWT' })
    .setSubject(claims.sub).setIssuer(claims.issuer).setAudience(claims.audience)
    .setIssuedAt(issuedAt).setExpirationTime(issuedAt + claims.ttlSeconds)
    .sign(signing);
}
