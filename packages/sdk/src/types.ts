// Friendly names for the contract's shapes. Every type here is derived from the
// generated `components`/`operations`, so a change to the yaml reaches callers.
import type { components, operations, webhooks } from './generated/schema.js';

type Schemas = components['schemas'];
type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

export type LocalizedText = Schemas['LocalizedText'];
export type LegalBasis = Schemas['LegalBasis'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

// directory
export type Region = Schemas['Region'];
export type RegionList = Schemas['RegionList'];
export type ServiceCode = Schemas['ServiceCode'];
export type ServiceCenterLevel = Schemas['ServiceCenterLevel'];
export type OpeningHours = Schemas['OpeningHours'];
export type ServiceCenter = Schemas['ServiceCenter'];
export type ServiceCenterPage = Schemas['ServiceCenterPage'];
export type ServiceCenterQuery = QueryOf<'listServiceCenters'>;
export type PracticeArea = Schemas['PracticeArea'];
export type PracticeAreaList = Schemas['PracticeAreaList'];
export type LawyerCategory = Schemas['LawyerCategory'];
export type Lawyer = Schemas['Lawyer'];
export type LawyerPage = Schemas['LawyerPage'];
export type LawyerQuery = QueryOf<'searchLawyers'>;
export type LawFirm = Schemas['LawFirm'];
export type LawFirmPage = Schemas['LawFirmPage'];
export type LawFirmQuery = QueryOf<'searchLawFirms'>;

// the whole network of service points
export type ServicePointKind = Schemas['ServicePointKind'];
export type ServicePointService = Schemas['ServicePointService'];
export type TownshipRef = Schemas['TownshipRef'];
export type GeoLocation = Schemas['GeoLocation'];
export type DutySession = Schemas['DutySession'];
export type AppraisalCategory = Schemas['AppraisalCategory'];
export type ServicePoint = Schemas['ServicePoint'];
export type ServicePointPage = Schemas['ServicePointPage'];
export type ServicePointQuery = QueryOf<'listServicePoints'>;

// legal aid
export type LegalAidRuleset = Schemas['LegalAidRuleset'];
export type LegalAidInterview = Schemas['LegalAidInterview'];
export type InterviewQuestion = Schemas['InterviewQuestion'];
export type CircumstanceRule = Schemas['CircumstanceRule'];
export type CriminalRoleRule = Schemas['CriminalRoleRule'];
export type MatterRule = Schemas['MatterRule'];
export type EconomicHardshipStandard = Schemas['EconomicHardshipStandard'];
export type LegalAidProcedure = Schemas['LegalAidProcedure'];
export type EligibilityInput = Schemas['EligibilityInput'];
export type EligibilityResult = Schemas['EligibilityResult'];
export type EligibilityOutcome = EligibilityResult['outcome'];
export type MeansTest = EligibilityResult['meansTest'];

// notary
export type NotaryMatterCode = Schemas['NotaryMatterCode'];
export type NotaryMatterSummary = Schemas['NotaryMatterSummary'];
export type NotaryMatterList = Schemas['NotaryMatterList'];
export type NotaryMatter = Schemas['NotaryMatter'];
export type ChecklistAnswers = Schemas['ChecklistAnswers'];
export type NotaryChecklistRequest = Schemas['NotaryChecklistRequest'];
export type NotaryChecklist = Schemas['NotaryChecklist'];
export type NotaryChecklistItem = Schemas['NotaryChecklistItem'];

// appointments
export type AvailabilityQuery = QueryOf<'getAvailability'>;
export type Availability = Schemas['Availability'];
export type AvailabilityDay = Schemas['AvailabilityDay'];
export type Slot = Schemas['Slot'];
export type BookingRequest = Schemas['BookingRequest'];
export type Appointment = Schemas['Appointment'];
export type PrivacyNotice = Schemas['PrivacyNotice'];
export type PhoneVerificationRequest = Schemas['PhoneVerificationRequest'];
export type PhoneVerification = Schemas['PhoneVerification'];
export type ConfirmedPhone = Schemas['ConfirmedPhone'];

// operations
export type Health = Schemas['Health'];

// work orders
export type WorkOrderKind = Schemas['WorkOrderKind'];
export type WorkOrderStatus = Schemas['WorkOrderStatus'];
export type CallbackWindow = Schemas['CallbackWindow'];
export type WorkOrderRequest = Schemas['WorkOrderRequest'];
export type WorkOrder = Schemas['WorkOrder'];
export type WorkOrderStep = Schemas['WorkOrderStep'];
export type WorkOrderTimeLimits = Schemas['WorkOrderTimeLimits'];

// webhooks: what the API sends (see verifyWebhook)
type WebhookBody<Name extends keyof webhooks> = webhooks[Name]['post']['requestBody']['content']['application/json'];
/** Every event type: `appointment.booked`, … */
export type WebhookEventType = Exclude<keyof webhooks, 'sms-notification'>;
/** An event, narrowed by its `type`: `if (event.type === 'appointment.rescheduled') event.data.previousSlot`. */
export type WebhookEvent<Type extends WebhookEventType = WebhookEventType> = { [Name in Type]: WebhookBody<Name> }[Type];
export type EventAppointment = Schemas['EventAppointment'];
export type EventWorkOrder = Schemas['EventWorkOrder'];
/** A resident's text message, as the city's SMS gateway receives it. */
export type SmsNotification = Schemas['SmsNotification'];

// staff (the '@plskit/sdk/staff' entry)
export type AppointmentStatus = Schemas['AppointmentStatus'];
export type BookingChannel = Schemas['BookingChannel'];
export type StaffRole = Schemas['StaffRole'];
export type StaffPermission = Schemas['StaffPermission'];
export type StaffGrant = Schemas['StaffGrant'];
export type StaffMember = Schemas['StaffMember'];
export type RosterEntry = Schemas['RosterEntry'];
export type Roster = Schemas['Roster'];
export type ClosureReason = Schemas['ClosureReason'];
export type ClosureRequest = Schemas['ClosureRequest'];
export type Closure = Schemas['Closure'];
export type ClosureList = Schemas['ClosureList'];
export type DayClosure = Schemas['DayClosure'];
export type AuditAction = Schemas['AuditAction'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditEventPage = Schemas['AuditEventPage'];
export type AuditEventQuery = QueryOf<'listAuditEvents'>;
export type WorkOrderResolution = Schemas['WorkOrderResolution'];
export type StaffWorkOrderRequest = Schemas['StaffWorkOrderRequest'];
export type StaffWorkOrder = Schemas['StaffWorkOrder'];
export type StaffWorkOrderListItem = Schemas['StaffWorkOrderListItem'];
export type StaffWorkOrderPage = Schemas['StaffWorkOrderPage'];
export type StaffWorkOrderQuery = QueryOf<'listStaffWorkOrders'>;
export type StaffBookingRequest = Schemas['StaffBookingRequest'];

/** One page of a cursor-paged list. */
export interface Page<Item> {
  items: Item[];
  total: number;
  nextCursor: string | null;
}
