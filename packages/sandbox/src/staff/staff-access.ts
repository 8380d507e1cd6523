// Who may do what where, as functions of plain values: the roles of a token
// grant permissions, each on the member's own centers or on every center.
// The operations ask `allows` before they read or change anything (PIPL
// Art 51: access to personal data limited to those whose work needs it).
import type { components } from '../generated/contract.js';

export type StaffRole = components['schemas']['StaffRole'];
export type StaffPermission = components['schemas']['StaffPermission'];
export type StaffGrant = components['schemas']['StaffGrant'];

export const STAFF_ROLES: readonly StaffRole[] = ['center-staff', 'hotline-operator', 'supervisor'];

/** A staff member as their verified token names them; nothing of theirs is stored but the `sub` in audit events. */
export interface StaffMember {
  sub: string;
  name?: string;
  roles: StaffRole[];
  /** The centers a center-staff member works at (the `centers` claim). */
  centers: string[];
}

type Scope = 'own-centers' | 'all-centers';

/**
 * What each role may do, and where: center staff at their own centers (work orders passed to them); the hotline
 * reads every center's roster, routes and answers work orders and books for callers; supervisors do everything everywhere.
 */
const ROLE_GRANTS: Record<StaffRole, readonly [StaffPermission, Scope][]> = {
  'center-staff': [
    ['roster-read', 'own-centers'], ['appointments-mark', 'own-centers'], ['closures-write', 'own-centers'],
    ['work-orders-read', 'own-centers'], ['work-orders-answer', 'own-centers'],
  ],
  'hotline-operator': [
    ['roster-read', 'all-centers'], ['work-orders-read', 'all-centers'], ['work-orders-route', 'all-centers'], ['work-orders-answer', 'all-centers'],
    ['appointments-book', 'all-centers'],
  ],
  supervisor: [
    ['roster-read', 'all-centers'], ['appointments-mark', 'all-centers'], ['closures-write', 'all-centers'], ['audit-read', 'all-centers'],
    ['work-orders-read', 'all-centers'], ['work-orders-route', 'all-centers'], ['work-orders-answer', 'all-centers'],
    ['appointments-book', 'all-centers'],
  ],
};

const PERMISSIONS: readonly StaffPermission[] = [
  'roster-read', 'appointments-mark', 'closures-write', 'audit-read', 'work-orders-read', 'work-orders-route', 'work-orders-answer',
  'appointments-book',
];

/** Every permission the member's roles grant, on every center if any role grants it so. */
export function grantsOf(member: StaffMember): StaffGrant[] {
  return PERMISSIONS.flatMap((permission): StaffGrant[] => {
    const scopes = member.roles.flatMap((role) => ROLE_GRANTS[role].filter(([p]) => p === permission).map(([, scope]) => scope));
    if (scopes.length === 0) return [];
    if (scopes.includes('all-centers')) return [{ permission, allCenters: true, centers: [] }];
    return member.centers.length ? [{ permission, allCenters: false, centers: [...member.centers] }] : [];
  });
}

/** Whether the member may do `permission` (at `center`, for a permission on centers). */
export function allows(member: StaffMember, permission: StaffPermission, center?: string): boolean {
  const grant = grantsOf(member).find((g) => g.permission === permission);
  if (!grant) return false;
  return grant.allCenters || center === undefined || grant.centers.includes(center);
}
