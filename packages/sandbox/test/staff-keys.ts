// A JWKS file of the tests' own, standing in for the city's identity
// provider: a trusted key pair (its public half in the file the sandbox
// reads) and another key the sandbox does not know, to sign tokens of every
// kind a test needs — good, expired, wrongly signed, `alg: none`, for another
// audience or issuer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, base64url, type CryptoKey } from 'jose';

export const TEST_ISSUER = 'https://idp.test.jining.example/realms/staff';
export const TEST_AUDIENCE = 'plskit-staff';

export interface StaffClaims {
  sub?: string;
  name?: string;
  roles?: string[];
  centers?: string[];
}

export interface TokenVariant {
  /** Seconds until it expires (negative: expired that long ago). */
  expiresIn?: number;
  /** Signed by a key the sandbox does not trust. */
  otherKey?: boolean;
  audience?: string;
  issuer?: string;
  /** Extra or replaced claims, as an identity provider with its own claim names would send. */
  claims?: Record<string, unknown>;
}

export interface TestStaffKeys {
  /** The JWKS file (PLSKIT_STAFF_JWKS) with the trusted public key. */
  jwksPath: string;
  /** The sandbox options that trust it. */
  options: { jwks: string; issuer: string; audience: string };
  token(claims: StaffClaims, variant?: TokenVariant): Promise<string>;
  /** A token with `alg: none` and no signature (which must never be accepted). */
  unsigned(claims: StaffClaims): string;
}

const signer = async (): Promise<{ privateKey: CryptoKey; kid: string; publicJwk: object }> => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `test-${Math.random().toString(36).slice(2, 10)}`;
  return { privateKey, kid, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
};

const payloadOf = (claims: StaffClaims, extra: Record<string, unknown> = {}) => ({
  roles: claims.roles ?? ['center-staff'], centers: claims.centers ?? [], ...(claims.name ? { name: claims.name } : {}), ...extra,
});

export async function testStaffKeys(): Promise<TestStaffKeys> {
  const trusted = await signer();
  const other = await signer();
  const jwksPath = join(mkdtempSync(join(tmpdir(), 'plskit-staff-keys-')), 'jwks.json');
  writeFileSync(jwksPath, JSON.stringify({ keys: [trusted.publicJwk] }));
  return {
    jwksPath,
    options: { jwks: jwksPath, issuer: TEST_ISSUER, audience: TEST_AUDIENCE },
    async token(claims, variant = {}) {
      const key = variant.otherKey ? other : trusted;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(payloadOf(claims, variant.claims))
        .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
        .setSubject(claims.sub ?? 'staff-1').setIssuer(variant.issuer ?? TEST_ISSUER).setAudience(variant.audience ?? TEST_AUDIENCE)
        .setIssuedAt(now - 60).setExpirationTime(now + (variant.expiresIn ?? 3600))
        .sign(key.privateKey);
    },
    unsigned(claims) {
      const now = Math.floor(Date.now() / 1000);
      const part = (value: object) => base64url.encode(JSON.stringify(value));
      return `${part({ alg: 'none', typ: 'JWT', kid: trusted.kid })}.${part({
        ...payloadOf(claims), sub: claims.sub ?? 'staff-1', iss: TEST_ISSUER, aud: TEST_AUDIENCE, iat: now, exp: now + 3600,
      })}.`;
    },
  };
}
