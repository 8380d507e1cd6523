// The staff desk's rules as plain functions (tested in Node): which day is
// today at the centers, what each visit may be marked, what a refusal means,
// what a closure form asks, and how many residents a closure will tell.
import type { ClosureRequest, RosterEntry, StaffMember, StaffPermission } from '@plskit/sdk/staff';
import type { FieldProblem } from '../error-summary/error-summary.js';
import type { ClosureText } from './closure.strings.zh-CN.js';

/** The refusals the desk explains in words of their own (the contract's codes); anything else is the kit's failure text. */
export const MARK_REFUSALS = ['appointment-cancelled', 'not-visit-day', 'slot-not-started', 'closure-started', 'staff-token-expired',
  'staff-token-invalid', 'staff-token-missing', 'staff-forbidden', 'not-found'] as const;
export type MarkRefusal = (typeof MARK_REFUSALS)[number];

export const refusalOf = (code: string): MarkRefusal | undefined => (MARK_REFUSALS as readonly string[]).find((known) => known === code) as MarkRefusal | undefined;

/** Today's date (YYYY-MM-DD) where the centers are: Asia/Shanghai, whatever the computer's zone. */
export function centerToday(now: Date = new Date()): string {
  // from the parts, not a locale's pattern: en-CA is "2026-09-01" in Chromium but "09/01/2026" in WebKit
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type Mark = 'check-in' | 'no-show';

/**
 * The marks a visit may get at `now`: a no-show once its slot has begun; one
 * that came can be marked no more; a no-show by mistake can still be checked in.
 */
export function marksFor(entry: Pick<RosterEntry, 'status' | 'slot'>, now: Date = new Date()): Mark[] {
  if (entry.status === 'booked') return Date.parse(entry.slot.start) <= now.getTime() ? ['check-in', 'no-show'] : ['check-in'];
  if (entry.status === 'no-show') return ['check-in'];
  return [];
}

/** "08:30" from an API instant ("2026-09-01T08:30:00+08:00"): its wall clock in Asia/Shanghai. */
export const slotTime = (instant: string): string => instant.slice(11, 16);

/** What a closure form holds while staff fill it in. */
export interface ClosureDraft {
  /** "HH:MM", or "" for the day's start. */
  from: string;
  /** "HH:MM", or "" for the day's end. */
  to: string;
  reasonZh: string;
  reasonEn: string;
}

export const EMPTY_CLOSURE: ClosureDraft = { from: '', to: '', reasonZh: '', reasonEn: '' };

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What keeps a closure form from being sent; each problem names the field to fix (its id). */
export function closureProblems(draft: ClosureDraft, text: ClosureText): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const zh = draft.reasonZh.trim();
  const en = draft.reasonEn.trim();
  if (!zh) problems.push({ field: 'reason-zh', message: text.reasonZhMissing });
  else if (zh.length > 60) problems.push({ field: 'reason-zh', message: text.reasonZhLong });
  if (!en) problems.push({ field: 'reason-en', message: text.reasonEnMissing });
  else if (en.length > 120) problems.push({ field: 'reason-en', message: text.reasonEnLong });
  if (draft.from && !LOCAL_TIME.test(draft.from)) problems.push({ field: 'closed-from', message: text.timeInvalid });
  if (draft.to && !LOCAL_TIME.test(draft.to)) problems.push({ field: 'closed-to', message: text.timeInvalid });
  else if (draft.from && draft.to && LOCAL_TIME.test(draft.from) && draft.to <= draft.from) problems.push({ field: 'closed-to', message: text.toBeforeFrom });
  return problems;
}

/** The request a valid draft makes for `date`. */
export function closureRequest(date: string, draft: ClosureDraft): ClosureRequest {
  return {
    date,
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
    reason: { 'zh-CN': draft.reasonZh.trim(), en: draft.reasonEn.trim() },
  };
}

/**
 * How many residents a closure of `draft`'s time would tell, from the day's
 * roster: the bookings still expected whose slot overlaps it. The server's
 * reply (`cancelled`) is the count that holds; this is what staff confirm.
 */
export function residentsToTell(entries: readonly Pick<RosterEntry, 'status' | 'slot'>[], draft: Pick<ClosureDraft, 'from' | 'to'>): number {
  const from = draft.from || '00:00';
  const to = draft.to || '24:00';
  return entries.filter((entry) => entry.status === 'booked' && slotTime(entry.slot.start) < to && slotTime(entry.slot.end) > from).length;
}

/** Whether the member's grants allow `permission` at `center`. */
export function may(member: Pick<StaffMember, 'permissions'>, permission: StaffPermission, center: string): boolean {
  return member.permissions.some((grant) => grant.permission === permission && (grant.allCenters || grant.centers.includes(center)));
}
