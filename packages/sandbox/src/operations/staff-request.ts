// What every staff operation asks first: the member the pipeline verified,
// what their audit events record, and whether their roles allow the act.
import { shanghaiDateTime } from '@plskit/core';
import type { StaffAction } from '../store/staff-store.js';
import { allows, type StaffMember, type StaffPermission } from '../staff/staff-access.js';
import { forbidden } from '../staff/staff-challenge.js';

/** The verified member of a staff request, and what its audit events record. */
export function staffOf(request: { operationId: string; staff?: StaffMember; clientPseudonym?: string; now: Date }): { member: StaffMember; action: StaffAction } {
  const member = request.staff;
  // the pipeline verifies every staff operation's token: a handler without one is a wiring fault
  if (!member) throw new Error(`staff operation ${request.operationId} reached without a verified member`);
  return { member, action: { actor: member.sub, client: request.clientPseudonym ?? 'unknown', at: shanghaiDateTime(request.now) } };
}

export function requireGrant(member: StaffMember, permission: StaffPermission, center?: string): void {
  if (!allows(member, permission, center)) throw forbidden();
}
