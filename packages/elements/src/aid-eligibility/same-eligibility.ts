import type { EligibilityResult } from '@plskit/core';

/**
 * Whether the server's answer says the same as the browser's: compared by
 * codes (outcome, means test, reasons, steps, documents, ruleset version), not
 * by text or key order, so a server on a newer build that words things better
 * is not reported as a mismatch.
 */
export function sameEligibility(a: EligibilityResult, b: EligibilityResult): boolean {
  const codes = (result: EligibilityResult) => JSON.stringify([
    result.outcome, result.meansTest, result.missing, result.reasons.map((r) => r.code), result.nextSteps.map((s) => s.code),
    result.documents.map((d) => d.code), result.decisionTime?.days ?? null, result.ruleset.id, result.ruleset.version,
  ]);
  return codes(a) === codes(b);
}
