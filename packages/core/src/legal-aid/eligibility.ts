// What a resident tells the eligibility check, and what it answers.
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';

export type Proceeding = 'criminal' | 'civil' | 'administrative' | 'non-litigation';
export type CriminalRole = 'suspect-or-defendant' | 'victim' | 'private-prosecutor' | 'civil-claimant';

/**
 * Legal Aid Law Art 31 matter codes. Items (5) and (7) are asked in parts, because
 * Art 42(3) waives the means check for some parts only (wages, work injury);
 * 'labour-relationship-or-wages' and 'personal-injury' still answer for the whole item.
 */
export type LegalAidMatter =
  | 'state-compensation'
  | 'social-insurance-or-assistance'
  | 'pension-or-survivor-benefit'
  | 'support-payments'
  | 'labour-relationship'
  | 'wages'
  | 'civil-capacity'
  | 'work-injury'
  | 'traffic-accident'
  | 'food-or-drug-safety-accident'
  | 'medical-accident'
  | 'environmental-damage'
  | 'other'
  /** Art 31(5) as a whole (ruleset 2026.2.0 and earlier). */
  | 'labour-relationship-or-wages'
  /** Art 31(7) as a whole (ruleset 2026.2.0 and earlier). */
  | 'personal-injury';

/** Circumstance codes of Art 25/28 (notification), Art 32 (no means test) and Art 42 (verification waived). */
export type Circumstance =
  | 'minor'
  | 'visual-hearing-speech-disability'
  | 'limited-mental-capacity'
  | 'possible-life-or-death-sentence'
  | 'death-penalty-review'
  | 'trial-in-absentia'
  | 'compulsory-medical-treatment'
  | 'hero-martyr-relative'
  | 'acting-bravely'
  | 'retrial-acquittal-compensation'
  | 'abuse-abandonment-domestic-violence'
  | 'no-fixed-income-minor-elderly-disabled'
  | 'social-assistance-recipient'
  | 'migrant-worker-wages-or-injury';

export interface Household {
  /** People in the household, at least 1. */
  size: number;
  /** Whole household income per month, in yuan. */
  monthlyIncome: number;
}

export interface EligibilityInput {
  /** GB/T 2260 division code, e.g. "370811". */
  region: string;
  proceeding?: Proceeding;
  criminalRole?: CriminalRole;
  matter?: LegalAidMatter | string;
  circumstances?: (Circumstance | string)[];
  household?: Household;
  /** Will sign the integrity pledge (告知承诺, Art 41) instead of proving finances now. */
  commitment?: boolean;
}

/** The questions the check can ask, in the order it asks them. */
export type QuestionId = 'region' | 'proceeding' | 'criminalRole' | 'circumstances' | 'matter' | 'household' | 'commitment';

export type EligibilityOutcome =
  | 'assigned-by-authority'
  | 'eligible'
  | 'eligible-subject-to-verification'
  | 'ineligible'
  | 'needs-more-information';

export type MeansTest = 'not-required' | 'verification-waived' | 'passed' | 'failed' | 'commitment' | 'unknown';

export interface EligibilityReason {
  code: string;
  text: LocalizedText;
  basis: LegalBasis;
}

export interface NextStep {
  code: string;
  text: LocalizedText;
  basis?: LegalBasis;
}

export interface RequiredDocument {
  code: string;
  name: LocalizedText;
  note?: LocalizedText;
  basis?: LegalBasis;
}

export interface DecisionTime {
  days: number;
  unit: 'days' | 'working-days';
  text: LocalizedText;
  basis: LegalBasis;
}

export interface EligibilityResult {
  outcome: EligibilityOutcome;
  meansTest: MeansTest;
  /** Input fields still needed, in asking order; empty unless the outcome is needs-more-information. */
  missing: QuestionId[];
  reasons: EligibilityReason[];
  nextSteps: NextStep[];
  documents: RequiredDocument[];
  whereToApply: { text: LocalizedText; basis: LegalBasis };
  decisionTime: DecisionTime | null;
  ruleset: { id: string; version: string; effectiveFrom: string };
}
