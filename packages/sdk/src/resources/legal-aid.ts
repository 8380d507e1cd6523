import { checkEligibility } from '../generated/replies/checkEligibility.js';
import { getLegalAidRules } from '../generated/replies/getLegalAidRules.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { EligibilityInput, EligibilityResult, LegalAidRuleset } from '../types.js';

/** Legal-aid rulesets and eligibility checks (Legal Aid Law 2021). */
export interface LegalAidResource {
  /** The ruleset in force in a region, verbatim, for evaluating answers with @plskit/core in the browser. */
  rules(region: string, call?: RequestOptions): Promise<LegalAidRuleset>;
  /** The authoritative outcome for the answers given so far (a POST: not retried automatically). */
  check(input: EligibilityInput, call?: RequestOptions): Promise<EligibilityResult>;
}

export const createLegalAidResource = (send: Transport): LegalAidResource => ({
  rules: (region, call) => send({ reply: getLegalAidRules, method: 'get', path: 'v1/legal-aid/rules', query: { region } }, call),
  check: (input, call) => send({ reply: checkEligibility, method: 'post', path: 'v1/legal-aid/eligibility-checks', body: input }, call),
});
