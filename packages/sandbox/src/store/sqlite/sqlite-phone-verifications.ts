// Phone confirmation on the SQLite file (../phone-verification-store.ts says
// what it answers), around the decisions of ../phone-verification-decisions.ts.
// Each step is one BEGIN IMMEDIATE transaction: a number's codes of the hour
// are counted, and a code's attempts, under the write lock. The code's text
// message is written, sealed, in the same transaction as its verification.
import { normalizeMobile, shanghaiDateTime } from '@plskit/core';
import { codeNotification } from '../../notifications/sms-notification.js';
import {
  attemptCode, CODE_VALID_MS, codeAllowance, newCode, newVerification, RESEND_AFTER_MS, tokenUsable, verificationIdOf, windowStart,
} from '../phone-verification-decisions.js';
import { toVerification, updateValues, VERIFICATION_COLUMNS, VERIFICATION_UPDATE, verificationValues, type VerificationSqlRow } from '../phone-verification-rows.js';
import type { ConfirmOutcome, PhoneVerificationStore, VerificationPurpose } from '../phone-verification-store.js';
import type { ContactVault } from '../sealed-contact.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { sqliteNotificationWriter } from './sqlite-outbox.js';
import type { SqliteTransactions } from './sqlite-transactions.js';

/** What a booking (or a work order) does with a confirmation, inside its own write transaction. */
export interface SqliteVerificationUse {
  /** The verification `token` confirms for this number and purpose now; null when it does not. */
  usable(token: string, phoneKey: string, purpose: VerificationPurpose, now: string): string | null;
  /** Marks it used: a token makes one booking (or work order). */
  useUp(id: string): void;
}

export function sqliteVerificationUse(db: SqliteDatabase): SqliteVerificationUse {
  const byId = db.prepare('SELECT * FROM phone_verifications WHERE id = ?');
  const used = db.prepare("UPDATE phone_verifications SET state = 'used' WHERE id = ?");
  return {
    usable(token, phoneKey, purpose, now) {
      const id = verificationIdOf(token);
      return tokenUsable(toVerification(byId.get(id) as VerificationSqlRow | undefined), token, phoneKey, purpose, now) ? id : null;
    },
    useUp: (id) => { used.run(id); },
  };
}

export function sqlitePhoneVerifications({ db, write }: SqliteTransactions, vault: ContactVault): PhoneVerificationStore {
  const byId = db.prepare('SELECT * FROM phone_verifications WHERE id = ?');
  const insert = db.prepare(`INSERT INTO phone_verifications (${VERIFICATION_COLUMNS}) VALUES (${VERIFICATION_COLUMNS.split(',').map(() => '?').join(', ')})`);
  const update = db.prepare(`UPDATE phone_verifications SET ${VERIFICATION_UPDATE} WHERE id = ?`);
  const phoneCodes = db.prepare('SELECT created_at FROM phone_verifications WHERE phone_key = ? AND created_at > ? ORDER BY created_at').pluck();
  const addressCodes = db.prepare('SELECT created_at FROM phone_verifications WHERE client_key = ? AND created_at > ? ORDER BY created_at').pluck();
  const send = sqliteNotificationWriter(db, vault);

  return {
    sendCode(request) {
      return write(() => {
        const since = windowStart(request.now);
        const allowance = codeAllowance(
          phoneCodes.all(vault.phoneKey(request.phone), since) as string[],
          addressCodes.all(vault.keyedHash('client', request.client), since) as string[], request.now, request.limits,
        );
        if (allowance.kind === 'wait') return { kind: 'too-many-codes', retryAfterSeconds: allowance.seconds };
        const code = newCode();
        const verification = newVerification(vault, request, code);
        insert.run(...verificationValues(verification));
        send(codeNotification(normalizeMobile(request.phone) ?? request.phone, code, request.locale),
          { eventId: verification.id, eventType: 'phone-verification', created: request.now, expiresAtMs: Date.now() + CODE_VALID_MS }, request.gateway);
        return { kind: 'sent', id: verification.id, expiresAt: verification.codeExpiresAt, resendAfterSeconds: RESEND_AFTER_MS / 1000 };
      });
    },
    confirm(id, code, now) {
      return write((): ConfirmOutcome => {
        const attempt = attemptCode(vault, toVerification(byId.get(id) as VerificationSqlRow | undefined), code, now);
        if ('record' in attempt && attempt.record) update.run(...updateValues(attempt.record), id);
        switch (attempt.kind) {
          case 'confirmed': return { kind: 'confirmed', token: attempt.token, expiresAt: attempt.record.tokenExpiresAt!, purpose: attempt.record.purpose };
          case 'code-incorrect': return { kind: 'code-incorrect', attemptsLeft: attempt.attemptsLeft };
          default: return { kind: attempt.kind };
        }
      });
    },
    forgetExpired(now) {
      return write(() => db.prepare('DELETE FROM phone_verifications WHERE created_at < ?').run(windowStart(shanghaiDateTime(now))).changes);
    },
  };
}
