import { describe, expect, it } from 'vitest';
import {
  CHINA_HOLIDAYS, generateSlots, holidayCalendar, JINING_OPENING_HOURS, validateHolidayYear, type HolidayYear,
} from '@plskit/core';

const slotOptions = { hours: JINING_OPENING_HOURS, slotMinutes: 30, capacity: 3, now: new Date('2022-12-01T09:00:00+08:00') };
const name = (zh: string, en: string) => ({ 'zh-CN': zh, en });

// The real 2023 notice, written out from its text: 一、元旦：2022年12月31日至2023年1月2日放假调休，共3天 …
const NOTICE_2023: HolidayYear = {
  year: 2023,
  periods: [
    { name: name('元旦', "New Year's Day"), from: '2022-12-31', to: '2023-01-02', makeUpWorkdays: [] },
    { name: name('春节', 'Spring Festival'), from: '2023-01-21', to: '2023-01-27', makeUpWorkdays: ['2023-01-28', '2023-01-29'] },
    { name: name('清明节', 'Qingming Festival'), from: '2023-04-05', to: '2023-04-05', makeUpWorkdays: [] },
    { name: name('劳动节', 'Labour Day'), from: '2023-04-29', to: '2023-05-03', makeUpWorkdays: ['2023-04-23', '2023-05-06'] },
    { name: name('端午节', 'Dragon Boat Festival'), from: '2023-06-22', to: '2023-06-24', makeUpWorkdays: ['2023-06-25'] },
    { name: name('中秋节、国庆节', 'Mid-Autumn Festival and National Day'), from: '2023-09-29', to: '2023-10-06', makeUpWorkdays: ['2023-10-07', '2023-10-08'] },
  ],
  sources: [{ title: '国办发明电〔2022〕16号 (2022-12-08), State Council Gazette 2023 No. 1', url: 'https://zh.wikisource.org/zh/国务院办公厅关于2023年部分节假日安排的通知', tag: 'V-3p' }],
};

describe('a holiday period that starts in the year before (the 2023 notice: 元旦 2022-12-31 to 2023-01-02)', () => {
  const calendar = holidayCalendar([NOTICE_2023]);

  it('accepts the notice as an operator types it in', () => {
    expect(validateHolidayYear(JSON.parse(JSON.stringify(NOTICE_2023)))).toEqual({ valid: true, year: NOTICE_2023 });
  });

  it.each(['2022-12-31', '2023-01-01', '2023-01-02'])('closes %s for 元旦, as the 2023 notice says', (date) => {
    expect(calendar.dayStatus(date)).toEqual({ date, kind: 'holiday', holiday: NOTICE_2023.periods[0]!.name, published: true, provisional: false });
    expect(generateSlots(date, { ...slotOptions, calendar })).toMatchObject({ status: 'closed-holiday', holiday: { 'zh-CN': '元旦' }, slots: [] });
  });

  it('knows nothing more of 2022 than the days the 2023 notice gives it', () => {
    expect(calendar.dayStatus('2022-12-30')).toEqual({ date: '2022-12-30', kind: 'workday', published: false, provisional: false });
    expect(calendar.dayStatus('2023-01-03')).toMatchObject({ kind: 'workday', published: true });
  });

  it('reads a notice of the next year over a provisional year: a 2029 notice starting 元旦 on 2028-12-30', () => {
    const notice: HolidayYear = {
      year: 2029,
      periods: [{ name: name('元旦', "New Year's Day"), from: '2028-12-30', to: '2029-01-01', makeUpWorkdays: [] }],
      sources: [{ title: 'a notice of the shape the 2023 one had, for the test', tag: 'U' }],
    };
    expect(validateHolidayYear(notice).valid).toBe(true);
    const withNotice = holidayCalendar([...CHINA_HOLIDAYS, notice]);
    expect(withNotice.dayStatus('2028-12-30')).toMatchObject({ kind: 'holiday', holiday: { 'zh-CN': '元旦' }, published: true, provisional: false });
    expect(withNotice.dayStatus('2028-12-31')).toMatchObject({ kind: 'holiday', published: true });
    expect(withNotice.dayStatus('2028-12-29')).toMatchObject({ kind: 'workday', published: false, provisional: true });
  });

  it('refuses a period that runs into the next year: that one belongs to the next year’s notice', () => {
    const wrongYear = { ...NOTICE_2023, year: 2022, periods: [NOTICE_2023.periods[0]] };
    expect(validateHolidayYear(wrongYear)).toEqual({ valid: false, errors: ['periods[0] ends after 2022: a holiday that runs into 2023 is in 2023’s notice'] });
  });

  it('refuses a period or a make-up day further back than the year before', () => {
    const tooEarly = {
      ...NOTICE_2023,
      periods: [{ ...NOTICE_2023.periods[0], from: '2021-12-31' }, { ...NOTICE_2023.periods[1], makeUpWorkdays: ['2021-01-30'] }],
    };
    expect(validateHolidayYear(tooEarly)).toEqual({
      valid: false, errors: ['periods[0] is not in 2023', 'periods[1].makeUpWorkdays: 2021-01-30 is not in 2023'],
    });
  });
});
