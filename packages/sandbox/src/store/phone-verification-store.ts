// Phone confirmation, whichever engine keeps it: a 6-digit code sent to the
// number as a text message (the notification channel, the only way a number
// leaves the server), confirmed for a short-lived verificationToken that one
// booking (or work order) for that number and purpose uses up. A verification
// keeps no number: only its blind index, the code's keyed hash, and a keyed
// hash of who asked (the per-address limit); the message that carries the
// number and the code is sealed, and erased once sent or given up.
import type { Locale } from '@plskit/core';

export type VerificationPurpose = 'booking' | 'work-order';

export interface CodeLimits {
  /** Codes one phone number may be sent an hour (3). */
  perPhonePerHour: number;
  /** Codes one client address may ask for an hour (PLSKIT_PHONE_CODES_PER_ADDRESS). */
  perAddressPerHour: number;
}

export interface CodeRequest {
  purpose: VerificationPurpose;
  /** In clear: sealed into the text message; the verification keeps only its blind index. */
  phone: string;
  /** Who asks (http/client.ts's clientKey): only a keyed hash of it is kept. */
  client: string;
  /** The language of the text message. */
  locale: Locale;
  /** The sandbox's clock (+08:00). */
  now: string;
  /** The SMS gateway's URL, where the message is delivered. */
  gateway: string;
  limits: CodeLimits;
}

export type CodeOutcome =
  | { kind: 'sent'; id: string; expiresAt: string; resendAfterSeconds: number }
  | { kind: 'too-many-codes'; retryAfterSeconds: number };

export type ConfirmOutcome =
  | { kind: 'confirmed'; token: string; expiresAt: string; purpose: VerificationPurpose }
  | { kind: 'code-incorrect'; attemptsLeft: number }
  /** Too many wrong codes: a new code is needed. */
  | { kind: 'locked' }
  /** The code's time is over, the token is used up, or there is no such verification. */
  | { kind: 'expired' };

export interface PhoneVerificationStore {
  /** Sends a new code, or says how long to wait (3 a number an hour, one a minute; the per-address limit). */
  sendCode(request: CodeRequest): Promise<CodeOutcome>;
  /** Checks a code: 5 wrong ones lock the verification, on any number of nodes. */
  confirm(id: string, code: string, now: string): Promise<ConfirmOutcome>;
  /** Erases the verifications older than the limits' hour; returns how many. */
  forgetExpired(now: Date): Promise<number>;
}
