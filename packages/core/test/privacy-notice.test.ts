import { describe, expect, it } from 'vitest';
import { APPOINTMENT_PRIVACY_NOTICE, appointmentPrivacyNotice, LAWS } from '@plskit/core';

describe('the appointment privacy notice', () => {
  const notice = APPOINTMENT_PRIVACY_NOTICE;

  it('says everything PIPL Art 17 asks for, in both locales, each with a citation', () => {
    expect(notice.basis).toMatchObject({ law: 'pipl-2021', article: '17' });
    for (const text of [notice.title, notice.processor.name, notice.processor.contact, notice.purpose.text, notice.method.text,
      notice.retention.text, notice.howToExercise.text, ...notice.categories.flatMap((c) => [c.name, c.why]),
      ...notice.rights.map((r) => r.text)]) {
      expect(text['zh-CN']).not.toBe('');
      expect(text.en).not.toBe('');
    }
    for (const cited of [notice.purpose, notice.lawfulBasis, notice.method, notice.howToExercise, ...notice.rights, ...notice.notCollected]) {
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
    const longer = appointmentPrivacyNotice(90);
    expect(longer.version).toBe(`${notice.version}.r90`);
    expect(longer.retention.text.en).toContain('90 days');
    expect(() => appointmentPrivacyNotice(-1)).toThrow(RangeError);
  });
});
