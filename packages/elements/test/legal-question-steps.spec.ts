// The question widget's steps as plain decisions, in Node: no DOM, no requests.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api/api-problem.js';
import answer from '../src/legal-question/answer.strings.zh-CN.js';
import contact from '../src/legal-question/contact.strings.zh-CN.js';
import text from '../src/legal-question/legal-question.strings.zh-CN.js';
import {
  answerProblems, backTarget, contactProblems, EMPTY_DRAFT, forgetPersonal, refusal, stepNumber, topicProblems, workOrderRequest,
} from '../src/legal-question/legal-question-steps.js';
import { countLine, countWorthAnnouncing, questionProblems } from '../src/legal-question/question-rules.js';
import question from '../src/legal-question/question.strings.zh-CN.js';

const draft = { ...EMPTY_DRAFT, topic: 'labour', region: '370811', text: '工资被拖欠三个月怎么办？', name: ' 王小明 ', phone: '138 0013 8000', consent: true };

describe('the question form’s steps', () => {
  it('counts six asking steps and leads back one at a time; none back from the confirmation or a followed question', () => {
    const steps = ['topic', 'question', 'answer', 'contact', 'check', 'done', 'follow'] as const;
    expect(steps.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6, undefined]);
    expect(steps.map(backTarget)).toEqual([undefined, 'topic', 'question', 'answer', 'contact', undefined, undefined]);
  });

  it('asks for a topic and one of the counties offered (not the city as a whole)', () => {
    const counties = [{ code: '370811' }, { code: '370812' }];
    expect(topicProblems(EMPTY_DRAFT, counties, text).map((p) => p.field)).toEqual(['topic-list', 'region']);
    expect(topicProblems({ ...draft, region: '370800' }, counties, text).map((p) => p.field)).toEqual(['region']);
    expect(topicProblems(draft, counties, text)).toEqual([]);
  });

  it('applies core’s text rule: written, at most 1,000 characters, no resident ID number', () => {
    expect(questionProblems({ ...draft, text: '   ' }, question)).toEqual([{ field: 'question', message: question.required }]);
    expect(questionProblems({ ...draft, text: '问'.repeat(1001) }, question)[0]!.message).toContain('1000');
    expect(questionProblems({ ...draft, text: '问'.repeat(1000) }, question)).toEqual([]);
    expect(questionProblems({ ...draft, text: '我的身份证号 11010519491231002X' }, question)).toEqual([{ field: 'question', message: question.personalData }]);
  });

  it('counts what is left, or how many too many, and reads it out only near the limit', () => {
    expect(countLine('问'.repeat(990), question)).toEqual({ over: false, line: '还可以输入 10 字' });
    expect(countLine('问'.repeat(1003), question).over).toBe(true);
    expect(countWorthAnnouncing('问'.repeat(799))).toBe(false);
    expect(countWorthAnnouncing('问'.repeat(800))).toBe(true);
  });

  it('asks how to answer, and for a call back one of the days offered and a part of it', () => {
    const days = ['2026-09-02', '2026-09-03'];
    expect(answerProblems(draft, days, answer).map((p) => p.field)).toEqual(['kind-list']);
    expect(answerProblems({ ...draft, kind: 'question' }, days, answer)).toEqual([]);
    expect(answerProblems({ ...draft, kind: 'callback', callbackDate: '2026-09-06' }, days, answer).map((p) => p.field)).toEqual(['day-list', 'part-list']);
    expect(answerProblems({ ...draft, kind: 'callback', callbackDate: '2026-09-03', callbackPart: 'afternoon' }, days, answer)).toEqual([]);
  });

  it('asks for a name, a mainland mobile number and consent', () => {
    expect(contactProblems({ ...draft, name: ' ', phone: '12345', consent: false }, contact).map((p) => p.field)).toEqual(['name', 'phone', 'consent']);
    expect(contactProblems(draft, contact)).toEqual([]);
  });

  it('sends what the contract asks, trimmed and normalised, the call-back window only for a call back', () => {
    expect(workOrderRequest({ ...draft, kind: 'question' }, '2026-12')).toEqual({
      kind: 'question', topic: 'labour', region: '370811', text: '工资被拖欠三个月怎么办？',
      contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: '2026-12', agreed: true },
    });
    expect(workOrderRequest({ ...draft, kind: 'callback', callbackDate: '2026-09-03', callbackPart: 'morning' }, '2026-12').callbackWindow)
      .toEqual({ date: '2026-09-03', part: 'morning' });
  });

  it('carries the confirmed number’s token only where there is one, and counts the code step as the contact step', () => {
    const token = 'pv_3Fq9ZkP2mW7xR4tY8bN1cV6d.Xb3kQ9s0mT2vW8yZ1aC4dE6fG7hJ5kL3nP0qR2sU4vW';
    expect(workOrderRequest({ ...draft, kind: 'question' }, '2026-12', token)).toMatchObject({ phoneVerification: token });
    expect(workOrderRequest({ ...draft, kind: 'question' }, '2026-12', undefined)).not.toHaveProperty('phoneVerification');
    expect([stepNumber('code'), backTarget('code'), backTarget('check')]).toEqual([4, 'contact', 'contact']);
  });

  it('forgets what was typed once asked, keeping only where the resident is', () => {
    expect(forgetPersonal({ ...draft, kind: 'question' })).toEqual({ ...EMPTY_DRAFT, region: '370811' });
  });

  it('reads a refusal: the notice changed, a field on its step, a lost link, a wait, or a failure', () => {
    expect(refusal(new ApiProblem(409, 'privacy-notice-outdated'))).toEqual({ kind: 'notice-changed' });
    expect(refusal(new ApiProblem(400, 'validation-failed', undefined, ['/callbackWindow/date']))).toEqual({ kind: 'fix', step: 'answer' });
    expect(refusal(new ApiProblem(400, 'validation-failed', undefined, ['/contact/phone']))).toEqual({ kind: 'fix', step: 'contact' });
    expect(refusal(new ApiProblem(400, 'validation-failed', undefined, ['/text']))).toEqual({ kind: 'fix', step: 'question' });
    expect(refusal(new ApiProblem(403, 'manage-token-invalid'))).toEqual({ kind: 'lost' });
    expect(refusal(new ApiProblem(409, 'work-order-limit-reached'))).toEqual({ kind: 'limit-reached' });
    expect(refusal(new ApiProblem(403, 'phone-verification-invalid'))).toEqual({ kind: 'phone-unconfirmed' });
    expect(refusal(new ApiProblem(403, 'phone-verification-required'))).toEqual({ kind: 'phone-unconfirmed' });
    expect(refusal(new ApiProblem(503, 'service-unavailable', 2))).toEqual({ kind: 'wait', seconds: 2 });
    expect(refusal(new ApiProblem(500, 'internal'))).toEqual({ kind: 'failed' });
  });
});
