// @plskit/sdk/staff: the centers' side of the API for staff apps (the day's
// visitors, check-in, closures, the audit log, work orders), every call with a bearer
// token from the city's identity provider. Its own entry point: a resident's
// page that imports '@plskit/sdk' never loads any of it.
export { createStaffClient, type PlsStaffClient, type StaffClientOptions } from './staff/staff-client.js';
export { withAccessToken, type AccessTokenSource } from './staff/access-token.js';
export { createStaffMemberResource, type StaffMemberResource } from './staff/staff-member.js';
export { createRosterResource, type RosterResource } from './staff/roster.js';
export { createClosuresResource, type ClosuresResource } from './staff/closures.js';
export { createAuditEventsResource, type AuditEventsResource } from './staff/audit-events.js';
export { createStaffWorkOrdersResource, type StaffWorkOrdersResource } from './staff/work-orders.js';
export type {
  AppointmentStatus, AuditAction, AuditEvent, AuditEventPage, AuditEventQuery, BookingChannel, Closure, ClosureList, ClosureReason,
  ClosureRequest, DayClosure, Roster, RosterEntry, StaffGrant, StaffMember, StaffPermission, StaffRole,
  StaffBookingRequest, StaffWorkOrder, StaffWorkOrderListItem, StaffWorkOrderPage, StaffWorkOrderQuery, StaffWorkOrderRequest, WorkOrderResolution,
} from './types.js';
