// The refusals of the staff operations, as RFC 6750 §3 has a bearer-token
// resource say them: 401 with a challenge (`invalid_token` unless no token
// was sent at all), 403 `insufficient_scope` for a valid token without the
// right. The description is a fixed phrase per code, never the token or why
// jose refused it in its own words.
import { ProblemError } from '../operations/operation.js';
import type { StaffTokenOutcome } from './staff-tokens.js';

export const STAFF_REALM = 'plskit-staff';

type Refusal = Extract<StaffTokenOutcome, { kind: 'refused' }>['code'];

const DESCRIPTION: Record<Exclude<Refusal, 'staff-token-missing'>, string> = {
  'staff-token-malformed': 'The token is not a JWT',
  'staff-token-expired': 'The token expired',
  'staff-token-invalid': 'The token does not verify',
};

export function unauthenticated(code: Refusal): ProblemError {
  const challenge = code === 'staff-token-missing'
    ? `Bearer realm="${STAFF_REALM}"`
    : `Bearer realm="${STAFF_REALM}", error="invalid_token", error_description="${DESCRIPTION[code]}"`;
  return new ProblemError(401, code, undefined, undefined, { 'WWW-Authenticate': challenge });
}

export const forbidden = (): ProblemError =>
  new ProblemError(403, 'staff-forbidden', undefined, undefined, { 'WWW-Authenticate': `Bearer realm="${STAFF_REALM}", error="insufficient_scope"` });
