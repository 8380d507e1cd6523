// The code step's decisions as plain functions, with no DOM and no requests:
// what the resident typed or pasted as a code, what the step asks before it
// sends, how long until another code may be asked, when that is worth saying
// aloud, and what a refused code or token means. The controller acts on them;
// the tests check them in Node.
import type { ApiProblem } from '../api/api-problem.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import type { PhoneCodeText } from './phone-code.strings.js';

/** The code's length: the contract's `^[0-9]{6}$`. */
export const CODE_LENGTH = 6;

/**
 * The digits of what was typed or pasted, at most six: full-width digits
 * (a Chinese keyboard's) count, spaces, dashes and the message's words do not,
 * so pasting the whole text message ("验证码 046183，5 分钟内有效") gives its code.
 */
export function codeDigits(input: string): string {
  const ascii = input.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30));
  const runs = ascii.match(/\d+/g) ?? [];
  // a pasted message: its run of six digits is the code, not the "5" of "5 分钟"
  const code = runs.find((run) => run.length === CODE_LENGTH);
  return (code ?? runs.join('')).slice(0, CODE_LENGTH);
}

/** What confirming asks: six digits. */
export function codeProblems(code: string, text: PhoneCodeText): FieldProblem[] {
  return new RegExp(`^\\d{${CODE_LENGTH}}$`).test(code) ? [] : [{ field: 'code', message: text.codeRequired }];
}

/** Whole seconds left until `until` (a performance.now() time), never below 0. */
export const secondsLeft = (until: number, now: number): number => Math.max(0, Math.ceil((until - now) / 1000));

/**
 * Whether a countdown's second is said aloud: only when another code becomes
 * possible (0), never every second; the visible line counts every second.
 */
export const worthAnnouncing = (seconds: number, before: number): boolean => seconds === 0 && before > 0;

/** "2 分钟" rather than "120 秒" from two minutes on: what the line and the announcement show. */
export function waitWords(seconds: number, text: PhoneCodeText): string {
  if (seconds < 120) return text.seconds.replace('{n}', String(seconds));
  return text.minutes.replace('{n}', String(Math.ceil(seconds / 60)));
}

/**
 * What a refused request of the code step means: a wrong code (with the tries
 * left), a code that can no longer be used (locked after 5 wrong ones, or past
 * its 5 minutes: ask for a new one), too many codes asked (wait as Retry-After
 * says), confirmation turned off meanwhile (go on without), or a failure.
 */
export type CodeRefusal = { kind: 'incorrect'; attemptsLeft: number } | { kind: 'new-code'; reason: 'locked' | 'expired' }
  | { kind: 'wait'; seconds: number } | { kind: 'off' } | { kind: 'failed' };

export function codeRefusal(problem: ApiProblem): CodeRefusal {
  switch (problem.code) {
    case 'verification-code-incorrect': return { kind: 'incorrect', attemptsLeft: problem.attemptsLeft ?? 0 };
    case 'verification-locked': return { kind: 'new-code', reason: 'locked' };
    case 'verification-expired': return { kind: 'new-code', reason: 'expired' };
    case 'phone-verification-off': return { kind: 'off' };
    // the number's or the address's hourly share of codes: Retry-After says when the next one may go
    case 'too-many-codes': return { kind: 'wait', seconds: problem.retryAfter ?? 60 };
    default: return { kind: 'failed' };
  }
}
