// createStaffClient: the staff operations, every call with the host's bearer
// token. A separate entry point ('@plskit/sdk/staff'): residents' pages and
// the single-file browser build never carry it.
import { createTransport } from '../ky-transport.js';
import type { ClientOptions } from '../transport.js';
import { withAccessToken, type AccessTokenSource } from './access-token.js';
import { createAuditEventsResource, type AuditEventsResource } from './audit-events.js';
import { createClosuresResource, type ClosuresResource } from './closures.js';
import { createRosterResource, type RosterResource } from './roster.js';
import { createStaffMemberResource, type StaffMemberResource } from './staff-member.js';
import { createStaffWorkOrdersResource, type StaffWorkOrdersResource } from './work-orders.js';

export interface StaffClientOptions extends Omit<ClientOptions, 'apiKey'> {
  /** A token the host already holds; or use `getAccessToken`. */
  accessToken?: string;
  /** Asked before every call: the host's OIDC client answers, refreshing the token when it must. */
  getAccessToken?: () => string | Promise<string>;
}

export interface PlsStaffClient {
  me: StaffMemberResource;
  roster: RosterResource;
  closures: ClosuresResource;
  auditEvents: AuditEventsResource;
  workOrders: StaffWorkOrdersResource;
}

export function createStaffClient(options: StaffClientOptions): PlsStaffClient {
  if (!options.baseUrl) throw new TypeError('createStaffClient: baseUrl is required (the URL in front of /v1)');
  const source: AccessTokenSource | undefined = options.getAccessToken ?? options.accessToken;
  if (!source) throw new TypeError('createStaffClient: give accessToken or getAccessToken (the city identity provider\'s bearer token)');
  const send = withAccessToken(createTransport(options), source);
  return {
    me: createStaffMemberResource(send),
    roster: createRosterResource(send),
    closures: createClosuresResource(send),
    auditEvents: createAuditEventsResource(send),
    workOrders: createStaffWorkOrdersResource(send),
  };
}
