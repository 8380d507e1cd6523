// Which keys the sandbox trusts for staff tokens: the city's identity
// provider (PLSKIT_STAFF_JWKS, with its issuer), or, with none configured,
// the development key of its data folder (dev-signing-key.ts), said loudly.
import type { JSONWebKeySet } from 'jose';
import type { ClaimNames } from './staff-claims.js';
import { DEFAULT_CLAIM_NAMES } from './staff-claims.js';
import { dataFolder, DEV_ISSUER, devSigningKey, type DevSigningKey } from './dev-signing-key.js';
import { DEFAULT_STAFF_AUDIENCE, staffTokenVerifier, type StaffTokenVerifier } from './staff-tokens.js';

export interface StaffIdentityOptions {
  /** The provider's keys (PLSKIT_STAFF_JWKS): a JWKS URL, a JWKS file's path, or the key set; unset: the development key. */
  jwks?: string | JSONWebKeySet;
  /** The `iss` its tokens carry (PLSKIT_STAFF_ISSUER); required with `jwks`. */
  issuer?: string;
  /** The `aud` they must be for (PLSKIT_STAFF_AUDIENCE, default plskit-staff). */
  audience?: string;
  /** Dotted claim paths (PLSKIT_STAFF_ROLES_CLAIM, …_CENTERS_CLAIM, …_NAME_CLAIM). */
  claims?: Partial<ClaimNames>;
}

export interface StaffIdentity {
  verify: StaffTokenVerifier;
  /** The development key trusted instead of a provider's, when no JWKS is configured. */
  devKey: DevSigningKey | undefined;
}

/** The verifier `options` describe; `db` locates the development key (beside a SQLite file, in memory for :memory:). */
export async function openStaffIdentity(options: StaffIdentityOptions, db: string): Promise<StaffIdentity> {
  const audience = options.audience ?? DEFAULT_STAFF_AUDIENCE;
  const claims = { ...DEFAULT_CLAIM_NAMES, ...options.claims };
  if (options.jwks !== undefined) {
    if (!options.issuer) throw new Error('PLSKIT_STAFF_ISSUER must name the identity provider\'s issuer when PLSKIT_STAFF_JWKS is set');
    return { verify: staffTokenVerifier({ jwks: options.jwks, issuer: options.issuer, audience, claims }), devKey: undefined };
  }
  const devKey = await devSigningKey(dataFolder(db));
  return { verify: staffTokenVerifier({ jwks: devKey.jwks, issuer: options.issuer ?? DEV_ISSUER, audience, claims }), devKey };
}
