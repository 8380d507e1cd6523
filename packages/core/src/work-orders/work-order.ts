// A resident's legal question or call-back request as a work order (工单), in
// the model of 国办发〔2020〕53号: received, passed to a center, answered within
// a time limit, closed, the resident told. What the browser and the server
// both decide about one: what its text may hold, and whether it is overdue.
import { isValidResidentId } from '../identity/resident-id.js';

export const WORK_ORDER_KINDS = ['question', 'callback'] as const;
/** An answer in writing (by message), or a call back in a window the resident chose. */
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

export const WORK_ORDER_STATUSES = ['received', 'assigned', 'answered', 'closed'] as const;
/** Received; passed to a center (assigned); answered; closed. */
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const CALLBACK_PARTS = ['morning', 'afternoon'] as const;
export type CallbackPart = (typeof CALLBACK_PARTS)[number];

/** When the resident would like the call: a working day and a part of it. */
export interface CallbackWindow {
  date: string;
  part: CallbackPart;
}

/** The longest question, in characters. */
export const QUESTION_TEXT_MAX = 1000;

/**
 * A question's length as the contract counts it (JSON Schema maxLength:
 * Unicode code points), so the count a resident sees is the one the server applies.
 */
export const questionLength = (text: string): number => [...text].length;

/** What stops a question's text: nothing written, too long, or a resident ID number in it (PIPL Art 6: the question needs none). */
export type QuestionTextProblem = 'required' | 'length' | 'personal-data';

// 17 digits and a check character, standing alone (not inside a longer number)
const ID_NUMBER_LIKE = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;

export function questionTextProblem(text: string): QuestionTextProblem | undefined {
  if (text.trim() === '') return 'required';
  if (questionLength(text) > QUESTION_TEXT_MAX) return 'length';
  if ([...text.matchAll(ID_NUMBER_LIKE)].some(([candidate]) => isValidResidentId(candidate))) return 'personal-data';
  return undefined;
}

/** Overdue: not answered yet, and its last day (Asia/Shanghai) has passed. */
export function isOverdue(order: { status: WorkOrderStatus; dueBy: string }, today: string): boolean {
  return (order.status === 'received' || order.status === 'assigned') && today > order.dueBy;
}
