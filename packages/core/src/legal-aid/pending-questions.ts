// Which questions can still change the outcome, in asking order, so a widget
// asks only those. Found by following every answer the ruleset allows from the
// current answers: each question the evaluator stops at on some path is pending.
// The walk is memoized per ruleset and state, so a widget asking after every
// answer (and several times per render) pays for each state once.
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

/** The answers as a key: the fields the evaluator reads, in asking order (the caller's key order does not matter). */
const answersKey = (answers: EligibilityInput): string =>
  JSON.stringify([answers.region, answers.proceeding, answers.criminalRole, answers.circumstances, answers.matter,
    answers.household && [answers.household.size, answers.household.monthlyIncome], answers.commitment]);

/** Per ruleset: the questions reachable from each set of answers met so far. Rulesets are immutable data. */
const walks = new WeakMap<LegalAidRuleset, Map<string, ReadonlySet<QuestionId>>>();
/** Enough for every state of a walk and a long session's answers; past it the memo starts again. */
const MEMO_LIMIT = 20_000;

export function pendingQuestions(ruleset: LegalAidRuleset, input: EligibilityInput): QuestionId[] {
  let memo = walks.get(ruleset);
  if (!memo) walks.set(ruleset, (memo = new Map()));
  if (memo.size > MEMO_LIMIT) memo.clear();
  const states = memo;
  // Answers only ever add fields, so the walk is a DAG and each state's set is final once computed.
  const reachable = (answers: EligibilityInput): ReadonlySet<QuestionId> => {
    const key = answersKey(answers);
    const known = states.get(key);
    if (known) return known;
    const pending = new Set<QuestionId>();
    for (const question of evaluateEligibility(ruleset, answers).missing) {
      pending.add(question);
      for (const answer of candidateAnswers(ruleset, question)) {
        for (const next of reachable({ ...answers, ...answer })) pending.add(next);
      }
      if (pending.size === QUESTION_ORDER.length) break;
    }
    states.set(key, pending);
    return pending;
  };
  const pending = reachable(input);
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
