// Booking for a caller on the staff desk, as plain decisions in Node: no DOM, no requests.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api/api-problem.js';
import text from '../src/staff-desk/caller-booking/caller-booking.strings.zh-CN.js';
import en from '../src/staff-desk/caller-booking/caller-booking.strings.en.js';
import { callerProblems, callerRefusal, callerRequest, visitDay } from '../src/staff-desk/caller-booking/caller-booking-steps.js';

const visit = {
  service: 'mediation' as const, center: 'sc-370811', slotStart: '2026-09-08T08:30:00+08:00',
  contact: { name: ' 李秀兰 ', phone: '139 0013 9000', note: '' },
};

describe('booking for a caller', () => {
  it('asks for the caller’s name, a mainland mobile number and the operator’s word that the notice was read, each named by its field', () => {
    expect(callerProblems({ name: ' ', phone: '12345', note: '' }, false, text)).toEqual([
      { field: 'name', message: text.nameRequired },
      { field: 'phone', message: text.phoneInvalid },
      { field: 'consent', message: text.consentRequired },
    ]);
    expect(callerProblems(visit.contact, false, en).map((problem) => problem.message)).toEqual([en.consentRequired]);
    expect(callerProblems(visit.contact, true, text)).toEqual([]);
  });

  it('books with the caller’s consent recorded as oral, with the version of the notice read, the number normalised and the name trimmed', () => {
    expect(callerRequest(visit, '2026-12')).toEqual({
      center: 'sc-370811', service: 'mediation', slotStart: '2026-09-08T08:30:00+08:00',
      contact: { name: '李秀兰', phone: '13900139000' }, consent: { privacyNotice: '2026-12', agreed: true, form: 'oral' },
    });
    expect(callerRequest({ ...visit, contact: { ...visit.contact, note: '  带上调解申请书  ' } }, '2026-12').note).toBe('带上调解申请书');
  });

  it('means by a refusal what the web means (slot taken, notice changed, limit, wait), a lost reply is “no answer”, and the rest is the desk’s to say', () => {
    expect(callerRefusal(new ApiProblem(409, 'slot-full'))).toEqual({ kind: 'slot-taken' });
    expect(callerRefusal(new ApiProblem(409, 'slot-unavailable'))).toEqual({ kind: 'slot-taken' });
    expect(callerRefusal(new ApiProblem(409, 'privacy-notice-outdated'))).toEqual({ kind: 'notice-changed' });
    expect(callerRefusal(new ApiProblem(409, 'booking-limit-reached'))).toEqual({ kind: 'limit-reached' });
    expect(callerRefusal(new ApiProblem(503, 'unavailable', 2))).toEqual({ kind: 'wait', seconds: 2 });
    expect(callerRefusal(new ApiProblem(0, 'network-error'))).toEqual({ kind: 'no-answer' });
    expect(callerRefusal(new ApiProblem(0, 'offline'))).toEqual({ kind: 'no-answer' });
    for (const [status, code] of [[401, 'staff-token-expired'], [403, 'staff-forbidden'], [404, 'not-found'], [400, 'invalid-request']] as const) {
      expect(callerRefusal(new ApiProblem(status, code))).toEqual({ kind: 'desk' });
    }
  });

  it('finds the roster day of the visit in its own instant, whatever the computer’s zone', () => {
    expect(visitDay('2026-09-08T08:30:00+08:00')).toBe('2026-09-08');
  });
});
