// Legal-aid rules and eligibility checks: the ruleset is served verbatim and
// evaluated by @plskit/core, the same engine the browser runs on the same data.
import { evaluateEligibility, type EligibilityInput, type LegalAidRuleset } from '@plskit/core';
import { fieldMessage } from '../http/validation-errors.js';
import { ProblemError, type OperationHandler } from './operation.js';

export function legalAidOperations(rulesets: readonly LegalAidRuleset[]): Record<string, OperationHandler> {
  const rulesetFor = (region: string) => rulesets.find((ruleset) => ruleset.regions.includes(region));
  return {
    getLegalAidRules: ({ query }) => {
      const ruleset = rulesetFor(query.region as string);
      if (!ruleset) throw new ProblemError(404, 'not-found');
      return { status: 200, body: ruleset };
    },
    checkEligibility: ({ body, locale }) => {
      const input = body as EligibilityInput;
      const ruleset = rulesetFor(input.region);
      if (!ruleset) {
        throw new ProblemError(400, 'validation-failed', [{ field: '/region', code: 'not-covered', message: fieldMessage('invalid', locale) }]);
      }
      return { status: 200, body: evaluateEligibility(ruleset, input) };
    },
  };
}
