import { confirmPhoneVerification } from '../generated/replies/confirmPhoneVerification.js';
import { startPhoneVerification } from '../generated/replies/startPhoneVerification.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { ConfirmedPhone, PhoneVerification, PhoneVerificationRequest } from '../types.js';

/**
 * Confirming a resident's mobile number by a text-message code, where the
 * operator requires it (the privacy notice then has `phoneVerification`): the
 * confirmed token goes on the booking (purpose `booking`) or the work order
 * (purpose `work-order`) as `phoneVerification`. Neither call is retried by
 * the SDK: a repeated `start` would text another code.
 */
export interface PhoneVerificationsResource {
  /** Texts a 6-digit code to the number; the reply's `id` names the verification. */
  start(request: PhoneVerificationRequest, call?: RequestOptions): Promise<PhoneVerification>;
  /** The code the resident read: a right one earns the `verificationToken`; a wrong one is a 422 with `attemptsLeft`. */
  confirm(id: string, code: string, call?: RequestOptions): Promise<ConfirmedPhone>;
}

export const createPhoneVerificationsResource = (send: Transport): PhoneVerificationsResource => ({
  start: (request, call) => send({ reply: startPhoneVerification, method: 'post', path: 'v1/phone-verifications', body: request }, call),
  confirm: (id, code, call) => send({
    reply: confirmPhoneVerification, method: 'post', path: `v1/phone-verifications/${encodeURIComponent(id)}/confirm`, body: { code },
  }, call),
});
