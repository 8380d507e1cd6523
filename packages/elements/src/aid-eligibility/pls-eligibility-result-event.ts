import type { EligibilityOutcome, MeansTest } from '@plskit/core';

/**
 * The outcome only: never the answers, nor the reasons, whose codes would name
 * the resident's circumstances, matter or role in a criminal case (sensitive
 * personal information, PIPL Art 28).
 */
export interface PlsEligibilityResultDetail {
  outcome: EligibilityOutcome;
  meansTest: MeansTest;
  rulesetId: string;
  rulesetVersion: string;
}

/** Fires when the result of <pls-aid-eligibility> settles (confirmed by the server, or worked out offline). */
export class PlsEligibilityResultEvent extends CustomEvent<PlsEligibilityResultDetail> {
  static readonly eventName = 'pls-eligibility-result';
  constructor(detail: PlsEligibilityResultDetail) {
    super(PlsEligibilityResultEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-eligibility-result': PlsEligibilityResultEvent;
  }
}
