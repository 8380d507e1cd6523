// Work orders on the staff side: the hotline records a call, passes a work
// order to a center, and answers or closes it; center staff answer those
// passed to their centers. Lists show the contact masked and no question;
// opening one shows them in full and is an audit event. Who may act is
// decided on the row the store's transaction reads, so a work order passed
// to another center in between is refused, never changed by the wrong hands.
// A center sends one it should not answer back to the hotline (退回) with a
// reason staff read; the resident only sees it passed on again.
import { isOverdue, shanghaiDate } from '@plskit/core';
import type { components } from '../generated/contract.js';
import type { DirectoryStore } from '../store/directory-store.js';
import { latestAnswer } from '../store/work-order-decisions.js';
import type { ChangeOutcome, StaffTurn, StoredWorkOrder } from '../store/work-order-store.js';
import { allows, type StaffMember, type StaffPermission } from '../staff/staff-access.js';
import { forbidden } from '../staff/staff-challenge.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { ProblemError, type ContractOperations, type OperationReply } from './operation.js';
import { idempotencyClaim, invalidField } from './resident-request.js';
import { requireGrant, staffOf } from './staff-request.js';
import { checkedRequest, createdReply, timelineView, type WorkOrderDependencies } from './work-order-operations.js';

type StaffWorkOrderView = components['schemas']['StaffWorkOrder'];
type StaffWorkOrderOperationId = 'listStaffWorkOrders' | 'createStaffWorkOrder' | 'getStaffWorkOrder' | 'assignWorkOrder' | 'replyWorkOrder' | 'closeWorkOrder'
  | 'returnWorkOrder';

const DEFAULT_LIMIT = 20;

/** A staff member's call hashes apart from a resident's request and from another operator's: keys are per operator. */
const idempotencyScope = (member: StaffMember): string => `hotline-work-order\n${member.sub}\n`;

/** The work order as staff see it once opened: the question and the contact in full, and how consent was given. */
function staffView(w: StoredWorkOrder, today: string): StaffWorkOrderView {
  const answer = latestAnswer(w);
  return {
    reference: w.reference, kind: w.kind, channel: w.channel, status: w.status, topic: w.topic, region: w.region, center: w.centerId,
    ...(w.callbackWindow ? { callbackWindow: w.callbackWindow } : {}),
    text: w.text, contact: { name: w.contact.name, phone: w.contact.phone },
    // a hotline work order is made only by an operator, for a caller who agreed on the call
    consent: { privacyNotice: w.privacyNotice, form: w.channel === 'hotline' ? 'oral' : 'online' },
    dueBy: w.dueBy, overdue: isOverdue(w, today), timeline: timelineView(w, 'staff'),
    ...(answer ? { answer } : {}), ...(w.resolution ? { resolution: w.resolution } : {}),
    createdAt: w.createdAt, updatedAt: w.updatedAt,
  };
}

/** No center's id: what only a grant on every center allows. */
const NO_CENTER = '';

/** May `member` do `permission` on this work order: at the center it is passed to; one passed to none, only those who see every center. */
const onOrder = (member: StaffMember, permission: StaffPermission) => (order: StoredWorkOrder): boolean =>
  allows(member, permission, order.centerId ?? NO_CENTER);

/** A queue cursor's position, "YYYY-MM-DD-GD-XXXX-XXXX" (the last item's due date and reference); null when it is not one. */
function queuePosition(position: string | undefined): { dueBy: string; reference: string } | undefined | null {
  if (position === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})-(GD-[0-9A-Z]{4}-[0-9A-Z]{4})$/.exec(position);
  return match ? { dueBy: match[1]!, reference: match[2]! } : null;
}

export interface StaffWorkOrderDependencies extends WorkOrderDependencies {
  directory: DirectoryStore;
}

export function staffWorkOrderOperations(deps: StaffWorkOrderDependencies): Pick<ContractOperations, StaffWorkOrderOperationId> {
  const { workOrders, directory } = deps;

  /** Who acts, and that they may: checked on the order the store reads in its transaction. */
  const turn = (request: Parameters<typeof staffOf>[0], permission: StaffPermission): StaffTurn => {
    const { member, action } = staffOf(request);
    requireGrant(member, permission);
    return { action, may: onOrder(member, permission) };
  };

  const changed = (outcome: ChangeOutcome, today: string): OperationReply => {
    switch (outcome.kind) {
      case 'ok': return { status: 200, body: staffView(outcome.workOrder, today) };
      case 'not-found': throw new ProblemError(404, 'not-found');
      case 'forbidden': throw forbidden();
      default: throw new ProblemError(409, outcome.kind);
    }
  };

  return {
    listStaffWorkOrders: async (request) => {
      const { member } = staffOf(request);
      requireGrant(member, 'work-orders-read');
      const { query, locale } = request;
      const everywhere = allows(member, 'work-orders-read', NO_CENTER);
      if (query.center && !allows(member, 'work-orders-read', query.center)) throw forbidden();
      const after = queuePosition(decodeCursor(query.cursor, locale));
      if (after === null) throw invalidField(locale, 'cursor', 'invalid');
      const limit = query.limit ?? DEFAULT_LIMIT;
      const page = await workOrders.list({
        today: shanghaiDate(request.now), limit,
        ...(query.status ? { status: query.status } : {}), ...(query.center ? { center: query.center } : {}),
        ...(query.overdue !== undefined ? { overdue: query.overdue } : {}),
        ...(everywhere ? {} : { centers: member.centers }),
        ...(after ? { after } : {}),
      });
      return {
        status: 200,
        body: {
          items: page.items.map(({ centerId, callbackWindow, ...item }) => ({ ...item, center: centerId, ...(callbackWindow ? { callbackWindow } : {}) })),
          total: page.total,
          nextCursor: encodeCursor(page.next ? `${page.next.dueBy}-${page.next.reference}` : null),
        },
      };
    },

    createStaffWorkOrder: async (request) => {
      const { member, action } = staffOf(request);
      requireGrant(member, 'work-orders-route');
      const { body, locale, now } = request;
      const today = shanghaiDate(now);
      return createdReply(await workOrders.create(
        checkedRequest(deps, body, 'hotline', locale, now),
        idempotencyClaim(request, deps.vault, idempotencyScope(member)),
        // the caller follows by calling again with the reference: the manage token is not read out
        (workOrder) => ({ status: 201, body: staffView(workOrder, today) }),
        action,
      ), deps.rules);
    },

    getStaffWorkOrder: async (request) => {
      const outcome = await workOrders.open(request.params.reference, turn(request, 'work-orders-read'));
      if (outcome.kind === 'not-found') throw new ProblemError(404, 'not-found');
      if (outcome.kind === 'forbidden') throw forbidden();
      return { status: 200, body: staffView(outcome.workOrder, shanghaiDate(request.now)) };
    },

    assignWorkOrder: async (request) => {
      const by = turn(request, 'work-orders-route');
      const { center } = request.body;
      if (!(await directory.serviceCenter(center))) throw invalidField(request.locale, '/center', 'not-found');
      return changed(await workOrders.assign(request.params.reference, center, by.action.at, by), shanghaiDate(request.now));
    },

    replyWorkOrder: async (request) => {
      const by = turn(request, 'work-orders-answer');
      if (request.body.text.trim() === '') throw invalidField(request.locale, '/text', 'required');
      return changed(await workOrders.reply(request.params.reference, request.body.text, by.action.at, by), shanghaiDate(request.now));
    },

    closeWorkOrder: async (request) => {
      const by = turn(request, 'work-orders-answer');
      return changed(await workOrders.close(request.params.reference, request.body.resolution, by.action.at, by), shanghaiDate(request.now));
    },

    returnWorkOrder: async (request) => {
      // those who may answer it where it is: the center that should not answer it hands it back
      const by = turn(request, 'work-orders-answer');
      if (request.body.reason.trim() === '') throw invalidField(request.locale, '/reason', 'required');
      return changed(await workOrders.returnToHotline(request.params.reference, request.body.reason, by.action.at, by), shanghaiDate(request.now));
    },
  };
}
