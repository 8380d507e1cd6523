// A verified token's claims as a staff member. Identity providers name
// claims their own way (Keycloak puts roles in `realm_access.roles`, others
// in `roles` or `groups`): the operator names the claim paths, dotted
// (docs/staff.md). Roles the API does not know are ignored; a token whose
// claims are missing or of the wrong type is refused like a bad signature.
import { STAFF_ROLES, type StaffMember, type StaffRole } from './staff-access.js';

export interface ClaimNames {
  /** Dotted path of the roles claim (default `roles`). */
  roles: string;
  /** Dotted path of the centers claim (default `centers`). */
  centers: string;
  /** Dotted path of the display name (default `name`). */
  name: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { roles: 'roles', centers: 'centers', name: 'name' };

const MAX_SUB_LENGTH = 255;
const MAX_CENTERS = 200;
const CENTER_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The value at a dotted path of the payload (a claim name with a dot in it is found whole first). */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (path in payload) return payload[path];
  let value: unknown = payload;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A list claim: an array, or a space-separated string as `scope` is (RFC 8693 §4.2). */
function listClaim(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return undefined;
}

/** The member the claims name, or undefined when they cannot name one. */
export function staffMemberOf(payload: Record<string, unknown>, names: ClaimNames = DEFAULT_CLAIM_NAMES): StaffMember | undefined {
  const { sub } = payload;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUB_LENGTH) return undefined;
  const roles = listClaim(claimAt(payload, names.roles));
  const centers = listClaim(claimAt(payload, names.centers));
  if (!roles || !centers || centers.length > MAX_CENTERS || !centers.every((id) => CENTER_ID.test(id))) return undefined;
  const name = claimAt(payload, names.name);
  return {
    sub,
    ...(typeof name === 'string' && name.trim() ? { name: name.trim().slice(0, 100) } : {}),
    roles: STAFF_ROLES.filter((role): role is StaffRole => roles.includes(role)),
    centers: [...new Set(centers)],
  };
}
