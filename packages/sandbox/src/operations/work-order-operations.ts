// A resident's legal question or call-back request (a work order): its notice,
// its time limits, making one, and following it with the manage token. Due
// dates are core's working days on the city's calendar, the same code the
// browser runs; the question and the contact never leave in a log, an event or
// an error: a refusal names the field, never its value.
import {
  callbackDays, isOverdue, questionTextProblem, shanghaiDate, shanghaiDateTime, workOrderDueBy,
  type HolidayCalendar, type Locale, type PrivacyNotice, type WorkOrderDueDays,
} from '@plskit/core';
import type { components } from '../generated/contract.js';
import { latestAnswer } from '../store/work-order-decisions.js';
import type { ContactVault } from '../store/sealed-contact.js';
import type { CreateOutcome, StoredWorkOrder, WorkOrderChannel, WorkOrderRequest, WorkOrderStore } from '../store/work-order-store.js';
import type { ContactRules } from './appointment-operations.js';
import { fieldMessage, type FieldError } from './field-error.js';
import { ProblemError, type ContractOperations, type OperationReply } from './operation.js';
import { header, idempotencyClaim, requireCurrentNotice } from './resident-request.js';

type WorkOrderView = components['schemas']['WorkOrder'];

export interface WorkOrderTerms {
  /** Working days per kind: the operator's (PLSKIT_WORK_ORDER_DUE_DAYS) or core's defaults. */
  dueDays: WorkOrderDueDays;
  /** True while the days are core's defaults, not a published local rule. */
  unverified: boolean;
}

/** What the operator asks of a work order's resident (PLSKIT_PHONE_VERIFICATION, PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE). */
export interface WorkOrderRules {
  /** A work order from the web carries a confirmed number's token (the privacy notice then says so); a hotline call does not. */
  phoneVerification: boolean;
  /** Work orders waiting for an answer one number may hold, web and hotline together; undefined: no limit. */
  maxOpenPerPhone: number | undefined;
  /** The hotline residents are told to call (PLSKIT_HOTLINE). */
  hotlineNumber: string;
}

export interface WorkOrderDependencies {
  workOrders: WorkOrderStore;
  /** The city's calendar: statutory holidays closed, make-up working days open (an operator's years included). */
  holidays: HolidayCalendar;
  terms: WorkOrderTerms;
  contactRules: ContactRules;
  /** The work-order notice a request must have agreed to (its version). */
  privacyNotice: PrivacyNotice;
  /** The practice-area codes GET /v1/practice-areas serves. */
  topics: ReadonlySet<string>;
  /** The county-level regions (and functional zones) of GET /v1/regions; the city as a whole is not a place to answer from. */
  regions: ReadonlySet<string>;
  /** Keys the idempotency record's hash of the body (it holds a name, a number and the question). */
  vault: ContactVault;
  rules: WorkOrderRules;
}

/**
 * The timeline as the API shows it: an answer's text is the `answer`, not the
 * timeline's. A return to the hotline shows the resident only that it is
 * passed on again; staff see which center returned it and why.
 */
export const timelineView = (w: StoredWorkOrder, seenBy: 'resident' | 'staff' = 'resident') => w.timeline.map((step) => {
  const { kind, at } = step;
  if (step.kind === 'returned') return seenBy === 'staff' ? { kind, at, center: step.center, reason: step.reason } : { kind, at };
  return { kind, at, ...('center' in step ? { center: step.center } : {}), ...('resolution' in step ? { resolution: step.resolution } : {}) };
});

/** A resident's request or a hotline call's, which has no phoneVerification. */
type WorkOrderBody = Omit<components['schemas']['WorkOrderRequest'], 'consent'>;

/** Every field a request (a resident's or a hotline call's) gets wrong, by name: corrected all at once. */
function requestProblems(deps: WorkOrderDependencies, body: WorkOrderBody, now: Date, locale: Locale): FieldError[] {
  const { topics, regions, contactRules, terms, holidays } = deps;
  const wrong: [string, string][] = [];
  const text = questionTextProblem(body.text);
  if (text) wrong.push(['/text', text]);
  if (!topics.has(body.topic)) wrong.push(['/topic', 'not-found']);
  if (!regions.has(body.region)) wrong.push(['/region', 'not-found']);
  if (body.contact.name.trim() === '') wrong.push(['/contact/name', 'required']);
  if (!contactRules.isValidPhone(body.contact.phone)) wrong.push(['/contact/phone', 'invalid']);
  if (body.kind === 'callback' && !body.callbackWindow) wrong.push(['/callbackWindow', 'required']);
  if (body.kind === 'question' && body.callbackWindow) wrong.push(['/callbackWindow', 'not-allowed']);
  if (body.kind === 'callback' && body.callbackWindow && !callbackDays(shanghaiDate(now), terms.dueDays, holidays).includes(body.callbackWindow.date)) {
    wrong.push(['/callbackWindow/date', 'not-offered']);
  }
  return wrong.map(([field, code]) => ({ field, code, message: fieldMessage(code, locale) }));
}

/**
 * A request (a resident's or a hotline call's) checked — 400 naming every field
 * wrong, 409 for a notice not in force — as the store keeps it, due by its
 * kind's time limit on the city's calendar.
 */
export function checkedRequest(
  deps: WorkOrderDependencies, body: WorkOrderBody & { consent: { privacyNotice: string } }, channel: WorkOrderChannel, locale: Locale, now: Date,
): WorkOrderRequest {
  const wrong = requestProblems(deps, body, now, locale);
  if (wrong.length) throw new ProblemError(400, 'validation-failed', wrong);
  requireCurrentNotice(deps.privacyNotice, body.consent.privacyNotice, locale);
  const { rules } = deps;
  // a caller speaks with the operator, who takes the number: only the web's work orders carry a texted code
  const confirming = channel === 'web' && rules.phoneVerification;
  const phoneVerification = confirming ? body.phoneVerification : undefined;
  if (confirming && phoneVerification === undefined) throw new ProblemError(403, 'phone-verification-required');
  const callbackWindow = body.callbackWindow ?? null;
  return {
    kind: body.kind, channel, topic: body.topic, region: body.region, callbackWindow, contact: body.contact, text: body.text,
    privacyNotice: body.consent.privacyNotice, locale, now: shanghaiDateTime(now),
    dueBy: workOrderDueBy({ kind: body.kind, callbackWindow }, shanghaiDate(now), deps.terms.dueDays, deps.holidays),
    ...(phoneVerification !== undefined ? { phoneVerification } : {}),
    // the limit is the number's, whichever channel asks for it
    ...(rules.maxOpenPerPhone !== undefined ? { maxOpenPerPhone: rules.maxOpenPerPhone } : {}),
  };
}

/** The refusal of one work order too many for a number: the limit, and what to do meanwhile. */
const workOrderLimitProblem = (max: number, hotlineNumber: string): ProblemError => new ProblemError(409, 'work-order-limit-reached', undefined, {
  'zh-CN': `这个手机号已有 ${max} 个等待答复的咨询，每个号码最多 ${max} 个。请等其中一个得到答复后再提交；如需撤回其中一个，请拨打 ${hotlineNumber} 并告知工单号。`,
  en: `This mobile number already has ${max} questions waiting for an answer, the most one number may have. Wait until one of them is answered before asking another, or call ${hotlineNumber} with its reference to withdraw one.`,
}, undefined, { limit: max });

/** What making a work order comes to, as the API answers it (a replay says so). */
export function createdReply(outcome: CreateOutcome, rules: WorkOrderRules): OperationReply {
  switch (outcome.kind) {
    case 'created': return { status: outcome.reply.status, body: outcome.reply.body };
    case 'replayed': return { status: outcome.reply.status, body: outcome.reply.body, headers: { 'Idempotent-Replayed': 'true' } };
    case 'idempotency-key-reused': throw new ProblemError(422, 'idempotency-key-reused');
    case 'phone-verification-invalid': throw new ProblemError(403, 'phone-verification-invalid');
    case 'work-order-limit-reached': throw workOrderLimitProblem(outcome.max, rules.hotlineNumber);
  }
}

/** A work order's request hashes apart from a booking's: one key cannot replay the other. */
const IDEMPOTENCY_SCOPE = 'work-order\n';

type WorkOrderOperationId = 'getWorkOrderPrivacyNotice' | 'getWorkOrderTimeLimits' | 'createWorkOrder' | 'getWorkOrder';

export function workOrderOperations(deps: WorkOrderDependencies): Pick<ContractOperations, WorkOrderOperationId> {
  const { workOrders, holidays, terms, contactRules, privacyNotice, vault } = deps;
  const { dueDays } = terms;

  /** What the resident sees: contact masked; the question only with the token (`withText`), never in the reply that makes it. */
  const view = (w: StoredWorkOrder, today: string, extra: { manageToken?: string; withText?: boolean }): WorkOrderView => {
    const answer = latestAnswer(w);
    return {
      reference: w.reference,
      ...(extra.manageToken ? { manageToken: extra.manageToken } : {}),
      kind: w.kind, channel: w.channel, status: w.status, topic: w.topic, region: w.region, center: w.centerId,
      ...(w.callbackWindow ? { callbackWindow: w.callbackWindow } : {}),
      ...(extra.withText ? { text: w.text } : {}),
      contact: { name: contactRules.maskName(w.contact.name), phone: contactRules.maskPhone(w.contact.phone) },
      dueBy: w.dueBy,
      overdue: isOverdue(w, today),
      timeline: timelineView(w),
      ...(answer ? { answer } : {}),
      ...(w.resolution ? { resolution: w.resolution } : {}),
      privacyNotice: w.privacyNotice,
      createdAt: w.createdAt,
    };
  };

  return {
    getWorkOrderPrivacyNotice: () => ({ status: 200, body: privacyNotice }),

    getWorkOrderTimeLimits: ({ now }) => {
      const today = shanghaiDate(now);
      const dueBy = workOrderDueBy({ kind: 'question' }, today, dueDays, holidays);
      const days = callbackDays(today, dueDays, holidays);
      return {
        status: 200,
        body: {
          today,
          question: { workingDays: dueDays.question, dueBy },
          callback: { workingDays: dueDays.callback, days },
          provisional: [dueBy, ...days].some((date) => holidays.dayStatus(date).provisional),
          unverified: terms.unverified,
        },
      };
    },

    createWorkOrder: async (request) => {
      const { body, locale, now } = request;
      const today = shanghaiDate(now);
      const outcome = await workOrders.create(
        checkedRequest(deps, body, 'web', locale, now),
        idempotencyClaim(request, vault, IDEMPOTENCY_SCOPE),
        (workOrder, manageToken) => ({ status: 201, body: view(workOrder, today, { manageToken }) }),
      );
      return createdReply(outcome, deps.rules);
    },

    getWorkOrder: async (request) => {
      const outcome = await workOrders.follow(request.params.reference, header(request, 'x-manage-token') ?? '');
      if (outcome.kind !== 'ok') throw new ProblemError(403, 'manage-token-invalid');
      return { status: 200, body: view(outcome.workOrder, shanghaiDate(request.now), { withText: true }) };
    },
  };
}
