// Booking references, manage tokens and sealed idempotent replies. A copy of
// the database alone reveals no manage token: tokens are stored as sha256, and
// the first reply of a booking (which holds its token) is sealed with a key
// derived from the client's Idempotency-Key, which is itself stored only hashed.
import { createHash, hkdfSync, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { openBytes, sealBytes } from '../crypto/aes-gcm.js';

// no 0/O, 1/I/L, U: read aloud over the 12345 hotline without confusion
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new reference: JN- a booking, GD- (工单) a work order. */
export function newReference(prefix: 'JN' | 'GD' = 'JN'): string {
  const block = (): string => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `${prefix}-${block()}-${block()}`;
}

export const REFERENCE_PATTERN = /^JN-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;
export const WORK_ORDER_REFERENCE_PATTERN = /^GD-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Constant-time comparison of a presented token with the stored hash. */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Compared with when a reference is unknown, so that case costs what a wrong token costs. */
const NO_TOKEN_HASH = '0'.repeat(64);

/**
 * Whether a presented token opens the record whose token hash was found
 * (undefined: no such record). The token is compared as a hash in constant
 * time, and an unknown reference is compared too (against a hash no token
 * has), so neither timing nor answer tells which references exist.
 */
export function tokenOpens(presented: string, storedHash: string | undefined): boolean {
  return tokenMatches(presented, storedHash ?? NO_TOKEN_HASH) && storedHash !== undefined;
}

export function idempotencyKeyHash(client: string, key: string): string {
  return sha256(`${client}\u0000${key}`);
}

function sealingKey(client: string, key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, 'plskit-idempotency', client, 32));
}

export const seal = (client: string, key: string, plaintext: string): string =>
  sealBytes(sealingKey(client, key), Buffer.from(plaintext, 'utf8'));

export const unseal = (client: string, key: string, sealed: string): string =>
  openBytes(sealingKey(client, key), sealed).toString('utf8');
