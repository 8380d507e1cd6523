// Bearer tokens of the city's identity provider, verified with jose against
// its JWKS: a URL (fetched, cached and fetched again when a token names a key
// it does not have: the provider rotated) or a file (read again when it
// changes). Asymmetric algorithms only, so `none` and a key-confusion HMAC
// are refused; `exp` and `sub` required; issuer and audience checked; a
// minute of clock skew allowed. Time is the real clock, never a demo's fixed
// one: the provider dates its tokens by it.
import { statSync, readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { StaffMember } from './staff-access.js';
import { DEFAULT_CLAIM_NAMES, staffMemberOf, type ClaimNames } from './staff-claims.js';

/** RFC 7518 and RFC 8037 signature algorithms with a public key: never `none`, never HS*. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
export const CLOCK_TOLERANCE_SECONDS = 60;
export const DEFAULT_STAFF_AUDIENCE = 'plskit-staff';

export interface StaffTokenOptions {
  /** The provider's keys: a JWKS URL, a JWKS file's path, or the key set itself. */
  jwks: string | JSONWebKeySet;
  issuer: string;
  audience: string;
  claims?: ClaimNames;
  /** A JWKS URL is fetched again for an unknown key at most this often (default 30 s; tests shorten it). */
  refetchCooldownMs?: number;
}

/** A JWKS URL's keys are kept this long before they are fetched again anyway. */
const JWKS_CACHE_MS = 10 * 60_000;
const JWKS_REFETCH_COOLDOWN_MS = 30_000;

/** Why a token was refused, in the contract's codes (RFC 6750's `invalid_token` for all but a missing one), or that the keys could not be had. */
export type StaffTokenOutcome =
  | { kind: 'member'; member: StaffMember }
  | { kind: 'refused'; code: 'staff-token-missing' | 'staff-token-malformed' | 'staff-token-expired' | 'staff-token-invalid' }
  | { kind: 'keys-unavailable' };

export type StaffTokenVerifier = (authorization: string | undefined) => Promise<StaffTokenOutcome>;

const BEARER = /^Bearer +(\S+)$/i;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
/** A JWKS file is looked at again at most this often, and at once when a token names a key it lacks. */
const FILE_RECHECK_MS = 5000;

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);
const isLoopback = (url: URL): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** The keys from a file, read again when its modification time changes (the operator rotated them). */
function fileKeys(path: string): JWTVerifyGetKey {
  let checked = 0;
  let mtime = -1;
  let keys: JWTVerifyGetKey | undefined;
  const load = (force: boolean): JWTVerifyGetKey => {
    const now = Date.now();
    if (keys && !force && now - checked < FILE_RECHECK_MS) return keys;
    checked = now;
    const seen = statSync(path).mtimeMs;
    if (!keys || seen !== mtime) {
      keys = createLocalJWKSet(JSON.parse(readFileSync(path, 'utf8')) as JSONWebKeySet);
      mtime = seen;
    }
    return keys;
  };
  return async (header, token) => {
    try {
      return await load(false)(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      return load(true)(header, token);
    }
  };
}

/** The key source `jwks` names; a file is read now, so a wrong path stops the start. */
export function staffKeys(jwks: string | JSONWebKeySet, refetchCooldownMs = JWKS_REFETCH_COOLDOWN_MS): JWTVerifyGetKey {
  if (typeof jwks !== 'string') return createLocalJWKSet(jwks);
  if (isUrl(jwks)) {
    const url = new URL(jwks);
    // the keys decide who is staff: fetched over TLS, plain http only on this machine
    if (url.protocol !== 'https:' && !isLoopback(url)) throw new Error(`PLSKIT_STAFF_JWKS must be an https:// URL (http:// only on loopback), not ${jwks}`);
    return createRemoteJWKSet(url, { timeoutDuration: 5000, cooldownDuration: refetchCooldownMs, cacheMaxAge: JWKS_CACHE_MS });
  }
  try {
    createLocalJWKSet(JSON.parse(readFileSync(jwks, 'utf8')) as JSONWebKeySet);
  } catch (error) {
    throw new Error(`PLSKIT_STAFF_JWKS (${jwks}): not a readable JSON Web Key Set (${(error as { code?: string }).code ?? (error as Error).name})`);
  }
  return fileKeys(jwks);
}

function refusalOf(error: unknown): StaffTokenOutcome {
  if (error instanceof errors.JWTExpired) return { kind: 'refused', code: 'staff-token-expired' };
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)
    || error.code === 'ERR_JOSE_GENERIC') return { kind: 'keys-unavailable' };
  return { kind: 'refused', code: 'staff-token-invalid' };
}

export function staffTokenVerifier(options: StaffTokenOptions): StaffTokenVerifier {
  const keys = staffKeys(options.jwks, options.refetchCooldownMs);
  const claims = options.claims ?? DEFAULT_CLAIM_NAMES;
  return async (authorization) => {
    const bearer = BEARER.exec(authorization?.trim() ?? '');
    if (!bearer) return { kind: 'refused', code: 'staff-token-missing' };
    const token = bearer[1] as string;
    if (!COMPACT_JWS.test(token)) return { kind: 'refused', code: 'staff-token-malformed' };
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ASYMMETRIC_ALGORITHMS, issuer: options.issuer, audience: options.audience,
        requiredClaims: ['exp', 'sub'], clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const member = staffMemberOf(payload as Record<string, unknown>, claims);
      return member ? { kind: 'member', member } : { kind: 'refused', code: 'staff-token-invalid' };
    } catch (error) {
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return { kind: 'refused', code: 'staff-token-malformed' };
      return refusalOf(error);
    }
  };
}
