// Time limits in working days on the city's calendar, checked against dates
// written out by hand from the State Council's notices (2026) and the holidays
// regulation (2027, not yet published), independently of the data files.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, callbackDays, DEFAULT_WORK_ORDER_DUE_DAYS, holidayCalendar, isOverdue, isWorkingDay, LAWS, questionLength,
  questionTextProblem, WORK_ORDER_PRIVACY_NOTICE, workingDaysAfter, workOrderDueBy, workOrderPrivacyNotice,
} from '@plskit/core';

describe('working days on the city calendar', () => {
  it('skips the 2026 Mid-Autumn and National Day breaks, and counts the make-up Sunday and Saturday', () => {
    // 中秋 25–27 Sep, 国庆 1–7 Oct; worked: Sun 20 Sep and Sat 10 Oct
    expect(workingDaysAfter('2026-09-17', 12)).toEqual([
      '2026-09-18', '2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24',
      '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10',
    ]);
    expect(addWorkingDays('2026-09-24', 3)).toBe('2026-09-30');
    expect(addWorkingDays('2026-09-29', 3)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('closes 春节 2027 with its substitute days though no notice is published yet (a provisional year)', () => {
    // 除夕 Fri 5 Feb to 初三 Mon 8 Feb; 初一 and 初二 fall on the weekend: substitute days Tue 9 and Wed 10 Feb (Art 6)
    for (const date of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']) expect(isWorkingDay(date), date).toBe(false);
    expect(addWorkingDays('2027-02-04', 1)).toBe('2027-02-11');
    expect(addWorkingDays('2027-02-03', 3)).toBe('2027-02-12');
  });

  it('starts a time limit on the first working day after a request made on a holiday or weekend', () => {
    expect(addWorkingDays('2026-10-03', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-05', 1)).toBe('2026-09-07');
    expect(addWorkingDays('2026-09-01', 0)).toBe('2026-09-01');
    expect(() => workingDaysAfter('2026-09-01', -1)).toThrow(RangeError);
  });

  it('follows an operator’s calendar when given one', () => {
    const extraDayOff = holidayCalendar([{ year: 2026, periods: [{ name: { 'zh-CN': '测试', en: 'Test' }, from: '2026-09-02', to: '2026-09-02', makeUpWorkdays: [] }], sources: [{ title: 't', tag: 'U' }] }]);
    expect(addWorkingDays('2026-09-01', 1, extraDayOff)).toBe('2026-09-03');
  });
});

describe('a work order’s due date and whether it is overdue', () => {
  it('gives a question 3 working days by default and a call-back the day the resident chose', () => {
    expect(DEFAULT_WORK_ORDER_DUE_DAYS).toEqual({ question: 3, callback: 2 });
    expect(workOrderDueBy({ kind: 'question' }, '2026-09-24')).toBe('2026-09-30');
    expect(workOrderDueBy({ kind: 'question' }, '2026-09-24', { question: 5, callback: 2 })).toBe('2026-10-09');
    expect(workOrderDueBy({ kind: 'callback', callbackWindow: { date: '2026-09-29', part: 'afternoon' } }, '2026-09-24')).toBe('2026-09-29');
    expect(callbackDays('2026-09-24')).toEqual(['2026-09-28', '2026-09-29']);
    expect(callbackDays('2026-09-30', { question: 3, callback: 3 })).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
  });

  it('is overdue only while unanswered and after its last day', () => {
    expect(isOverdue({ status: 'received', dueBy: '2026-09-30' }, '2026-09-30')).toBe(false);
    expect(isOverdue({ status: 'received', dueBy: '2026-09-30' }, '2026-10-01')).toBe(true);
    expect(isOverdue({ status: 'assigned', dueBy: '2026-09-30' }, '2026-10-08')).toBe(true);
    expect(isOverdue({ status: 'answered', dueBy: '2026-09-30' }, '2026-10-08')).toBe(false);
    expect(isOverdue({ status: 'closed', dueBy: '2026-09-30' }, '2026-10-08')).toBe(false);
  });
});

describe('a question’s text', () => {
  it('counts characters as the contract does (code points), so an emoji is one', () => {
    expect(questionLength('劳动合同🧑')).toBe(5);
    expect(questionTextProblem('x'.repeat(1000))).toBeUndefined();
    expect(questionTextProblem(`${'问'.repeat(999)}😀`)).toBeUndefined();
    expect(questionTextProblem('x'.repeat(1001))).toBe('length');
  });

  it('refuses nothing written, and a valid resident ID number anywhere in it', () => {
    expect(questionTextProblem('')).toBe('required');
    expect(questionTextProblem(' \n\t ')).toBe('required');
    expect(questionTextProblem('我的身份证是11010519491231002X，单位拖欠工资怎么办？')).toBe('personal-data');
    expect(questionTextProblem('身份证 11010519491231002x')).toBe('personal-data');
    // a number that fails the GB 11643 check digit, or is part of a longer number, is not an ID number
    expect(questionTextProblem('合同编号110105194912310021')).toBeUndefined();
    expect(questionTextProblem('流水号 911010519491231002X7')).toBeUndefined();
  });
});

describe('the work-order privacy notice', () => {
  const notice = WORK_ORDER_PRIVACY_NOTICE;

  it('says everything PIPL Art 17 asks for, both locales, each cited, the question a category of its own', () => {
    expect(notice.subject).toBe('work-orders');
    expect(notice.version).toBe('2026-12-07');
    expect(notice.basis).toMatchObject({ law: 'pipl-2021', article: '17' });
    expect(notice.categories.filter((c) => c.required).map((c) => c.code)).toEqual(['question', 'topic-region', 'name', 'phone']);
    expect(notice.categories[0]?.why.en).toContain('no ID numbers');
    for (const cited of [notice.purpose, notice.lawfulBasis, notice.method, notice.howToExercise, ...notice.rights, ...notice.notCollected, ...notice.recipients]) {
      expect(Object.keys(LAWS)).toContain(cited.basis.law);
      expect(cited.text['zh-CN']).not.toBe('');
      expect(cited.text.en).not.toBe('');
    }
  });

  it('names the SMS provider (Art 21) and what it never receives', () => {
    expect(notice.recipients.map((r) => r.basis.article)).toEqual(['21']);
    expect(notice.recipients[0]?.text.en).toContain('never your name, your question, the answer or your link');
  });

  it('states the retention after closing, and changes its version with it', () => {
    expect(notice.retention.text.en).toContain('30 days after the work order is closed');
    expect(workOrderPrivacyNotice(90).version).toBe('2026-12-07.r90');
    expect(workOrderPrivacyNotice(90).retention.text['zh-CN']).toContain('90 天');
    expect(() => workOrderPrivacyNotice(4000)).toThrow(RangeError);
  });

  it('says that numbers are confirmed by a code only where they are, with a version of its own', () => {
    expect(notice.phoneVerification).toBeUndefined();
    expect(notice.purpose.text.en).not.toContain('code');
    const confirming = workOrderPrivacyNotice(undefined, { phoneVerification: true });
    expect(confirming.version).toBe(`${notice.version}.code`);
    expect(workOrderPrivacyNotice(90, { phoneVerification: true }).version).toBe(`${notice.version}.r90.code`);
    expect(confirming.phoneVerification?.basis).toMatchObject({ law: 'pipl-2021', article: '51' });
    expect(confirming.phoneVerification?.text['zh-CN']).toContain('6 位验证码');
    expect(confirming.purpose.text.en).toContain('text-message code');
  });

  it('says that the details are kept encrypted, each work order under its own key, and limited per number', () => {
    expect(notice.method.text.en).toContain('each work order under a key of its own');
    expect(notice.method.text['zh-CN']).toContain('密钥一并销毁');
    expect(notice.purpose.text.en).toContain('how many questions one mobile number may have waiting');
  });
});
