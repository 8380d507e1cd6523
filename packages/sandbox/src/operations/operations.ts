// Every operation of the contract, by operationId.
import type { Clock } from '../clock.js';
import type { AppointmentStore } from '../store/appointment-store.js';
import type { DirectoryStore, ServiceCenterRow } from '../store/directory-store.js';
import type { PhoneVerificationStore } from '../store/phone-verification-store.js';
import type { ContactVault } from '../store/sealed-contact.js';
import type { StaffStore } from '../store/staff-store.js';
import type { StorageStatus } from '../store/storage-status.js';
import { appointmentOperations, type BookingRules, type ContactRules, type SlotCalendar } from './appointment-operations.js';
import { directoryOperations } from './directory-operations.js';
import { healthOperation } from './health-operation.js';
import { legalAidOperations } from './legal-aid-operations.js';
import type { HolidayCalendar, LegalAidRuleset, NotaryCatalogue, PrivacyNotice } from '@plskit/core';
import { notaryOperations } from './notary-operations.js';
import { servicePointOperations } from './service-point-operations.js';
import type { ContractOperations } from './operation.js';
import { phoneVerificationOperations, type PhoneVerificationSetting } from './phone-verification-operations.js';
import { workOrderOperations, type WorkOrderTerms } from './work-order-operations.js';
import type { WorkOrderStore } from '../store/work-order-store.js';
import { PRACTICE_AREA_CODES } from '../dataset/practice-areas.js';
import { JINING_DIVISIONS } from '../dataset/jining-divisions.js';
import { staffOperations } from './staff-operations.js';
import { staffWorkOrderOperations } from './staff-work-order-operations.js';

/** The legal engines and data of @plskit/core, as the operations use them. */
export interface DomainEngines {
  calendar: SlotCalendar;
  contactRules: ContactRules;
  legalAidRulesets: readonly LegalAidRuleset[];
  notary: NotaryCatalogue;
  openingHours(center: Pick<ServiceCenterRow, 'level' | 'hours'>): unknown;
  /** The notice a booking must have agreed to (its version). */
  privacyNotice: PrivacyNotice;
  /** The city's calendar (core's years and the operator's): work orders' time limits count its working days. */
  holidays: HolidayCalendar;
  workOrderTerms: WorkOrderTerms;
  /** The notice a work order must have agreed to. */
  workOrderPrivacyNotice: PrivacyNotice;
}

export interface OperationDependencies {
  directory: DirectoryStore;
  appointments: AppointmentStore;
  workOrders: WorkOrderStore;
  /** The centers' side: rosters, check-in, closures, the audit log. */
  staff: StaffStore;
  /** What storage can do now, for /v1/health (shared with the appointment store). */
  storage: StorageStatus;
  clock: Clock;
  engines: DomainEngines;
  verifications: PhoneVerificationStore;
  vault: ContactVault;
  /** How codes go out; undefined where numbers are not confirmed. */
  phoneVerification: PhoneVerificationSetting | undefined;
  /** Future bookings one number may hold; undefined: no limit. */
  maxActiveBookingsPerPhone: number | undefined;
  /** Work orders waiting for an answer one number may hold; undefined: no limit. */
  maxOpenWorkOrdersPerPhone: number | undefined;
  /** The hotline residents are told to call (PLSKIT_HOTLINE). */
  hotlineNumber: string;
}

export function createOperations(deps: OperationDependencies): ContractOperations {
  const { directory, appointments, workOrders, staff, storage, clock, engines, verifications, vault, phoneVerification } = deps;
  const bookingRules: BookingRules = { phoneVerification: phoneVerification !== undefined, maxActivePerPhone: deps.maxActiveBookingsPerPhone, hotlineNumber: deps.hotlineNumber };
  const workOrderDependencies = {
    workOrders, holidays: engines.holidays, terms: engines.workOrderTerms, contactRules: engines.contactRules,
    privacyNotice: engines.workOrderPrivacyNotice, topics: new Set(PRACTICE_AREA_CODES),
    regions: new Set(JINING_DIVISIONS.map((division) => division.code)), vault,
    rules: { phoneVerification: bookingRules.phoneVerification, maxOpenPerPhone: deps.maxOpenWorkOrdersPerPhone, hotlineNumber: deps.hotlineNumber },
  };
  return {
    getHealth: healthOperation(directory, storage, clock),
    ...directoryOperations({ directory, clock, openingHours: engines.openingHours }),
    ...legalAidOperations(engines.legalAidRulesets),
    ...notaryOperations(engines.notary),
    ...servicePointOperations({ directory, openingHours: engines.openingHours }),
    ...appointmentOperations({
      directory, appointments, clock, calendar: engines.calendar, contactRules: engines.contactRules,
      privacyNotice: engines.privacyNotice, closures: (center, from, to) => staff.closures(center, from, to), bookingRules, vault,
    }),
    ...workOrderOperations(workOrderDependencies),
    ...staffOperations({ directory, staff }),
    ...staffWorkOrderOperations({ ...workOrderDependencies, directory }),
    ...phoneVerificationOperations({ verifications, setting: phoneVerification }),
  };
}
