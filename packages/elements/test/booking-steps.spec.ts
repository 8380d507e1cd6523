// The booker's steps as plain decisions, in Node: no DOM, no requests.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api/api-problem.js';
import text from '../src/appointment-booker/appointment-booker.strings.zh-CN.js';
import {
  backTarget, contactProblems, keptChoice, pickedDay, refusal, regionOfCenter, stepNumber, whenProblems, whereProblems,
} from '../src/appointment-booker/booking-steps.js';

const day = (date: string, remaining: number[]) => ({
  date, status: 'open' as const, provisional: false, slots: remaining.map((left, i) => ({ start: `${date}T0${8 + i}:30:00+08:00`, end: `${date}T0${8 + i}:59:00+08:00`, remaining: left, capacity: 2 })),
});

describe('the booker’s steps', () => {
  it('counts the number’s code as part of the contact step, and leads back from it to the contact step', () => {
    expect([stepNumber('code'), backTarget('code'), backTarget('check')]).toEqual([3, 'who', 'who']);
  });

  it('counts the five booking steps and leads back one step at a time, the manage steps back to the booking', () => {
    expect(['where', 'when', 'who', 'check', 'done', 'manage'].map((step) => stepNumber(step as never))).toEqual([1, 2, 3, 4, 5, undefined]);
    expect(['where', 'when', 'who', 'check', 'done', 'reschedule', 'confirm-cancel', 'cancelled'].map((step) => backTarget(step as never)))
      .toEqual([undefined, 'where', 'when', 'who', undefined, 'manage', 'manage', undefined]);
  });

  it('asks for a service and a center, then a day and a time on it', () => {
    expect(whereProblems(undefined, undefined, text).map((p) => p.field)).toEqual(['service', 'center-list']);
    expect(whereProblems('mediation', 'sc-370811', text)).toEqual([]);
    expect(whenProblems(undefined, undefined, text)).toEqual([{ field: 'calendar', message: text.chooseDay }]);
    expect(whenProblems('2026-09-08', undefined, text)).toEqual([{ field: 'slot-list', message: text.chooseSlot }]);
    expect(whenProblems('2026-09-08', '2026-09-08T08:30:00+08:00', text)).toEqual([]);
  });

  it('asks for a name, a mainland mobile number and consent, each with its own message', () => {
    expect(contactProblems({ name: ' ', phone: '12345', note: '' }, false, text).map((p) => p.field)).toEqual(['name', 'phone', 'consent']);
    expect(contactProblems({ name: '王小明', phone: '138 0013 8000', note: '' }, true, text)).toEqual([]);
  });

  it('chooses only an open day, and drops a time chosen on another day', () => {
    const days = [day('2026-09-07', [0, 0]), day('2026-09-08', [1, 2])];
    const chosen = { selectedDate: '2026-09-08', slotStart: '2026-09-08T08:30:00+08:00' };
    expect(pickedDay(days, '2026-09-07', chosen)).toEqual({ focusedDate: '2026-09-07', ...chosen });
    expect(pickedDay(days, '2026-09-08', chosen)).toEqual({ focusedDate: '2026-09-08', ...chosen });
    expect(pickedDay([...days, day('2026-09-09', [1])], '2026-09-09', chosen)).toEqual({ focusedDate: '2026-09-09', selectedDate: '2026-09-09', slotStart: undefined });
  });

  it('after fresh times, keeps the day in focus if it is still shown and drops a time no longer open', () => {
    const days = [day('2026-09-07', [0]), day('2026-09-08', [0, 1])];
    expect(keptChoice(days, '2026-09-08', '2026-09-08T08:30:00+08:00')).toEqual({ focusedDate: '2026-09-08', slotStart: undefined });
    expect(keptChoice(days, '2026-10-01', '2026-09-08T09:30:00+08:00')).toEqual({ focusedDate: '2026-09-08', slotStart: '2026-09-08T09:30:00+08:00' });
  });

  it('reads what a refusal means: taken, a new notice, a number at its limit, lost, wait as long as Retry-After says, or failed', () => {
    expect(refusal(new ApiProblem(409, 'slot-full')).kind).toBe('slot-taken');
    expect(refusal(new ApiProblem(409, 'privacy-notice-outdated')).kind).toBe('notice-changed');
    expect(refusal(new ApiProblem(409, 'booking-limit-reached')).kind).toBe('limit-reached');
    expect(refusal(new ApiProblem(403, 'phone-verification-invalid')).kind).toBe('phone-unconfirmed');
    expect(refusal(new ApiProblem(403, 'phone-verification-required')).kind).toBe('phone-unconfirmed');
    expect(refusal(new ApiProblem(404, 'manage-token-invalid')).kind).toBe('lost');
    expect(refusal(new ApiProblem(503, 'unavailable', 2))).toEqual({ kind: 'wait', seconds: 2 });
    expect(refusal(new ApiProblem(503, 'unavailable')).kind).toBe('failed');
    expect(refusal(new ApiProblem(0, 'offline')).kind).toBe('failed');
  });

  it('starts a center’s booking in its county', () => {
    expect(regionOfCenter('sc-370811-01')).toBe('370811');
    expect(regionOfCenter(undefined)).toBeUndefined();
  });
});
