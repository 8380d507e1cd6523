// Confirming a resident's mobile number with a text-message code, where the
// operator turns it on (PLSKIT_PHONE_VERIFICATION=sms). The replies say
// nothing about the number (whether it has bookings, whether it was ever
// seen): only whether a code went out, and how long to wait otherwise.
import { normalizeMobile, shanghaiDateTime } from '@plskit/core';
import { MAX_CODE_ATTEMPTS } from '../store/phone-verification-decisions.js';
import type { CodeLimits, PhoneVerificationStore } from '../store/phone-verification-store.js';
import { fieldMessage } from './field-error.js';
import { ProblemError, type ContractOperations } from './operation.js';

/** How codes go out, when they do. */
export interface PhoneVerificationSetting {
  /** The SMS gateway's URL (PLSKIT_WEBHOOKS_FILE's `notifications`). */
  gateway: string;
  limits: CodeLimits;
}

export interface PhoneVerificationDependencies {
  verifications: PhoneVerificationStore;
  /** Undefined where the operator does not confirm numbers. */
  setting: PhoneVerificationSetting | undefined;
}

const off = () => new ProblemError(409, 'phone-verification-off', undefined, {
  'zh-CN': '本服务预约时不需要短信验证码：请直接预约。', en: 'This service books without a code: book directly.',
});

export function phoneVerificationOperations({ verifications, setting }: PhoneVerificationDependencies):
  Pick<ContractOperations, 'startPhoneVerification' | 'confirmPhoneVerification'> {
  return {
    startPhoneVerification: async ({ body, client, locale, now }) => {
      if (!setting) throw off();
      const sent = await verifications.sendCode({
        purpose: body.purpose, phone: normalizeMobile(body.phone) ?? body.phone, client, locale, now: shanghaiDateTime(now),
        gateway: setting.gateway, limits: setting.limits,
      });
      if (sent.kind === 'too-many-codes') {
        const minutes = Math.ceil(sent.retryAfterSeconds / 60);
        throw new ProblemError(429, 'too-many-codes', undefined, {
          'zh-CN': `验证码请求过于频繁，请 ${minutes} 分钟后再试。`, en: `Too many codes were asked for: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        }, { 'Retry-After': String(sent.retryAfterSeconds) });
      }
      return {
        status: 201,
        body: { id: sent.id, purpose: body.purpose, expiresAt: sent.expiresAt, resendAfter: sent.resendAfterSeconds, attempts: MAX_CODE_ATTEMPTS },
      };
    },

    confirmPhoneVerification: async ({ params, body, locale, now }) => {
      if (!setting) throw off();
      const outcome = await verifications.confirm(params.id, body.code, shanghaiDateTime(now));
      switch (outcome.kind) {
        case 'confirmed':
          return { status: 200, body: { verificationToken: outcome.token, purpose: outcome.purpose, expiresAt: outcome.expiresAt } };
        case 'code-incorrect':
          throw new ProblemError(422, 'verification-code-incorrect', [{ field: '/code', code: 'incorrect', message: fieldMessage('incorrect', locale) }], undefined, undefined,
            { attemptsLeft: outcome.attemptsLeft });
        case 'locked': throw new ProblemError(409, 'verification-locked');
        case 'expired': throw new ProblemError(409, 'verification-expired');
      }
    },
  };
}
