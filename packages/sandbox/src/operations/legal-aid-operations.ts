// Legal-aid rules and eligibility checks: the ruleset is served verbatim and
// evaluated by @plskit/core, the same engine the browser runs on the same data.
import { ProblemError, type OperationHandler } from './operation.js';
import { fieldMessage } from '../http/validation-errors.js';

export interface LegalAidRulesetEnvelope {
  id: string;
  version: string;
  effectiveFrom: string;
  regions: string[];
}

/** What the sandbox needs of the legal-aid engine in @plskit/core. */
export interface LegalAidEngine<Ruleset extends LegalAidRulesetEnvelope = LegalAidRulesetEnvelope> {
  rulesetFor(region: string): Ruleset | undefined;
  evaluate(ruleset: Ruleset, input: { region: string }): unknown;
}

export function legalAidOperations(engine: LegalAidEngine): Record<string, OperationHandler> {
  const ruleset = (region: string, field: string, locale: 'zh-CN' | 'en') => {
    const found = engine.rulesetFor(region);
    if (!found) {
      throw new ProblemError(field === 'region' ? 404 : 400, field === 'region' ? 'not-found' : 'validation-failed',
        field === 'region' ? undefined : [{ field, code: 'not-covered', message: fieldMessage('invalid', locale) }]);
    }
    return found;
  };
  return {
    getLegalAidRules: ({ query, locale }) => ({ status: 200, body: ruleset(query.region as string, 'region', locale) }),
    checkEligibility: ({ body, locale }) => {
      const input = body as { region: string };
      return { status: 200, body: engine.evaluate(ruleset(input.region, '/region', locale), input) };
    },
  };
}
