// Legal-aid rules and eligibility checks: the ruleset is served verbatim and
// evaluated by @plskit/core, the same engine the browser runs on the same data.
import { evaluateEligibility, findRuleset, shanghaiDate, type EligibilityInput, type LegalAidRuleset } from '@plskit/core';
import { fieldMessage } from './field-error.js';
import { ProblemError, type ContractOperations } from './operation.js';

export function legalAidOperations(rulesets: readonly LegalAidRuleset[]): Pick<ContractOperations, 'getLegalAidRules' | 'checkEligibility'> {
  // core picks the version in force today, and a functional zone's parent city's rules
  const rulesetFor = (region: string, now: Date) => findRuleset(rulesets, region, shanghaiDate(now));
  return {
    getLegalAidRules: ({ query, now }) => {
      const ruleset = rulesetFor(query.region, now);
      if (!ruleset) throw new ProblemError(404, 'not-found');
      return { status: 200, body: ruleset };
    },
    checkEligibility: ({ body, locale, now }) => {
      // the contract's schema and core's input type describe the same document
      const input = body as unknown as EligibilityInput;
      const ruleset = rulesetFor(input.region, now);
      if (!ruleset) {
        throw new ProblemError(400, 'validation-failed', [{ field: '/region', code: 'not-covered', message: fieldMessage('invalid', locale) }]);
      }
      return { status: 200, body: evaluateEligibility(ruleset, input) };
    },
  };
}
