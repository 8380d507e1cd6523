// Phone confirmation on PostgreSQL, for any number of API nodes
// (../phone-verification-store.ts says what it answers), around the decisions
// of ../phone-verification-decisions.ts. A number's codes of the hour are
// counted under a lock on its blind index (and an address's under a lock on
// its keyed hash, always taken first), and a code is checked with its
// verification's row locked: two nodes cannot both send a fourth code in an
// hour, or both count one wrong attempt as the fourth.
import { normalizeMobile, shanghaiDateTime } from '@plskit/core';
import { codeNotification } from '../../notifications/sms-notification.js';
import {
  attemptCode, CODE_VALID_MS, codeAllowance, newCode, newVerification, RESEND_AFTER_MS, tokenUsable, verificationIdOf, windowStart,
} from '../phone-verification-decisions.js';
import { toVerification, updateValues, VERIFICATION_COLUMNS, verificationValues, type VerificationSqlRow } from '../phone-verification-rows.js';
import type { ConfirmOutcome, PhoneVerificationStore, VerificationPurpose } from '../phone-verification-store.js';
import type { ContactVault } from '../sealed-contact.js';
import { ADVISORY_LOCK, type PostgresClient } from './postgres-database.js';
import { addNotification } from './postgres-outbox.js';
import { lockKey, tryJobLock, type PostgresTransactions } from './postgres-transactions.js';

const lockedVerification = async (client: PostgresClient, id: string) => toVerification((await client.query<VerificationSqlRow>(
  'SELECT * FROM phone_verifications WHERE id = $1 FOR UPDATE', [id])).rows[0]);

/** The verification `token` confirms for this number and purpose now, its row locked until the booking (or work order) commits; null when it does not. */
export async function usableVerification(client: PostgresClient, token: string, phoneKey: string, purpose: VerificationPurpose, now: string): Promise<string | null> {
  const id = verificationIdOf(token);
  return tokenUsable(await lockedVerification(client, id), token, phoneKey, purpose, now) ? id : null;
}

/** Marks it used, in the transaction that used it: a token makes one booking (or work order). */
export async function useUpVerification(client: PostgresClient, id: string): Promise<void> {
  await client.query("UPDATE phone_verifications SET state = 'used' WHERE id = $1", [id]);
}

const timesOf = async (client: PostgresClient, column: 'phone_key' | 'client_key', key: string, since: string) => (await client.query<{ created_at: string }>(
  `SELECT created_at FROM phone_verifications WHERE ${column} = $1 AND created_at > $2 ORDER BY created_at`, [key, since])).rows.map((r) => r.created_at);

export function postgresPhoneVerifications({ write }: PostgresTransactions, vault: ContactVault): PhoneVerificationStore {
  return {
    sendCode(request) {
      return write(async (client) => {
        const phoneKey = vault.phoneKey(request.phone);
        const clientKey = vault.keyedHash('client', request.client);
        await lockKey(client, `codes-of-address:${clientKey}`);
        await lockKey(client, `codes-of-phone:${phoneKey}`);
        const since = windowStart(request.now);
        const allowance = codeAllowance(await timesOf(client, 'phone_key', phoneKey, since), await timesOf(client, 'client_key', clientKey, since),
          request.now, request.limits);
        if (allowance.kind === 'wait') return { kind: 'too-many-codes', retryAfterSeconds: allowance.seconds };
        const code = newCode();
        const verification = newVerification(vault, request, code);
        await client.query(`INSERT INTO phone_verifications (${VERIFICATION_COLUMNS})
          VALUES (${VERIFICATION_COLUMNS.split(',').map((_, i) => `$${i + 1}`).join(', ')})`, verificationValues(verification));
        await addNotification(client, vault, codeNotification(normalizeMobile(request.phone) ?? request.phone, code, request.locale),
          { eventId: verification.id, eventType: 'phone-verification', created: request.now, expiresAtMs: Date.now() + CODE_VALID_MS }, request.gateway);
        return { kind: 'sent', id: verification.id, expiresAt: verification.codeExpiresAt, resendAfterSeconds: RESEND_AFTER_MS / 1000 };
      });
    },
    confirm(id, code, now) {
      return write(async (client): Promise<ConfirmOutcome> => {
        const attempt = attemptCode(vault, await lockedVerification(client, id), code, now);
        if ('record' in attempt && attempt.record) {
          await client.query('UPDATE phone_verifications SET attempts = $1, state = $2, token_hash = $3, token_expires_at = $4 WHERE id = $5',
            [...updateValues(attempt.record), id]);
        }
        switch (attempt.kind) {
          case 'confirmed': return { kind: 'confirmed', token: attempt.token, expiresAt: attempt.record.tokenExpiresAt!, purpose: attempt.record.purpose };
          case 'code-incorrect': return { kind: 'code-incorrect', attemptsLeft: attempt.attemptsLeft };
          default: return { kind: attempt.kind };
        }
      });
    },
    forgetExpired(now) {
      return write(async (client) => {
        if (!(await tryJobLock(client, ADVISORY_LOCK.sweep))) return 0;
        return (await client.query('DELETE FROM phone_verifications WHERE created_at < $1', [windowStart(shanghaiDateTime(now))])).rowCount ?? 0;
      });
    },
  };
}
