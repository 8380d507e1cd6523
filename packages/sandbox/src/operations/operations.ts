// Every operation of the contract, by operationId.
import type { Clock } from '../clock.js';
import type { AppointmentStore } from '../store/appointment-store.js';
import type { DirectoryStore, ServiceCenterRow } from '../store/directory-store.js';
import type { StorageStatus } from '../store/storage-status.js';
import { appointmentOperations, type ContactRules, type SlotCalendar } from './appointment-operations.js';
import { directoryOperations } from './directory-operations.js';
import { healthOperation } from './health-operation.js';
import { legalAidOperations } from './legal-aid-operations.js';
import type { LegalAidRuleset, NotaryCatalogue, PrivacyNotice } from '@plskit/core';
import { notaryOperations } from './notary-operations.js';
import { servicePointOperations } from './service-point-operations.js';
import type { ContractOperations } from './operation.js';

/** The legal engines and data of @plskit/core, as the operations use them. */
export interface DomainEngines {
  calendar: SlotCalendar;
  contactRules: ContactRules;
  legalAidRulesets: readonly LegalAidRuleset[];
  notary: NotaryCatalogue;
  openingHours(center: Pick<ServiceCenterRow, 'level' | 'hours'>): unknown;
  /** The notice a booking must have agreed to (its version). */
  privacyNotice: PrivacyNotice;
}

export interface OperationDependencies {
  directory: DirectoryStore;
  appointments: AppointmentStore;
  /** What storage can do now, for /v1/health (shared with the appointment store). */
  storage: StorageStatus;
  clock: Clock;
  engines: DomainEngines;
}

export function createOperations({ directory, appointments, storage, clock, engines }: OperationDependencies): ContractOperations {
  return {
    getHealth: healthOperation(directory, storage, clock),
    ...directoryOperations({ directory, clock, openingHours: engines.openingHours }),
    ...legalAidOperations(engines.legalAidRulesets),
    ...notaryOperations(engines.notary),
    ...servicePointOperations({ directory, openingHours: engines.openingHours }),
    ...appointmentOperations({
      directory, appointments, clock, calendar: engines.calendar, contactRules: engines.contactRules,
      privacyNotice: engines.privacyNotice,
    }),
  };
}
