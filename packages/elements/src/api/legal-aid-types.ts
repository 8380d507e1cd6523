// The legal-aid shapes the elements read. The ruleset and the eligibility check
// are core's own types: the browser evaluates with the same code and data the
// server does. Service centers are the contract's, through the SDK.
export type {
  EligibilityInput, EligibilityOutcome, EligibilityResult, LegalAidRuleset, MeansTest, QuestionId, ServiceCode,
} from '@plskit/core';
export type { ServiceCenter, ServiceCenterLevel, ServiceCenterQuery } from '@plskit/sdk';
