// The work-order screens' rules as plain functions (tested in Node): what the
// queue asks for, what a member may do to a work order in its status, what a
// reply and a hotline call must hold before they are sent, and what a refusal
// means (work-order-refusals.ts).
import { isMainlandMobile, normalizeMobile, QUESTION_TEXT_MAX, questionLength, questionTextProblem, type CallbackPart, type WorkOrderKind, type WorkOrderStatus } from '@plskit/core';
import type {
  StaffMember, StaffWorkOrder, StaffWorkOrderQuery, StaffWorkOrderRequest, WorkOrderResolution,
} from '@plskit/sdk/staff';
import type { ApiProblem } from '../../api/api-problem.js';
import type { FieldProblem } from '../../error-summary/error-summary.js';
import { fill } from '../../locale/string-table.js';
import { may } from '../staff-desk-steps.js';
import type { WorkOrdersText } from './work-orders.strings.zh-CN.js';

/** The contract's ways a work order ends (WorkOrderResolution), in its order. */
export const RESOLUTIONS = ['answered', 'referred', 'withdrawn', 'unreachable', 'duplicate'] as const satisfies readonly WorkOrderResolution[];

/** The longest answer the contract takes (StaffWorkOrder.answer.text). */
export const ANSWER_TEXT_MAX = 4000;

/** The longest reason for returning a work order to the hotline the contract takes (WorkOrderReturn.reason). */
export const RETURN_REASON_MAX = 500;

/** The queue's filters as staff set them; "" is any. */
export interface QueueFilters {
  status: WorkOrderStatus | '';
  overdue: boolean;
  center: string;
}

export const ANY_FILTERS: QueueFilters = { status: '', overdue: false, center: '' };

/** The list request of `filters` (the server sorts: earliest due first). */
export function queueQuery(filters: QueueFilters, cursor?: string): StaffWorkOrderQuery {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.center ? { center: filters.center } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** A center filter is offered to staff of several centers (or of every center), once there is more than one to choose. */
export const offersCenterFilter = (member: Pick<StaffMember, 'centers'>, centers: readonly unknown[]): boolean =>
  member.centers.length !== 1 && centers.length > 1;

export interface OrderActions {
  assign: boolean;
  reply: boolean;
  close: boolean;
  /** Send it back to the hotline (退回): the center it is at, while it waits for its answer. */
  return: boolean;
}

export const NO_ACTIONS: OrderActions = { assign: false, reply: false, close: false, return: false };

/**
 * What the member may do to `order` now: pass it on (route), answer it once,
 * close it, return it to the hotline from the center it is at (answer);
 * nothing once it is closed. One passed to no center yet is in the hands of
 * those who see every center.
 */
export function actionsFor(order: Pick<StaffWorkOrder, 'status' | 'center'>, member: Pick<StaffMember, 'permissions'>): OrderActions {
  if (order.status === 'closed') return NO_ACTIONS;
  const at = order.center ?? '';
  const answer = may(member, 'work-orders-answer', at);
  const waiting = order.status !== 'answered';
  return { assign: may(member, 'work-orders-route', at), reply: answer && waiting, close: answer, return: answer && waiting && order.center !== null };
}

/** The live count under a text of at most `max` characters: characters left, or how many too many. */
export function countLine(length: number, max: number, words: Pick<WorkOrdersText, 'remaining' | 'over'>): { over: boolean; line: string } {
  const left = max - length;
  return left < 0 ? { over: true, line: fill(words.over, { count: -left }) } : { over: false, line: fill(words.remaining, { count: left }) };
}

export type OrderAction = 'assign' | 'reply' | 'close' | 'return';

/** A text staff write (an answer, a reason): not only white space, at most `max` characters. */
function textProblems(value: string, max: number, field: string, required: string, tooLong: string): FieldProblem[] {
  if (!value.trim()) return [{ field, message: required }];
  if (questionLength(value) > max) return [{ field, message: fill(tooLong, { max }) }];
  return [];
}

/** What keeps an action from being sent: a center to pass it to, an answer of 1 to 4,000 characters, how it ended, a reason of 1 to 500. */
export function actionProblems(action: OrderAction, value: string, words: WorkOrdersText): FieldProblem[] {
  if (action === 'assign') return value ? [] : [{ field: 'assign-center', message: words.centerRequired }];
  if (action === 'close') return value ? [] : [{ field: 'close-resolution', message: words.resolutionRequired }];
  if (action === 'return') return textProblems(value, RETURN_REASON_MAX, 'return-reason', words.returnReasonRequired, words.returnReasonTooLong);
  return textProblems(value, ANSWER_TEXT_MAX, 'reply-text', words.replyRequired, words.replyTooLong);
}

/** A hotline call as the operator fills it in; in memory only, never in storage. */
export interface CallDraft {
  kind: WorkOrderKind | '';
  day: string;
  part: CallbackPart | '';
  topic: string;
  region: string;
  question: string;
  name: string;
  phone: string;
  /** The operator read the current notice to the caller, who agreed. */
  noticeRead: boolean;
}

export const EMPTY_CALL: CallDraft = { kind: '', day: '', part: '', topic: '', region: '', question: '', name: '', phone: '', noticeRead: false };

/** What keeps a call from being saved, each naming its field (the control's id), in the form's order. */
export function callProblems(draft: CallDraft, days: readonly string[], words: WorkOrdersText): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (ok: boolean, field: string, message: string) => { if (!ok) problems.push({ field, message }); };
  need(draft.kind !== '', 'call-kind', words.kindRequired);
  if (draft.kind === 'callback') {
    need(days.includes(draft.day), 'call-day', words.dayRequired);
    need(draft.part !== '', 'call-part', words.partRequired);
  }
  need(draft.topic !== '', 'call-topic', words.topicRequired);
  need(draft.region !== '', 'call-region', words.regionRequired);
  const question = questionTextProblem(draft.question);
  if (question) {
    const message = { required: words.questionRequired, length: fill(words.questionTooLong, { max: QUESTION_TEXT_MAX }), 'personal-data': words.questionPersonal }[question];
    problems.push({ field: 'call-question', message });
  }
  need(draft.name.trim() !== '', 'call-name', words.nameRequired);
  need(isMainlandMobile(draft.phone), 'call-phone', words.phoneInvalid);
  need(draft.noticeRead, 'call-consent', words.consentRequired);
  return problems;
}

/** The request a complete call makes, with the version of the notice read to the caller. */
export function callRequest(draft: CallDraft, noticeVersion: string): StaffWorkOrderRequest {
  return {
    kind: draft.kind as WorkOrderKind, topic: draft.topic, region: draft.region, text: draft.question.trim(),
    ...(draft.kind === 'callback' ? { callbackWindow: { date: draft.day, part: draft.part as CallbackPart } } : {}),
    contact: { name: draft.name.trim(), phone: normalizeMobile(draft.phone) ?? draft.phone },
    consent: { privacyNotice: noticeVersion, agreed: true, form: 'oral' },
  };
}

/** The form's field a refusal names (the contract's JSON pointers), to show beside it. */
const FIELD_OF_POINTER: [RegExp, string][] = [
  [/^\/kind/, 'call-kind'], [/^\/callbackWindow\/date/, 'call-day'], [/^\/callbackWindow/, 'call-part'], [/^\/topic/, 'call-topic'],
  [/^\/region/, 'call-region'], [/^\/text/, 'call-question'], [/^\/contact\/name/, 'call-name'], [/^\/contact/, 'call-phone'],
  [/^\/consent/, 'call-consent'],
];

/** The call form's fields a 400 names; none for any other refusal. */
export const refusedFields = (problem: ApiProblem): string[] => (problem.status === 400
  ? [...new Set(problem.fields.flatMap((pointer) => FIELD_OF_POINTER.find(([field]) => field.test(pointer))?.[1] ?? []))]
  : []);

/** An instant ("2026-09-01T09:00:00+08:00") as staff read it: the day and time in Asia/Shanghai. */
export const shanghaiTime = (instant: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
