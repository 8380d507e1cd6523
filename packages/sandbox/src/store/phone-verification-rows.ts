// A row of phone_verifications as both engines read it, and the values they write.
import type { VerificationRecord } from './phone-verification-decisions.js';

export interface VerificationSqlRow {
  id: string; purpose: VerificationRecord['purpose']; phone_key: string; client_key: string; code_hash: string; attempts: number;
  state: VerificationRecord['state']; code_expires_at: string; token_hash: string | null; token_expires_at: string | null; created_at: string;
}

export const toVerification = (row: VerificationSqlRow | undefined): VerificationRecord | undefined => row && {
  id: row.id, purpose: row.purpose, phoneKey: row.phone_key, clientKey: row.client_key, codeHash: row.code_hash, attempts: row.attempts,
  state: row.state, codeExpiresAt: row.code_expires_at, tokenHash: row.token_hash, tokenExpiresAt: row.token_expires_at, createdAt: row.created_at,
};

export const VERIFICATION_COLUMNS = 'id, purpose, phone_key, client_key, code_hash, attempts, state, code_expires_at, token_hash, token_expires_at, created_at';

export const verificationValues = (v: VerificationRecord): unknown[] => [
  v.id, v.purpose, v.phoneKey, v.clientKey, v.codeHash, v.attempts, v.state, v.codeExpiresAt, v.tokenHash, v.tokenExpiresAt, v.createdAt,
];

/** What a code attempt changes: the count, the state, the token. */
export const VERIFICATION_UPDATE = 'attempts = ?, state = ?, token_hash = ?, token_expires_at = ?';
export const updateValues = (v: VerificationRecord): unknown[] => [v.attempts, v.state, v.tokenHash, v.tokenExpiresAt];
