import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api/api-problem.js';
import { codeDigits, codeProblems, codeRefusal, secondsLeft, waitWords, worthAnnouncing } from '../src/phone-code/phone-code-steps.js';
import { tokenRefused } from '../src/phone-code/token-refused.js';
import en from '../src/phone-code/phone-code.strings.en.js';
import zh from '../src/phone-code/phone-code.strings.zh-CN.js';

describe('the code as typed or pasted', () => {
  it('keeps the digits, full-width ones too, at most six', () => {
    expect(codeDigits('046183')).toBe('046183');
    expect(codeDigits('046 183')).toBe('046183');
    expect(codeDigits('０４６１８３')).toBe('046183');
    expect(codeDigits('04618399')).toBe('046183');
    expect(codeDigits('04a')).toBe('04');
    expect(codeDigits('')).toBe('');
  });

  it('finds the code in a whole pasted text message, not the minutes it is good for', () => {
    expect(codeDigits('【济宁公共法律服务】验证码 046183，5 分钟内有效，请勿告诉他人。')).toBe('046183');
    expect(codeDigits('Your code is 046183. It works for 5 minutes.')).toBe('046183');
  });

  it('asks for six digits before confirming, naming the field', () => {
    expect(codeProblems('046183', en)).toEqual([]);
    expect(codeProblems('04618', en)).toEqual([{ field: 'code', message: en.codeRequired }]);
    expect(codeProblems('', zh)).toEqual([{ field: 'code', message: zh.codeRequired }]);
  });
});

describe('the wait for a new code', () => {
  it('counts whole seconds left, never below zero', () => {
    expect(secondsLeft(60_000, 0)).toBe(60);
    expect(secondsLeft(60_000, 500)).toBe(60);
    expect(secondsLeft(60_000, 1000)).toBe(59);
    expect(secondsLeft(60_000, 59_999)).toBe(1);
    expect(secondsLeft(60_000, 61_000)).toBe(0);
  });

  it('is said aloud once, when a new code becomes possible, never every second', () => {
    const said = [60, 59, 30, 1, 0, 0].map((seconds, i, all) => worthAnnouncing(seconds, i ? all[i - 1]! : 61));
    expect(said).toEqual([false, false, false, false, true, false]);
  });

  it('is worded in seconds under two minutes, in minutes (rounded up) beyond', () => {
    expect(waitWords(42, en)).toBe('42 seconds');
    expect(waitWords(60, en)).toBe('60 seconds');
    expect(waitWords(120, en)).toBe('2 min');
    expect(waitWords(3599, zh)).toBe('60 分钟');
  });
});

describe('what a refusal means', () => {
  it('tells a wrong code (with the tries left) from a code that can no longer be used', () => {
    expect(codeRefusal(new ApiProblem(422, 'verification-code-incorrect', undefined, [], 3))).toEqual({ kind: 'incorrect', attemptsLeft: 3 });
    expect(codeRefusal(new ApiProblem(409, 'verification-locked'))).toEqual({ kind: 'new-code', reason: 'locked' });
    expect(codeRefusal(new ApiProblem(409, 'verification-expired'))).toEqual({ kind: 'new-code', reason: 'expired' });
  });

  it('waits as Retry-After says past the hourly share of codes; goes on without where confirmation is off', () => {
    expect(codeRefusal(new ApiProblem(429, 'too-many-codes', 1800))).toEqual({ kind: 'wait', seconds: 1800 });
    expect(codeRefusal(new ApiProblem(409, 'phone-verification-off'))).toEqual({ kind: 'off' });
    expect(codeRefusal(new ApiProblem(429, 'rate-limited', 5))).toEqual({ kind: 'failed' });
    expect(codeRefusal(new ApiProblem(0, 'network-error'))).toEqual({ kind: 'failed' });
  });

  it('sends the resident back to the code step for a token refused at booking, and for nothing else', () => {
    expect(tokenRefused(new ApiProblem(403, 'phone-verification-invalid'))).toBe(true);
    expect(tokenRefused(new ApiProblem(403, 'phone-verification-required'))).toBe(true);
    expect(tokenRefused(new ApiProblem(403, 'forbidden'))).toBe(false);
    expect(tokenRefused(new ApiProblem(409, 'slot-full'))).toBe(false);
  });
});
