// The rules of phone confirmation as functions of plain values (both engines
// call them inside their transaction): when another code may be sent, what a
// presented code does to a verification, and whether a token may be used.
import { randomInt, timingSafeEqual } from 'node:crypto';
import { shanghaiDateTime } from '@plskit/core';
import { opaqueId } from '../events/event.js';
import type { CodeLimits, VerificationPurpose } from './phone-verification-store.js';
import type { ContactVault } from './sealed-contact.js';
import { sha256 } from './secrets.js';

/** A code is good for 5 minutes. */
export const CODE_VALID_MS = 5 * 60_000;
/** Wrong codes a verification takes before it is locked. */
export const MAX_CODE_ATTEMPTS = 5;
/** A confirmed number's token is good for 15 minutes, and for one booking or work order. */
export const TOKEN_VALID_MS = 15 * 60_000;
/** One code a minute to one number: a resident's "send again" waits this long. */
export const RESEND_AFTER_MS = 60_000;
/** The window of the hourly limits; a verification is erased once it is past. */
export const LIMIT_WINDOW_MS = 3600_000;

export const DEFAULT_CODE_LIMITS: CodeLimits = { perPhonePerHour: 3, perAddressPerHour: 10 };

export type VerificationState = 'sent' | 'confirmed' | 'locked' | 'used';

/** A verification as both engines store it. */
export interface VerificationRecord {
  id: string;
  purpose: VerificationPurpose;
  phoneKey: string;
  clientKey: string;
  codeHash: string;
  attempts: number;
  state: VerificationState;
  codeExpiresAt: string;
  tokenHash: string | null;
  tokenExpiresAt: string | null;
  createdAt: string;
}

const later = (now: string, ms: number) => shanghaiDateTime(new Date(Date.parse(now) + ms));

/** Stored times before this are outside the hourly limits (and erased). */
export const windowStart = (now: string): string => later(now, -LIMIT_WINDOW_MS);

export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The code as kept: a keyed hash, bound to its verification (a million codes cannot be tried against a copy of the table). */
export const codeHashOf = (vault: ContactVault, id: string, code: string): string => vault.keyedHash('phone-code', `${id}:${code}`);

/**
 * The token a right code earns: `<id>.<keyed hash of id and code>`. The same
 * code gives the same token, so a confirmation retried after a lost reply
 * gets it again; only its sha256 is kept.
 */
export const tokenFor = (vault: ContactVault, id: string, code: string): string => `${id}.${vault.keyedHash('verification-token', `${id}:${code}`)}`;

/** The verification a token names (what precedes its dot). */
export const verificationIdOf = (token: string): string => token.slice(0, Math.max(0, token.indexOf('.')));

/** A new verification for a code just drawn. */
export function newVerification(
  vault: ContactVault, request: { purpose: VerificationPurpose; phone: string; client: string; now: string }, code: string,
): VerificationRecord {
  const id = opaqueId('pv');
  return {
    id, purpose: request.purpose, phoneKey: vault.phoneKey(request.phone), clientKey: vault.keyedHash('client', request.client),
    codeHash: codeHashOf(vault, id, code), attempts: 0, state: 'sent', codeExpiresAt: later(request.now, CODE_VALID_MS),
    tokenHash: null, tokenExpiresAt: null, createdAt: request.now,
  };
}

/**
 * May another code go out: not a fourth to one number within the hour, not a
 * second within a minute, not past the address's hourly share. The times are
 * those of the number's and the address's codes in the last hour, oldest first.
 */
export function codeAllowance(phoneCodes: readonly string[], addressCodes: readonly string[], now: string, limits: CodeLimits):
  { kind: 'allowed' } | { kind: 'wait'; seconds: number } {
  const waits: number[] = [];
  const nowMs = Date.parse(now);
  const hourAfter = (times: readonly string[], max: number) => {
    if (times.length >= max) waits.push(Date.parse(times[times.length - max]!) + LIMIT_WINDOW_MS - nowMs);
  };
  hourAfter(phoneCodes, limits.perPhonePerHour);
  hourAfter(addressCodes, limits.perAddressPerHour);
  const last = phoneCodes.at(-1);
  if (last !== undefined) waits.push(Date.parse(last) + RESEND_AFTER_MS - nowMs);
  const wait = Math.max(0, ...waits);
  return wait > 0 ? { kind: 'wait', seconds: Math.ceil(wait / 1000) } : { kind: 'allowed' };
}

const sameHash = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export type CodeAttempt =
  | { kind: 'expired' }
  | { kind: 'locked'; record?: VerificationRecord }
  | { kind: 'code-incorrect'; record: VerificationRecord; attemptsLeft: number }
  | { kind: 'confirmed'; record: VerificationRecord; token: string };

/**
 * What a presented code does. An unknown verification answers like an
 * expired one; a locked one stays locked, the right code or not; a wrong code
 * counts, and the fifth locks; the right one confirms (again, for a retry,
 * with the same token and time).
 */
export function attemptCode(vault: ContactVault, found: VerificationRecord | undefined, code: string, now: string): CodeAttempt {
  if (!found || found.state === 'used') return { kind: 'expired' };
  if (found.state === 'locked') return { kind: 'locked' };
  const over = found.state === 'sent' ? found.codeExpiresAt : found.tokenExpiresAt ?? '';
  if (over <= now) return { kind: 'expired' };
  if (!sameHash(codeHashOf(vault, found.id, code), found.codeHash)) {
    const attempts = found.attempts + 1;
    if (attempts >= MAX_CODE_ATTEMPTS) return { kind: 'locked', record: { ...found, attempts, state: 'locked' } };
    return { kind: 'code-incorrect', record: { ...found, attempts }, attemptsLeft: MAX_CODE_ATTEMPTS - attempts };
  }
  const token = tokenFor(vault, found.id, code);
  if (found.state === 'confirmed') return { kind: 'confirmed', record: found, token };
  return {
    kind: 'confirmed', token,
    record: { ...found, state: 'confirmed', tokenHash: sha256(token), tokenExpiresAt: later(now, TOKEN_VALID_MS) },
  };
}

/** Whether `token` confirms this number for this purpose now: the verification's own, confirmed, not used, in time. */
export function tokenUsable(found: VerificationRecord | undefined, token: string, phoneKey: string, purpose: VerificationPurpose, now: string): boolean {
  if (!found || found.state !== 'confirmed' || !found.tokenHash || !found.tokenExpiresAt) return false;
  return sameHash(sha256(token), found.tokenHash) && found.phoneKey === phoneKey && found.purpose === purpose && now < found.tokenExpiresAt;
}
