import { getStaffMember } from '../generated/replies/getStaffMember.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { StaffMember } from '../types.js';

/** Who the token names: roles, centers and what each permission covers. */
export interface StaffMemberResource {
  get(call?: RequestOptions): Promise<StaffMember>;
}

export function createStaffMemberResource(send: Transport): StaffMemberResource {
  return { get: (call) => send({ reply: getStaffMember, method: 'get', path: 'v1/staff/me' }, call) };
}
