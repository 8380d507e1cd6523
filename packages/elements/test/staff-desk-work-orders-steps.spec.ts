// The desk's tabs and the work-order screens' rules as plain decisions, in Node: no DOM, no requests.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../src/api/api-problem.js';
import { deskAreas, tabAfter } from '../src/staff-desk/desk-tabs.js';
import { workOrderRefusalOf } from '../src/staff-desk/work-orders/work-order-refusals.js';
import {
  actionProblems, actionsFor, ANY_FILTERS, callProblems, callRequest, EMPTY_CALL, offersCenterFilter, queueQuery, refusedFields, shanghaiTime,
} from '../src/staff-desk/work-orders/work-orders-steps.js';
import text from '../src/staff-desk/work-orders/work-orders.strings.zh-CN.js';

const grant = (permission: string, centers: string[] = []) => ({ permission: permission as never, allCenters: centers.length === 0, centers });
const CENTER_STAFF = { centers: ['sc-370811'], permissions: ['roster-read', 'appointments-mark', 'closures-write', 'work-orders-read', 'work-orders-answer'].map((p) => grant(p, ['sc-370811'])) };
const HOTLINE = { centers: [], permissions: ['roster-read', 'work-orders-read', 'work-orders-route', 'work-orders-answer', 'appointments-book'].map((p) => grant(p)) };

describe('the desk’s areas', () => {
  it('shows each member the areas their permissions open, and no work orders to those without', () => {
    expect(deskAreas(HOTLINE)).toEqual(['visitors', 'work-orders', 'new-call']);
    expect(deskAreas(CENTER_STAFF)).toEqual(['visitors', 'work-orders']);
    expect(deskAreas({ permissions: [grant('roster-read', ['sc-370811'])] })).toEqual(['visitors']);
  });

  it('moves between tabs with the arrow keys (wrapping round), Home and End; other keys are not the tab bar’s', () => {
    const areas = deskAreas(HOTLINE);
    expect(tabAfter(areas, 'visitors', 'ArrowRight')).toBe('work-orders');
    expect(tabAfter(areas, 'new-call', 'ArrowRight')).toBe('visitors');
    expect(tabAfter(areas, 'visitors', 'ArrowLeft')).toBe('new-call');
    expect(tabAfter(areas, 'work-orders', 'Home')).toBe('visitors');
    expect(tabAfter(areas, 'visitors', 'End')).toBe('new-call');
    expect(tabAfter(areas, 'visitors', 'Enter')).toBeUndefined();
  });
});

describe('the work-order queue and its actions', () => {
  it('asks only for the filters set, and the page after a cursor', () => {
    expect(queueQuery(ANY_FILTERS)).toEqual({});
    expect(queueQuery({ status: 'received', overdue: true, center: 'sc-370811' }, 'c1')).toEqual({ status: 'received', overdue: true, center: 'sc-370811', cursor: 'c1' });
  });

  it('offers a center filter to staff of several centers or of every center, not to staff of one', () => {
    expect(offersCenterFilter(CENTER_STAFF, [{}, {}])).toBe(false);
    expect(offersCenterFilter({ centers: ['sc-370811', 'sc-370812'] }, [{}, {}])).toBe(true);
    expect(offersCenterFilter(HOTLINE, [{}, {}])).toBe(true);
    expect(offersCenterFilter(HOTLINE, [{}])).toBe(false);
  });

  it('lets the hotline pass on, answer and close; a center answer and close its own; nobody act on a closed one, nor answer twice', () => {
    expect(actionsFor({ status: 'received', center: null }, HOTLINE)).toEqual({ assign: true, reply: true, close: true, return: false });
    expect(actionsFor({ status: 'received', center: null }, CENTER_STAFF)).toEqual({ assign: false, reply: false, close: false, return: false });
    expect(actionsFor({ status: 'assigned', center: 'sc-370811' }, CENTER_STAFF)).toEqual({ assign: false, reply: true, close: true, return: true });
    expect(actionsFor({ status: 'assigned', center: 'sc-370812' }, CENTER_STAFF)).toEqual({ assign: false, reply: false, close: false, return: false });
    expect(actionsFor({ status: 'answered', center: 'sc-370811' }, CENTER_STAFF)).toEqual({ assign: false, reply: false, close: true, return: false });
    expect(actionsFor({ status: 'closed', center: 'sc-370811' }, HOTLINE)).toEqual({ assign: false, reply: false, close: false, return: false });
    // the hotline, which may answer anywhere, may return one from the center it is at too
    expect(actionsFor({ status: 'assigned', center: 'sc-370811' }, HOTLINE)).toEqual({ assign: true, reply: true, close: true, return: true });
  });

  it('asks for a center, an answer of 1 to 4,000 characters, and how it ended, before sending', () => {
    expect(actionProblems('assign', '', text)).toEqual([{ field: 'assign-center', message: text.centerRequired }]);
    expect(actionProblems('close', '', text)).toEqual([{ field: 'close-resolution', message: text.resolutionRequired }]);
    expect(actionProblems('reply', '  ', text)).toEqual([{ field: 'reply-text', message: text.replyRequired }]);
    expect(actionProblems('reply', '答'.repeat(4000), text)).toEqual([]);
    expect(actionProblems('reply', '答'.repeat(4001), text)).toEqual([{ field: 'reply-text', message: '答复最多4000字' }]);
    expect(actionProblems('reply', '😀'.repeat(4000), text)).toEqual([]); // characters, not UTF-16 units
  });

  it('asks for a reason of 1 to 500 characters, not only white space, before returning one to the hotline', () => {
    expect(actionProblems('return', ' \n　', text)).toEqual([{ field: 'return-reason', message: text.returnReasonRequired }]);
    expect(actionProblems('return', '因'.repeat(500), text)).toEqual([]);
    expect(actionProblems('return', '😀'.repeat(500), text)).toEqual([]);
    expect(actionProblems('return', '因'.repeat(501), text)).toEqual([{ field: 'return-reason', message: '退回原因最多500字' }]);
  });

  it('says the contract’s refusals in its own words and leaves the rest to the desk', () => {
    expect(['work-order-closed', 'work-order-answered', 'staff-forbidden', 'work-order-limit-reached', 'staff-token-expired'].map(workOrderRefusalOf))
      .toEqual(['work-order-closed', 'work-order-answered', 'staff-forbidden', 'work-order-limit-reached', undefined]);
  });

  it('reads an instant as the day and time in Jining, whatever the computer’s zone', () => {
    expect(shanghaiTime('2026-09-01T01:30:00Z', 'zh-CN')).toContain('09:30');
  });
});

describe('a hotline call', () => {
  const DAYS = ['2026-09-02', '2026-09-03'];
  const complete = {
    ...EMPTY_CALL, kind: 'callback' as const, day: '2026-09-02', part: 'morning' as const, topic: 'family-law', region: '370811',
    question: ' 邻居漏水，物业不管怎么办？ ', name: ' 张大爷 ', phone: '+86 138-0013-8000', noticeRead: true,
  };

  it('names every field that is missing, in the form’s order, the operator’s reading of the notice last', () => {
    expect(callProblems(EMPTY_CALL, DAYS, text).map((problem) => problem.field))
      .toEqual(['call-kind', 'call-topic', 'call-region', 'call-question', 'call-name', 'call-phone', 'call-consent']);
    expect(callProblems({ ...complete, day: '2026-09-09', part: '' }, DAYS, text).map((problem) => problem.field)).toEqual(['call-day', 'call-part']);
    expect(callProblems({ ...complete, question: '身份证 11010519491231002X' }, DAYS, text)).toEqual([{ field: 'call-question', message: text.questionPersonal }]);
    expect(callProblems({ ...complete, question: '问'.repeat(1001) }, DAYS, text)).toEqual([{ field: 'call-question', message: '问题最多1000字' }]);
    expect(callProblems(complete, DAYS, text)).toEqual([]);
  });

  it('records the caller’s consent as oral, with the version read to them; a question needs no call-back window', () => {
    expect(callRequest(complete, '2026-12+180')).toEqual({
      kind: 'callback', topic: 'family-law', region: '370811', text: '邻居漏水，物业不管怎么办？', callbackWindow: { date: '2026-09-02', part: 'morning' },
      contact: { name: '张大爷', phone: '13800138000' }, consent: { privacyNotice: '2026-12+180', agreed: true, form: 'oral' },
    });
    expect(callRequest({ ...complete, kind: 'question' }, 'v').callbackWindow).toBeUndefined();
  });

  it('points a 400 at the fields it names, and nothing else at any field', () => {
    expect(refusedFields(new ApiProblem(400, 'invalid-request', undefined, ['/topic', '/callbackWindow/date', '/contact/phone']))).toEqual(['call-topic', 'call-day', 'call-phone']);
    expect(refusedFields(new ApiProblem(409, 'privacy-notice-outdated'))).toEqual([]);
  });
});
