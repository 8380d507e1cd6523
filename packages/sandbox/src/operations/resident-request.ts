// What every resident's write (a booking, a work order) checks and takes the
// same way: a field refused by name, the Idempotency-Key as a claim on the
// canonical body, and consent to the privacy notice in force.
import type { Locale, PrivacyNotice } from '@plskit/core';
import { requestFingerprint } from '../store/appointment-decisions.js';
import type { IdempotencyClaim } from '../store/appointment-store.js';
import type { ContactVault } from '../store/sealed-contact.js';
import { fieldMessage } from './field-error.js';
import { ProblemError, type ShellRequest } from './operation.js';

/** 400 validation-failed naming one field (a JSON pointer into the body, or a parameter) and why. */
export const invalidField = (locale: Locale, field: string, code: string): ProblemError =>
  new ProblemError(400, 'validation-failed', [{ field, code, message: fieldMessage(code, locale) }]);

export function header(request: ShellRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Canonical JSON (sorted keys) so that key order does not make two bodies differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The request's Idempotency-Key as a claim on its body, if it has one, the
 * body matched by a keyed hash (it holds a name and a number). `scope` (a work
 * order's) makes the same key and body of another kind of request another request.
 */
export function idempotencyClaim(request: ShellRequest, vault: ContactVault, scope = ''): IdempotencyClaim | undefined {
  const key = header(request, 'idempotency-key');
  return key ? { client: request.client, key, requestHash: requestFingerprint(vault, scope + canonical(request.body)) } : undefined;
}

/** A request must have agreed to the notice in force, and is told which one that is. */
export function requireCurrentNotice(notice: PrivacyNotice, version: string, locale: Locale): void {
  if (version === notice.version) return;
  const current = notice.version;
  throw new ProblemError(409, 'privacy-notice-outdated', [{
    field: '/consent/privacyNotice', code: 'outdated',
    message: locale === 'en' ? `The current privacy notice is version ${current}` : `当前的个人信息处理告知为 ${current} 版`,
  }], {
    'zh-CN': `个人信息处理告知已更新为 ${current} 版：请阅读新版告知并重新同意后再提交。`,
    en: `The privacy notice is now version ${current}: show it and ask for consent again before sending.`,
  });
}
