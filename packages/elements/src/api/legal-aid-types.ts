// The legal-aid and service-center shapes of the contract, as the elements read
// them. The ruleset and the eligibility check are core's own types: the browser
// evaluates with the same code and data the server does.
import type { OpeningHours, ServiceCode } from '@plskit/core';

export type {
  EligibilityInput, EligibilityOutcome, EligibilityResult, LegalAidRuleset, MeansTest, QuestionId, ServiceCode,
} from '@plskit/core';

export type ServiceCenterLevel = 'city' | 'county' | 'township' | 'branch';

/** A public legal service center or station: its public address, phone and hours. */
export interface ServiceCenter {
  id: string;
  name: string;
  level: ServiceCenterLevel;
  /** GB/T 2260 region code. */
  region: string;
  address: string;
  /** The center's public phone. */
  phone: string;
  hours: OpeningHours;
  services: ServiceCode[];
}

export interface ServiceCenterQuery {
  region?: string;
  level?: ServiceCenterLevel;
  service?: ServiceCode;
  limit?: number;
  cursor?: string;
}
