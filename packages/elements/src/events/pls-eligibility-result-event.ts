import type { EligibilityOutcome, MeansTest } from '@plskit/core';

/** The outcome and codes only: never the answers (income, household, circumstances). */
export interface PlsEligibilityResultDetail {
  outcome: EligibilityOutcome;
  meansTest: MeansTest;
  /** Codes of the reasons, e.g. ["matter-support-payments", "means-test-passed"]. */
  reasonCodes: string[];
  rulesetId: string;
  rulesetVersion: string;
}

/** Fires when the result of <pls-aid-eligibility> settles (confirmed by the server, or worked out offline). */
export class PlsEligibilityResultEvent extends Event {
  static readonly eventName = 'pls-eligibility-result';
  constructor(readonly detail: PlsEligibilityResultDetail) {
    super(PlsEligibilityResultEvent.eventName, { bubbles: true, composed: true });
  }
}

