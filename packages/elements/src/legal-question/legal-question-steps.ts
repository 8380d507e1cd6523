// The question widget's steps as plain decisions, with no DOM and no
// requests: their order, where "back" leads, what each step asks before it
// lets the resident on, the request a draft makes, and what a refusal means
// (the question's own rules, in question-rules.ts, come with its view). The
// element and its controller act on these answers; the tests check them in Node.
import { isMainlandMobile, normalizeMobile, type CallbackPart, type WorkOrderKind } from '@plskit/core';
import type { ApiProblem } from '../api/api-problem.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import type { AnswerText } from './answer.strings.js';
import type { ContactText } from './contact.strings.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import { tokenRefused } from '../phone-code/token-refused.js';
import type { WorkOrderRequest } from './legal-question-requests.js';

/**
 * Asking takes six steps (the number's code, where the operator confirms
 * numbers, is part of the fourth); a manage link opens the seventh screen, following one.
 */
export type Step = 'topic' | 'question' | 'answer' | 'contact' | 'code' | 'check' | 'done' | 'follow';

/** The steps "step n of 6" counts, in order. */
export const ASKING_STEPS: readonly Step[] = ['topic', 'question', 'answer', 'contact', 'check', 'done'];

export function stepNumber(step: Step): number | undefined {
  const index = ASKING_STEPS.indexOf(step === 'code' ? 'contact' : step);
  return index === -1 ? undefined : index + 1;
}

/** Where "back" leads: the step before, none from the first, the confirmation or a followed question. */
export function backTarget(step: Step): Step | undefined {
  if (step === 'code') return 'contact';
  const index = ASKING_STEPS.indexOf(step);
  return index > 0 && step !== 'done' ? ASKING_STEPS[index - 1] : undefined;
}

/** What the resident has chosen and typed; kept in memory only, never in storage. */
export interface QuestionDraft {
  topic: string | undefined;
  region: string | undefined;
  text: string;
  kind: WorkOrderKind | undefined;
  callbackDate: string | undefined;
  callbackPart: CallbackPart | undefined;
  name: string;
  phone: string;
  consent: boolean;
}

export const EMPTY_DRAFT: QuestionDraft = {
  topic: undefined, region: undefined, text: '', kind: undefined, callbackDate: undefined, callbackPart: undefined, name: '', phone: '', consent: false,
};

/** Once asked, and on every start again, what the resident typed is gone (a shared kiosk never shows it to the next person); where they are stays. */
export const forgetPersonal = (draft: QuestionDraft): QuestionDraft => ({ ...EMPTY_DRAFT, region: draft.region });

/** A topic, and one of the counties offered (a page's region may be the city as a whole, which answers no question itself). */
export function topicProblems(draft: QuestionDraft, regions: readonly { code: string }[], text: LegalQuestionText): FieldProblem[] {
  return [
    ...(draft.topic ? [] : [{ field: 'topic-list', message: text.chooseTopic }]),
    ...(regions.some((region) => region.code === draft.region) ? [] : [{ field: 'region', message: text.chooseRegion }]),
  ];
}

/** A kind; for a call-back, one of the days offered and a part of it. */
export function answerProblems(draft: QuestionDraft, days: readonly string[], text: AnswerText): FieldProblem[] {
  if (!draft.kind) return [{ field: 'kind-list', message: text.chooseKind }];
  if (draft.kind === 'question') return [];
  return [
    ...(draft.callbackDate && days.includes(draft.callbackDate) ? [] : [{ field: 'day-list', message: text.chooseDay }]),
    ...(draft.callbackPart ? [] : [{ field: 'part-list', message: text.choosePart }]),
  ];
}

export function contactProblems(draft: QuestionDraft, text: ContactText): FieldProblem[] {
  return [
    ...(draft.name.trim() ? [] : [{ field: 'name', message: text.nameRequired }]),
    ...(isMainlandMobile(draft.phone) ? [] : [{ field: 'phone', message: text.phoneInvalid }]),
    ...(draft.consent ? [] : [{ field: 'consent', message: text.consentRequired }]),
  ];
}

/** The work order a complete draft asks for, under the notice version agreed to, with the number's confirmation where it is asked. */
export function workOrderRequest(draft: QuestionDraft, noticeVersion: string, phoneVerification?: string): WorkOrderRequest {
  return {
    kind: draft.kind!, topic: draft.topic!, region: draft.region!, text: draft.text.trim(),
    ...(draft.kind === 'callback' ? { callbackWindow: { date: draft.callbackDate!, part: draft.callbackPart! } } : {}),
    contact: { name: draft.name.trim(), phone: normalizeMobile(draft.phone) ?? draft.phone },
    consent: { privacyNotice: noticeVersion, agreed: true },
    ...(phoneVerification ? { phoneVerification } : {}),
  };
}

/** The step whose field a refusal names (`/callbackWindow/date` is the answer step's). */
const STEP_OF_FIELD: [RegExp, Step][] = [
  [/^\/(topic|region)/, 'topic'], [/^\/text/, 'question'], [/^\/callbackWindow/, 'answer'], [/^\/(contact|consent)/, 'contact'],
];

/**
 * What a refused or lost request means: the notice changed (read and agree
 * again), a field must change on its step (a call-back day that is no longer
 * offered, say), the number already has as many questions waiting as one may
 * (wait for an answer, or withdraw one), the number's confirmation expired or
 * is missing (confirm it again), the question is gone or its link no longer
 * works, the server asked to wait (try again after Retry-After), or it failed
 * otherwise.
 */
export type Refusal =
  | { kind: 'notice-changed' } | { kind: 'fix'; step: Step } | { kind: 'limit-reached' } | { kind: 'phone-unconfirmed' } | { kind: 'lost' }
  | { kind: 'wait'; seconds: number } | { kind: 'failed' };

export function refusal(problem: ApiProblem): Refusal {
  if (tokenRefused(problem)) return { kind: 'phone-unconfirmed' };
  if (problem.code === 'privacy-notice-outdated') return { kind: 'notice-changed' };
  if (problem.code === 'work-order-limit-reached') return { kind: 'limit-reached' };
  if (problem.code === 'manage-token-invalid' || problem.code === 'not-found') return { kind: 'lost' };
  const step = STEP_OF_FIELD.find(([field]) => problem.fields.some((name) => field.test(name)))?.[1];
  if (problem.status === 400 && step) return { kind: 'fix', step };
  if ((problem.status === 429 || problem.status === 503) && problem.retryAfter !== undefined) return { kind: 'wait', seconds: problem.retryAfter };
  return { kind: 'failed' };
}
