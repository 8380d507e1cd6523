// The code step's requests, from the SDK's phone-verification resource only.
// Neither is cached or retried by itself: a repeated start would text another code.
import { createPhoneVerificationsResource, type ConfirmedPhone, type PhoneVerification } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';

/** What the confirmed number is for: a token is used only for its purpose. */
export type VerificationPurpose = PhoneVerification['purpose'];

export interface PhoneCodeRequests {
  /** Texts a code to the number (personal data, in the body only). */
  start(phone: string, purpose: VerificationPurpose, call?: CallOptions): Promise<PhoneVerification>;
  /** The right code earns the token; sent again after a lost reply, it earns the same one. */
  confirm(id: string, code: string, call?: CallOptions): Promise<ConfirmedPhone>;
}

export const phoneCodeRequests = requestsFor<PhoneCodeRequests>(({ transport }) => {
  const verifications = createPhoneVerificationsResource(transport);
  return {
    start: (phone, purpose, call) => callApi(() => verifications.start({ phone, purpose }, call)),
    confirm: (id, code, call) => callApi(() => verifications.confirm(id, code, call)),
  };
});
