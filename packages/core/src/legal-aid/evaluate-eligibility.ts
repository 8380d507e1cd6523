// The one legal-aid engine the browser and the server share: it walks the
// questions in order, stops at the first one it cannot answer without guessing,
// and cites the rule behind every reason.
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import type {
  EligibilityInput, EligibilityReason, EligibilityResult, Household, QuestionId, RequiredDocument,
} from './eligibility.js';
import type {
  BroaderMatterRule, CircumstanceRule, EconomicHardshipStandard, LegalAidProcedure, LegalAidRuleset, MatterRule,
} from './legal-aid-ruleset.js';
import { governingRegion } from './governing-region.js';

type StepCode = keyof LegalAidProcedure['steps'];
type DocumentCode = keyof LegalAidProcedure['documents'];

const APPLICATION_STEPS: StepCode[] = ['apply', 'urgent-aid', 'objection', 'notary-fee-waiver'];
// Art 41's pledge, and beside it Art 64's fine for aid obtained by deception
const PLEDGE_STEPS: StepCode[] = ['apply', 'sign-commitment', 'false-statement-penalty', 'urgent-aid', 'objection', 'notary-fee-waiver'];
const WAIVED_STEPS: StepCode[] = ['apply', 'bring-circumstance-proof', 'urgent-aid', 'objection', 'notary-fee-waiver'];
const APPLICATION_DOCUMENTS: DocumentCode[] = ['identity', 'household-register', 'case-documents'];
const PLEDGE_DOCUMENTS: DocumentCode[] = [...APPLICATION_DOCUMENTS, 'hardship-declaration', 'commitment-form', 'verification-authorisation'];

export function isHousehold(household: Household | undefined): household is Household {
  return household !== undefined && Number.isInteger(household.size) && household.size >= 1
    && Number.isFinite(household.monthlyIncome) && household.monthlyIncome >= 0;
}

/** The economic-hardship standard that covers a region, if the ruleset has one. */
export function hardshipStandardFor(ruleset: LegalAidRuleset, region: string): EconomicHardshipStandard | undefined {
  return ruleset.economicHardship.find((standard) => standard.regions.includes(governingRegion(region)));
}

/** Income per head below which a household counts as in economic difficulty, yuan per month. */
export function hardshipThreshold(standard: EconomicHardshipStandard): number {
  return standard.minimumLivingStandard * standard.multiple;
}

function fill(text: LocalizedText, values: Record<string, string | LocalizedText>): LocalizedText {
  const replace = (s: string, locale: keyof LocalizedText) => s.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : typeof value === 'string' ? value : value[locale];
  });
  return { 'zh-CN': replace(text['zh-CN'], 'zh-CN'), en: replace(text.en, 'en') };
}

function joined(texts: LocalizedText[]): LocalizedText {
  return { 'zh-CN': texts.map((t) => t['zh-CN']).join('；'), en: texts.map((t) => t.en).join('; ') };
}

/** Circumstance rules the input claims, in the ruleset's order; unknown codes are ignored. */
function claimed(ruleset: LegalAidRuleset, input: EligibilityInput): CircumstanceRule[] {
  const codes = new Set(input.circumstances ?? []);
  return ruleset.circumstances.filter((rule) => codes.has(rule.code));
}

/** How much of a matter (a broader one: all its parts) a circumstance limited to some matters covers. */
function covers(rule: CircumstanceRule, matter: MatterRule | BroaderMatterRule | undefined): 'all' | 'some' | 'none' {
  if (!rule.matters) return 'all';
  const parts: string[] = !matter ? [] : 'parts' in matter ? matter.parts : [matter.code];
  const covered = parts.filter((part) => (rule.matters as string[]).includes(part)).length;
  return covered === 0 ? 'none' : covered === parts.length ? 'all' : 'some';
}

export function evaluateEligibility(ruleset: LegalAidRuleset, input: EligibilityInput): EligibilityResult {
  const { procedure } = ruleset;
  // a step a ruleset does not carry (an optional one) is left out
  const stepsOf = (codes: StepCode[]) => codes.flatMap((code) => {
    const step = procedure.steps[code];
    return step ? [{ code, ...step }] : [];
  });
  const step = (code: StepCode) => stepsOf([code]);
  const documentOf = (code: DocumentCode): RequiredDocument => ({ code, ...procedure.documents[code] });
  const reasonOf = (code: string, rule: { text: LocalizedText; basis: LegalBasis }): EligibilityReason => ({ code, text: rule.text, basis: rule.basis });
  const whereToApply = input.proceeding === 'non-litigation' ? procedure.whereToApply.nonLitigation : procedure.whereToApply.litigation;
  const result = (partial: Omit<EligibilityResult, 'ruleset' | 'missing' | 'whereToApply'> & Partial<EligibilityResult>): EligibilityResult => ({
    missing: [], whereToApply, ...partial,
    ruleset: { id: ruleset.id, version: ruleset.version, effectiveFrom: ruleset.effectiveFrom },
  });
  const ask = (missing: QuestionId[], reasons: EligibilityReason[] = []): EligibilityResult => result({
    outcome: 'needs-more-information', meansTest: 'unknown', missing,
    reasons: [...reasons, reasonOf('information-needed', procedure.reasons['information-needed'])],
    nextSteps: step('answer-questions'), documents: [], decisionTime: null,
  });
  /** A procedure reason about a claimed circumstance, citing the circumstance's own article. */
  const about = (code: 'circumstance-not-for-matter' | 'matter-more-specific', rules: CircumstanceRule[]): EligibilityReason[] => {
    const reason = procedure.reasons[code];
    return reason ? rules.map((rule) => ({ code, text: fill(reason.text, { circumstance: rule.label }), basis: rule.basis })) : [];
  };

  if (!input.region) return ask(['region']);
  if (!ruleset.regions.includes(governingRegion(input.region))) {
    return { ...ask(['region']), reasons: [reasonOf('region-not-covered', procedure.reasons['region-not-covered'])] };
  }
  if (!ruleset.proceedings.some((p) => p.code === input.proceeding)) return ask(['proceeding']);

  const circumstances = claimed(ruleset, input);
  const reasons: EligibilityReason[] = [];

  if (input.proceeding === 'criminal') {
    const role = ruleset.criminalRoles.find((r) => r.role === input.criminalRole);
    if (!role) return ask(['criminalRole']);
    if (input.circumstances === undefined) return ask(['circumstances'], [reasonOf(`role-${role.role}`, { text: role.reason, basis: role.basis })]);
    if (role.role === 'suspect-or-defendant') {
      const notified = circumstances.filter((c) => c.effect === 'authority-notifies');
      if (notified.length > 0) {
        const serious = notified.some((c) => c.code === 'possible-life-or-death-sentence' || c.code === 'death-penalty-review');
        return result({
          outcome: 'assigned-by-authority', meansTest: 'not-required',
          reasons: notified.map((c) => reasonOf(c.code, { text: c.reason, basis: c.basis })),
          nextSteps: stepsOf(['tell-authority-no-defender', ...(serious ? ['experienced-lawyer' as const] : [])]),
          documents: [],
          whereToApply: { text: procedure.whereToApply.byAuthority.text, basis: notified[0]!.basis },
          decisionTime: procedure.assignmentTime,
        });
      }
    } else {
      const free = circumstances.filter((c) => c.effect === 'no-means-test');
      if (free.length > 0) return withoutMeansTest(free);
    }
    reasons.push(reasonOf(`role-${role.role}`, { text: role.reason, basis: role.basis }));
    const tested = meansTested(undefined, role.role === 'suspect-or-defendant');
    if (role.role !== 'suspect-or-defendant' || tested.nextSteps[0]?.code !== 'apply') return tested;
    return { ...tested, nextSteps: [tested.nextSteps[0], ...step('apply-from-detention'), ...tested.nextSteps.slice(1)] };
  }

  if (input.circumstances === undefined) return ask(['circumstances']);
  const free = circumstances.filter((c) => c.effect === 'no-means-test');
  if (free.length > 0) return withoutMeansTest(free);
  if (input.matter === undefined) return ask(['matter']);
  const matter = ruleset.matters.find((m) => m.code === input.matter) ?? ruleset.broaderMatters?.find((m) => m.code === input.matter);
  if (!matter) {
    return result({
      outcome: 'ineligible', meansTest: 'not-required',
      reasons: [reasonOf('matter-not-covered', procedure.reasons['matter-not-covered'])],
      nextSteps: step('free-consultation'), documents: [], decisionTime: null,
    });
  }
  reasons.push(reasonOf(`matter-${matter.code}`, { text: matter.reason, basis: matter.basis }));
  return meansTested(matter, false);

  function withoutMeansTest(free: CircumstanceRule[]): EligibilityResult {
    return result({
      outcome: 'eligible', meansTest: 'not-required',
      reasons: free.map((c) => reasonOf(c.code, { text: c.reason, basis: c.basis })),
      nextSteps: stepsOf(APPLICATION_STEPS),
      documents: [...APPLICATION_DOCUMENTS.map(documentOf), proofOf(free)],
      decisionTime: procedure.decisionTime,
    });
  }

  function proofOf(rules: CircumstanceRule[]): RequiredDocument {
    const proofs = rules.flatMap((c) => (c.proof ? [c.proof] : []));
    return { ...documentOf('circumstance-proof'), ...(proofs.length > 0 ? { note: joined(proofs) } : {}), basis: rules[0]!.basis };
  }

  function meansTested(matter: MatterRule | BroaderMatterRule | undefined, accused: boolean): EligibilityResult {
    const waivers = circumstances.filter((c) => c.effect === 'verification-waived');
    const waived = waivers.filter((c) => covers(c, matter) === 'all');
    if (waived.length > 0) {
      return result({
        outcome: 'eligible', meansTest: 'verification-waived',
        reasons: [...reasons, ...waived.map((c) => reasonOf(c.code, { text: c.reason, basis: c.basis }))],
        nextSteps: stepsOf(WAIVED_STEPS),
        documents: [...APPLICATION_DOCUMENTS.map(documentOf), proofOf(waived)],
        decisionTime: procedure.decisionTime,
      });
    }
    // Art 42(3) waives the check for a migrant worker's wages or work injury, not the rest of
    // Art 31(5) or (7): a whole item answered at once must be narrowed before the means test.
    const partly = waivers.filter((c) => covers(c, matter) === 'some');
    if (partly.length > 0) return ask(['matter'], [...reasons, ...about('matter-more-specific', partly)]);
    reasons.push(...about('circumstance-not-for-matter', waivers));
    if (isHousehold(input.household)) {
      const standard = hardshipStandardFor(ruleset, input.region);
      if (!standard) throw new Error(`Ruleset ${ruleset.id} has no economic-hardship standard for region ${input.region}`);
      const perHead = input.household.monthlyIncome / input.household.size;
      const threshold = hardshipThreshold(standard);
      const figures = { perHead: String(Math.round(perHead * 100) / 100), threshold: String(threshold) };
      if (perHead < threshold) {
        const pledged = input.commitment === true;
        return result({
          outcome: 'eligible', meansTest: 'passed',
          reasons: [...reasons, { code: 'means-test-passed', text: fill(procedure.reasons['means-test-passed'].text, figures), basis: standard.basis }],
          nextSteps: stepsOf(pledged ? PLEDGE_STEPS : APPLICATION_STEPS),
          documents: (pledged ? PLEDGE_DOCUMENTS : [...APPLICATION_DOCUMENTS, 'hardship-declaration' as const]).map(documentOf),
          decisionTime: procedure.decisionTime,
        });
      }
      return result({
        outcome: 'ineligible', meansTest: 'failed',
        reasons: [...reasons, { code: 'means-test-failed', text: fill(procedure.reasons['means-test-failed'].text, figures), basis: standard.basis }],
        // Art 24: the accused may still apply for a reason other than economic difficulty
        nextSteps: stepsOf([...(accused ? ['accused-other-reasons' as const] : []), 'free-consultation',
          ...(accused ? ['duty-lawyer', 'duty-lawyer-help', 'court-may-notify'] as const : []), 'regional-hardship-grounds']),
        documents: [], decisionTime: null,
      });
    }
    if (input.commitment === true) {
      return result({
        outcome: 'eligible-subject-to-verification', meansTest: 'commitment',
        reasons: [...reasons, reasonOf('means-test-commitment', procedure.reasons['means-test-commitment'])],
        nextSteps: stepsOf(PLEDGE_STEPS),
        documents: PLEDGE_DOCUMENTS.map(documentOf),
        decisionTime: procedure.decisionTime,
      });
    }
    // Either answer settles the means test: the income figures, or the pledge (Art 41).
    return ask(input.commitment === false ? ['household'] : ['household', 'commitment'], reasons);
  }
}
