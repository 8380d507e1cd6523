// Which questions can still change the outcome, in asking order, so a widget
// asks only those. Found by following every answer the ruleset allows from the
// current answers: each question the evaluator stops at on some path is pending.
import type { EligibilityInput, QuestionId } from './eligibility.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import type { CircumstanceRule, LegalAidRuleset } from './legal-aid-ruleset.js';

export const QUESTION_ORDER: readonly QuestionId[] = ['region', 'proceeding', 'criminalRole', 'circumstances', 'matter', 'household', 'commitment'];

/** A representative answer per branch the evaluator can take on a question. */
function candidateAnswers(ruleset: LegalAidRuleset, question: QuestionId): Partial<EligibilityInput>[] {
  switch (question) {
    case 'region': return ruleset.regions.slice(0, 1).map((region) => ({ region }));
    case 'proceeding': return ruleset.proceedings.map(({ code }) => ({ proceeding: code }));
    case 'criminalRole': return ruleset.criminalRoles.map(({ role }) => ({ criminalRole: role }));
    case 'circumstances': {
      // The evaluator only looks at a circumstance's effect and matter limits: one per kind is enough.
      const kinds = new Map(ruleset.circumstances.map((rule) => [`${rule.effect}|${rule.matters?.join() ?? ''}`, rule.code]));
      return [{ circumstances: [] }, ...[...kinds.values()].map((code) => ({ circumstances: [code] }))];
    }
    case 'matter': return ruleset.matters.map(({ code }) => ({ matter: code }));
    case 'household': return [{ household: { size: 1, monthlyIncome: 0 } }, { household: { size: 1, monthlyIncome: Number.MAX_SAFE_INTEGER } }];
    case 'commitment': return [{ commitment: true }, { commitment: false }];
  }
}

export function pendingQuestions(ruleset: LegalAidRuleset, input: EligibilityInput): QuestionId[] {
  const pending = new Set<QuestionId>();
  const seen = new Set<string>();
  const explore = (answers: EligibilityInput): void => {
    const key = JSON.stringify(answers);
    if (seen.has(key) || pending.size === QUESTION_ORDER.length) return;
    seen.add(key);
    for (const question of evaluateEligibility(ruleset, answers).missing) {
      pending.add(question);
      for (const answer of candidateAnswers(ruleset, question)) explore({ ...answers, ...answer });
    }
  };
  explore(input);
  return QUESTION_ORDER.filter((question) => pending.has(question));
}

/** The circumstances that can matter for the answers so far (what the circumstances question should offer). */
export function applicableCircumstances(ruleset: LegalAidRuleset, input: EligibilityInput): CircumstanceRule[] {
  return ruleset.circumstances.filter((rule) => {
    if (input.proceeding === 'criminal') {
      if (rule.matters) return false;
      if (input.criminalRole === 'suspect-or-defendant') return rule.effect !== 'no-means-test';
      return rule.effect !== 'authority-notifies';
    }
    if (rule.effect === 'authority-notifies') return false;
    return !rule.matters || input.matter === undefined || (rule.matters as string[]).includes(input.matter);
  });
}
