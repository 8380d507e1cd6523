// The staff desk's rules as plain decisions, in Node: no DOM, no requests.
import { describe, expect, it } from 'vitest';
import text from '../src/staff-desk/closure.strings.zh-CN.js';
import {
  centerToday, closureProblems, closureRequest, EMPTY_CLOSURE, marksFor, may, refusalOf, residentsToTell,
} from '../src/staff-desk/staff-desk-steps.js';

const visit = (status: string, start: string, end: string) => ({
  status: status as never, slot: { start: `2026-09-03T${start}:00+08:00`, end: `2026-09-03T${end}:00+08:00` },
});

describe('the staff desk’s rules', () => {
  it('takes today where the centers are, whatever the computer’s zone', () => {
    expect(centerToday(new Date('2026-09-01T16:30:00Z'))).toBe('2026-09-02'); // 00:30 in Jining
    expect(centerToday(new Date('2026-09-01T15:59:00Z'))).toBe('2026-09-01');
  });

  it('offers the marks a visit may still get: a no-show once its slot began, check-in for a no-show by mistake, none once it came or was cancelled', () => {
    const at = new Date('2026-09-03T06:00:00Z'); // 14:00 in Jining
    expect(['booked', 'no-show', 'checked-in', 'cancelled', 'cancelled-by-center'].map((status) => marksFor(visit(status, '14:00', '14:30'), at)))
      .toEqual([['check-in', 'no-show'], ['check-in'], [], [], []]);
    expect(marksFor(visit('booked', '14:30', '15:00'), at)).toEqual(['check-in']);
  });

  it('knows the refusals it explains and leaves any other code to the kit', () => {
    expect(refusalOf('slot-not-started')).toBe('slot-not-started');
    expect(refusalOf('staff-token-expired')).toBe('staff-token-expired');
    expect(refusalOf('internal')).toBeUndefined();
  });

  it('reads a member’s grants per center: their centers, or every center', () => {
    const staff = { permissions: [{ permission: 'closures-write' as const, allCenters: false, centers: ['sc-370811'] }] };
    expect([may(staff, 'closures-write', 'sc-370811'), may(staff, 'closures-write', 'sc-370812'), may(staff, 'appointments-mark', 'sc-370811')])
      .toEqual([true, false, false]);
    expect(may({ permissions: [{ permission: 'roster-read', allCenters: true, centers: [] }] }, 'roster-read', 'sc-370899')).toBe(true);
  });

  it('asks a reason in both languages within their lengths, and times as hours:minutes with the end after the start', () => {
    expect(closureProblems(EMPTY_CLOSURE, text).map((problem) => problem.field)).toEqual(['reason-zh', 'reason-en']);
    const reasons = { reasonZh: '停电', reasonEn: 'Power cut' };
    expect(closureProblems({ ...EMPTY_CLOSURE, ...reasons }, text)).toEqual([]);
    expect(closureProblems({ ...EMPTY_CLOSURE, reasonZh: '停'.repeat(61), reasonEn: 'x'.repeat(121) }, text).map((problem) => problem.message))
      .toEqual([text.reasonZhLong, text.reasonEnLong]);
    expect(closureProblems({ ...reasons, from: '14:00', to: '12:00' }, text)).toEqual([{ field: 'closed-to', message: text.toBeforeFrom }]);
    expect(closureProblems({ ...reasons, from: '25:00', to: '' }, text)).toEqual([{ field: 'closed-from', message: text.timeInvalid }]);
    expect(closureProblems({ ...reasons, from: '', to: '7pm' }, text)).toEqual([{ field: 'closed-to', message: text.timeInvalid }]);
  });

  it('makes the contract’s request: times only when given, reasons trimmed', () => {
    expect(closureRequest('2026-09-03', { from: '', to: '', reasonZh: ' 停电 ', reasonEn: 'Power cut ' }))
      .toEqual({ date: '2026-09-03', reason: { 'zh-CN': '停电', en: 'Power cut' } });
    expect(closureRequest('2026-09-03', { from: '14:00', to: '', reasonZh: '停电', reasonEn: 'Power cut' }))
      .toEqual({ date: '2026-09-03', from: '14:00', reason: { 'zh-CN': '停电', en: 'Power cut' } });
  });

  it('counts the residents a closure would tell: expected visits whose slot overlaps the time closed', () => {
    const day = [visit('booked', '08:30', '09:00'), visit('booked', '13:30', '14:00'), visit('booked', '14:00', '14:30'),
      visit('checked-in', '15:00', '15:30'), visit('cancelled', '16:00', '16:30'), visit('booked', '17:30', '18:00')];
    expect(residentsToTell(day, { from: '', to: '' })).toBe(4);
    expect(residentsToTell(day, { from: '14:00', to: '' })).toBe(2);
    expect(residentsToTell(day, { from: '', to: '14:00' })).toBe(2);
    expect(residentsToTell(day, { from: '13:45', to: '14:15' })).toBe(2);
  });
});
