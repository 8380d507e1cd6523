// The desk's requests, from the SDK's staff entry only ('@plskit/sdk/staff',
// which no resident widget imports). Every call carries the host's bearer
// token, asked for at call time so a token the host's OIDC client refreshed
// is used at once; the desk never keeps one. Nothing it brings is cached:
// rosters hold residents' contact details.
import {
  createClosuresResource, createRosterResource, createStaffMemberResource, withAccessToken,
  type AccessTokenSource, type Closure, type ClosureRequest, type Roster, type RosterEntry, type StaffBookingRequest, type StaffMember,
} from '@plskit/sdk/staff';
import { createServiceCentersResource, type ServiceCenter } from '@plskit/sdk';
import { callApi, type CallOptions, type Connection } from '../api/connection.js';

export type { Closure, ClosureRequest, Roster, RosterEntry, ServiceCenter, StaffBookingRequest, StaffMember };

/** A center id's county: "sc-370811-01" is a station of 370811. */
const countyOf = (center: string): string => center.slice(3, 9);

export interface StaffRequests {
  member(call?: CallOptions): Promise<StaffMember>;
  /** The member's centers with their names (public data, asked without the token); every center for those who see all. */
  centers(member: StaffMember, call?: CallOptions): Promise<ServiceCenter[]>;
  roster(center: string, date: string, call?: CallOptions): Promise<Roster>;
  checkIn(reference: string, call?: CallOptions): Promise<RosterEntry>;
  noShow(reference: string, call?: CallOptions): Promise<RosterEntry>;
  close(center: string, closure: ClosureRequest, call?: CallOptions): Promise<Closure>;
  /** The closures in force on `date`. */
  closures(center: string, date: string, call?: CallOptions): Promise<Closure[]>;
  reopen(center: string, closure: string, call?: CallOptions): Promise<Closure>;
  /** A visit booked for a caller; one attempt's Idempotency-Key is made by the caller and sent again on every retry of it. */
  bookForCaller(request: StaffBookingRequest, idempotencyKey: string, call?: CallOptions): Promise<RosterEntry>;
}

export function staffRequests({ transport }: Connection, token: AccessTokenSource): StaffRequests {
  const send = withAccessToken(transport, token);
  const member = createStaffMemberResource(send);
  const roster = createRosterResource(send);
  const closures = createClosuresResource(send);
  const directory = createServiceCentersResource(transport);
  return {
    member: (call) => callApi(() => member.get(call)),
    centers: (staff, call) => callApi(async () => {
      if (!staff.centers.length) {
        const every: ServiceCenter[] = [];
        for await (const center of directory.listAll({ limit: 100 }, call)) every.push(center);
        return every;
      }
      const counties = [...new Set(staff.centers.map(countyOf))];
      const pages = await Promise.all(counties.map((region) => directory.list({ region, limit: 100 }, call)));
      return pages.flatMap((page) => page.items).filter((center) => staff.centers.includes(center.id));
    }),
    roster: (center, date, call) => callApi(() => roster.get(center, date, call)),
    checkIn: (reference, call) => callApi(() => roster.checkIn(reference, call)),
    noShow: (reference, call) => callApi(() => roster.markNoShow(reference, call)),
    close: (center, closure, call) => callApi(() => closures.close(center, closure, call)),
    closures: (center, date, call) => callApi(async () => (await closures.list(center, { from: date }, call)).items.filter((closure) => closure.date === date)),
    reopen: (center, closure, call) => callApi(() => closures.reopen(center, closure, call)),
    bookForCaller: (request, idempotencyKey, call) => callApi(() => roster.bookForCaller(request, { ...call, idempotencyKey })),
  };
}
