// The shape of a region's legal-aid ruleset: every rule is data with its basis,
// so a new region or a new version is a new document, not new code.
import type { LegalBasis, Source } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import type { Circumstance, CriminalRole, DecisionTime, LegalAidMatter, Proceeding, QuestionId } from './eligibility.js';

/** What a circumstance does to the outcome. */
export type CircumstanceEffect =
  /** Art 25(1) / Art 28: the authorities must notify the agency; no application. */
  | 'authority-notifies'
  /** Art 32: aid without any economic condition. */
  | 'no-means-test'
  /** Art 42: economic hardship is taken as shown by the applicant's documents. */
  | 'verification-waived';

export interface CircumstanceRule {
  code: Circumstance;
  effect: CircumstanceEffect;
  /** Short label for the question. */
  label: LocalizedText;
  /** The reason shown when this circumstance decides the outcome. */
  reason: LocalizedText;
  basis: LegalBasis;
  /** The proof the applicant brings (Art 32 and Art 42 circumstances). */
  proof?: LocalizedText;
  /** Only counts for these matters (Art 42(3): migrant workers claiming wages or work-injury compensation). */
  matters?: LegalAidMatter[];
}

export interface CriminalRoleRule {
  role: CriminalRole;
  label: LocalizedText;
  reason: LocalizedText;
  basis: LegalBasis;
}

export interface MatterRule {
  code: LegalAidMatter;
  label: LocalizedText;
  reason: LocalizedText;
  basis: LegalBasis;
  /** Set on region rules that widen the national list (flagged when not verified). */
  unverified?: boolean;
}

/** A whole Art 31 item that the matters list asks in parts; still accepted as an answer. */
export interface BroaderMatterRule extends MatterRule {
  /** The codes of the matters it is made of. */
  parts: LegalAidMatter[];
}

/** Household income per head below a threshold; the threshold is configurable data. */
export interface EconomicHardshipStandard {
  /** Division codes this standard covers. */
  regions: string[];
  /** The local minimum-living standard (低保), yuan per person per month. */
  minimumLivingStandard: number;
  /** The multiple of it below which income per head counts as hardship. */
  multiple: number;
  description: LocalizedText;
  basis: LegalBasis;
  sources: Source[];
  /** The figures are illustrative until an operator configures the published ones. */
  unverified: boolean;
  configurable: true;
}

/** A next step; its code is its key in the procedure. */
export interface LegalAidStep {
  text: LocalizedText;
  basis?: LegalBasis;
}

/** A document to bring; its code is its key in the procedure. */
export interface LegalAidDocument {
  name: LocalizedText;
  note?: LocalizedText;
  basis?: LegalBasis;
}

/** Pieces of text and deadlines the evaluator assembles, each with its basis. */
export interface LegalAidProcedure {
  whereToApply: {
    litigation: { text: LocalizedText; basis: LegalBasis };
    nonLitigation: { text: LocalizedText; basis: LegalBasis };
    byAuthority: { text: LocalizedText; basis: LegalBasis };
  };
  decisionTime: DecisionTime;
  assignmentTime: DecisionTime;
  steps: Record<
    | 'apply'
    | 'apply-from-detention'
    | 'tell-authority-no-defender'
    | 'experienced-lawyer'
    | 'sign-commitment'
    | 'bring-circumstance-proof'
    | 'urgent-aid'
    | 'objection'
    | 'notary-fee-waiver'
    | 'free-consultation'
    | 'accused-other-reasons'
    | 'duty-lawyer'
    | 'court-may-notify'
    | 'regional-hardship-grounds'
    | 'answer-questions',
    LegalAidStep
  > & Partial<Record<
    /** Art 64: the fine for aid obtained by deception, said beside the pledge. */
    | 'false-statement-penalty'
    /** Art 30: what a duty lawyer does, said beside where they are (Art 14). */
    | 'duty-lawyer-help',
    LegalAidStep
  >>;
  documents: Record<
    | 'identity'
    | 'household-register'
    | 'case-documents'
    | 'hardship-declaration'
    | 'commitment-form'
    | 'verification-authorisation'
    | 'circumstance-proof',
    LegalAidDocument
  >;
  /** Reasons the evaluator gives that are not tied to one rule above; {perHead} and {threshold} are filled in. */
  reasons: Record<
    | 'region-not-covered'
    | 'means-test-passed'
    | 'means-test-failed'
    | 'means-test-commitment'
    | 'matter-not-covered'
    | 'information-needed',
    { text: LocalizedText; basis: LegalBasis }
  > & Partial<Record<
    /** A claimed circumstance that counts for other matters only; {circumstance} is its label. */
    | 'circumstance-not-for-matter'
    /** A broader matter whose parts a claimed circumstance tells apart; {circumstance} is its label. */
    | 'matter-more-specific',
    { text: LocalizedText; basis: LegalBasis }
  >>;
}

/** How a widget asks one question. */
export interface InterviewQuestionWording {
  /** The question, shown as the step's heading. */
  heading: LocalizedText;
  /** Help under the heading. */
  hint: LocalizedText;
  /** The question's short name on a check-your-answers page. */
  short: LocalizedText;
}

/**
 * The plain words a widget asks with. They only ask: every legal statement
 * (labels of circumstances and roles, reasons, citations) stays in the rules.
 * The region question is asked before any ruleset is known, so it is not here.
 */
export interface LegalAidInterview {
  questions: Record<Exclude<QuestionId, 'region'>, InterviewQuestionWording>;
  /** Plain words per answer code; a code without wording falls back to its rule's label. */
  answers: Record<string, LocalizedText>;
}

export interface LegalAidRuleset {
  id: string;
  version: string;
  /** YYYY-MM-DD. */
  effectiveFrom: string;
  /** YYYY-MM-DD: the day the rules were last read against the texts in `sources`. */
  reviewed?: string;
  /** GB/T 2260 division codes the ruleset covers. */
  regions: string[];
  title: LocalizedText;
  sources: Source[];
  proceedings: { code: Proceeding; label: LocalizedText }[];
  /** The forms legal aid takes (Art 22), for explaining what a grant means. */
  formsOfAid: { code: string; label: LocalizedText; basis: LegalBasis }[];
  criminalRoles: CriminalRoleRule[];
  circumstances: CircumstanceRule[];
  /** Art 31 (and any region rule that widens it), as the interview asks them. */
  matters: MatterRule[];
  /** Whole Art 31 items the matters list asks in parts, still accepted as answers. */
  broaderMatters?: BroaderMatterRule[];
  economicHardship: EconomicHardshipStandard[];
  procedure: LegalAidProcedure;
  interview: LegalAidInterview;
}
