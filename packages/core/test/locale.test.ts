import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE, LOCALES, localized, matchLocale, shanghaiDate, shanghaiDateTime, shanghaiInstant, shanghaiYear,
} from '../src/index.js';

describe('matchLocale', () => {
  it('maps single tags by their primary language, any case or separator', () => {
    expect(matchLocale('en')).toBe('en');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('EN_us')).toBe('en');
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBe('zh-CN');
  });

  it('falls back to zh-CN, or to the fallback given, when nothing matches', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(matchLocale('fr-FR')).toBe('zh-CN');
    expect(matchLocale('')).toBe('zh-CN');
    expect(matchLocale(undefined)).toBe('zh-CN');
    expect(matchLocale('english')).toBe('zh-CN');
    expect(matchLocale('fr', undefined)).toBeUndefined();
    expect(matchLocale(null, undefined)).toBeUndefined();
  });

  it('reads an Accept-Language list by weight, then order, and refuses q=0', () => {
    expect(matchLocale('fr-CH, fr;q=0.9, en;q=0.8, zh;q=0.7')).toBe('en');
    expect(matchLocale('en;q=0.5, zh-CN;q=0.9')).toBe('zh-CN');
    expect(matchLocale('en, zh')).toBe('en');
    expect(matchLocale('en;q=0, fr')).toBe('zh-CN');
    expect(matchLocale('en;q=0', 'none')).toBe('none');
    expect(matchLocale('de;q=abc, en')).toBe('en');
  });

  it('ships the locales every LocalizedText carries', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en']);
    expect(localized({ 'zh-CN': '律师', en: 'Lawyer' }, 'en')).toBe('Lawyer');
  });
});

describe('Asia/Shanghai time', () => {
  const at = (iso: string) => new Date(iso);
  it('turns the date and the year at Shanghai midnight, not UTC midnight', () => {
    expect(shanghaiDate(at('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiDate(at('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(shanghaiYear(at('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(shanghaiYear(at('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('writes instants with +08:00 and reads wall-clock times back', () => {
    expect(shanghaiDateTime(at('2026-09-02T01:00:00.789Z'))).toBe('2026-09-02T09:00:00+08:00');
    expect(shanghaiInstant('2026-03-02', '08:30')).toBe('2026-03-02T08:30:00+08:00');
    expect(Date.parse(shanghaiDateTime(at('2026-09-02T01:00:00Z')))).toBe(Date.parse('2026-09-02T01:00:00Z'));
  });
});
