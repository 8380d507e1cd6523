// Legal-aid rules and eligibility checks: the ruleset is served verbatim and
// evaluated by @plskit/core, the same engine the browser runs on the same data.
import { evaluateEligibility, findRuleset, shanghaiDate, type EligibilityInput, type LegalAidRuleset } from '@plskit/core';
import { fieldMessage } from '../http/validation-errors.js';
import { ProblemError, type OperationHandler } from './operation.js';

export function legalAidOperations(rulesets: readonly LegalAidRuleset[]): Record<string, OperationHandler> {
  // core picks the version in force today, and a functional zone's parent city's rules
  const rulesetFor = (region: string, now: Date) => findRuleset(rulesets, region, shanghaiDate(now));
  return {
    getLegalAidRules: ({ query, now }) => {
      const ruleset = rulesetFor(query.region as string, now);
      if (!ruleset) throw new ProblemError(404, 'not-found');
      return { status: 200, body: ruleset };
    },
    checkEligibility: ({ body, locale, now }) => {
      const input = body as EligibilityInput;
      const ruleset = rulesetFor(input.region, now);
      if (!ruleset) {
        throw new ProblemError(400, 'validation-failed', [{ field: '/region', code: 'not-covered', message: fieldMessage('invalid', locale) }]);
      }
      return { status: 200, body: evaluateEligibility(ruleset, input) };
    },
  };
}
