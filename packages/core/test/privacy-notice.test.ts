import { describe, expect, it } from 'vitest';
import { allowsSmsNotifications, APPOINTMENT_PRIVACY_NOTICE, appointmentPrivacyNotice, LAWS } from '@plskit/core';

describe('the appointment privacy notice', () => {
  const notice = APPOINTMENT_PRIVACY_NOTICE;

  it('says everything PIPL Art 17 asks for, in both locales, each with a citation', () => {
    expect(notice.basis).toMatchObject({ law: 'pipl-2021', article: '17' });
    for (const text of [notice.title, notice.processor.name, notice.processor.contact, notice.purpose.text, notice.method.text,
      notice.retention.text, notice.howToExercise.text, ...notice.recipients.map((r) => r.text), ...notice.categories.flatMap((c) => [c.name, c.why]),
      ...notice.rights.map((r) => r.text)]) {
      expect(text['zh-CN']).not.toBe('');
      expect(text.en).not.toBe('');
    }
    for (const cited of [notice.purpose, notice.lawfulBasis, notice.method, notice.howToExercise, ...notice.rights, ...notice.notCollected, ...notice.recipients]) {
      expect(Object.keys(LAWS)).toContain(cited.basis.law);
    }
    expect(notice.rights.map((r) => r.basis.article)).toEqual(['45', '46', '47', '15', '48']);
  });

  it('asks only for a name and a mobile number, and says why it never asks for the ID number (Art 6)', () => {
    expect(notice.categories.filter((c) => c.required).map((c) => c.code)).toEqual(['name', 'phone']);
    expect(notice.categories.map((c) => c.code)).not.toContain('idNumber');
    expect(notice.notCollected[0]).toMatchObject({ basis: { article: '6' } });
  });

  it('states the retention period in force, and changes its version with it', () => {
    expect(notice.retention.days).toBe(30);
    expect(notice.retention.text['zh-CN']).toContain('30 天');
    expect(notice.retention.text.en).toContain('30 days after the visit or after you cancel');
    const longer = appointmentPrivacyNotice({ retainContactDays: 90 });
    expect(longer.version).toBe(`${notice.version}.r90`);
    expect(longer.retention.text.en).toContain('90 days');
    expect(() => appointmentPrivacyNotice({ retainContactDays: -1 })).toThrow(RangeError);
  });

  it('names the SMS provider as the one recipient of the phone number (Art 21), and what it never receives', () => {
    expect(notice.recipients.map((r) => [r.basis.law, r.basis.article])).toEqual([['pipl-2021', '21']]);
    const [sms] = notice.recipients;
    expect(sms?.text['zh-CN']).toContain('短信服务商');
    expect(sms?.text.en).toContain('never your name, note or manage link');
    expect(notice.method.text.en).toContain('given to no one but the SMS provider');
  });

  it('allows text messages only for bookings that agreed to a notice naming the SMS provider', () => {
    expect(notice.version).toBe('2026-12-07');
    expect(allowsSmsNotifications(notice.version)).toBe(true);
    expect(allowsSmsNotifications('2026-12')).toBe(true);
    expect(allowsSmsNotifications(appointmentPrivacyNotice({ retainContactDays: 90, phoneVerification: true }).version)).toBe(true);
    // bookings made under the earlier notice keep its terms: it named no recipient
    expect(allowsSmsNotifications('2026-11')).toBe(false);
    expect(allowsSmsNotifications('2026-11.r90')).toBe(false);
    expect(allowsSmsNotifications('not-a-version')).toBe(false);
  });

  it('says that contact data is kept encrypted, each booking under its own key destroyed with it, and limited per number (Art 51)', () => {
    expect(notice.method.text['zh-CN']).toContain('每个预约使用单独的密钥，删除时连同密钥一并销毁');
    expect(notice.method.text.en).toContain('each booking under a key of its own that is destroyed when they are deleted');
    expect(notice.purpose.text.en).toContain('to limit how many visits not yet made one mobile number may hold');
  });

  it('states phone confirmation where the operator requires it, and only there, with a version of its own', () => {
    expect(notice.phoneVerification).toBeUndefined();
    expect(notice.purpose.text.en).not.toContain('code');
    const confirming = appointmentPrivacyNotice({ phoneVerification: true });
    expect(confirming.version).toBe(`${notice.version}.code`);
    expect(appointmentPrivacyNotice({ retainContactDays: 90, phoneVerification: true }).version).toBe(`${notice.version}.r90.code`);
    expect(confirming.phoneVerification?.basis).toMatchObject({ law: 'pipl-2021', article: '51' });
    expect(confirming.phoneVerification?.text['zh-CN']).toContain('6 位验证码');
    expect(confirming.phoneVerification?.text.en).toContain('The number itself is not kept for this');
    // the SMS provider receives the number for the code too, and the notice says so
    expect(confirming.recipients[0]?.text.en).toContain('the code, or reference');
    expect(confirming.purpose.text['zh-CN']).toContain('短信验证码确认手机号');
  });
});
