// Notary matters as data: base materials, the answers that add materials, and
// the rules (in person, time limit, fee) each with its basis.
import type { LegalBasis, Source } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';

export const NOTARY_MATTER_CODES = [
  'birth', 'death', 'kinship', 'marital-status', 'no-criminal-record', 'education', 'degree',
  'power-of-attorney-property', 'declaration', 'guarantee', 'will', 'legacy-support-agreement', 'inheritance', 'gift',
  'property-sale', 'mortgage', 'evidence-preservation', 'escrow', 'business-licence', 'articles-of-association',
  'signature-seal', 'copy-conforms', 'being-alive', 'adoption', 'adoption-dissolution', 'child-acknowledgement',
] as const;

export type NotaryMatterCode = (typeof NOTARY_MATTER_CODES)[number];

/** How a resident finds a matter: by the part of life it belongs to, not by the law's numbering. */
export type NotaryMatterGroup = 'family' | 'property' | 'company' | 'documents';

/** The answers that change a checklist. */
export interface ChecklistAnswers {
  applicantIsAgent?: boolean;
  minorInvolved?: boolean;
  married?: boolean;
  realEstate?: boolean;
  useAbroad?: boolean;
  /** ISO 3166-1 alpha-2, needed when useAbroad is true. */
  destinationCountry?: string;
}

/** The yes/no answers a condition can test. */
export type ChecklistCondition = 'applicantIsAgent' | 'minorInvolved' | 'married' | 'realEstate' | 'useAbroad';

export type MaterialForm = 'original' | 'copy' | 'original-and-copy';

/** A named public source standing where no article lists the item (a published notary list or guideline). */
export interface SourceCitation {
  source: Source;
}

/** Why an item may be asked: an article, or the public list that names it (证明材料清单制). */
export type Citation = LegalBasis | SourceCitation;

/** One kind of document, defined once and referred to by matters. */
export interface NotaryMaterial {
  code: string;
  name: LocalizedText;
  /** Why it is needed (shown on the printed notice). */
  reason: LocalizedText;
  basis: Citation;
  /** Where the resident gets it, when that is not obvious. */
  obtainFrom?: LocalizedText;
  /** 告知承诺制: where the office applies it, a signed pledge may replace this proof. */
  pledgeMayReplace?: boolean;
}

export interface MaterialRequirement {
  material: string;
  form: MaterialForm;
  copies?: number;
  /** Overrides the material's general reason for this matter. */
  reason?: LocalizedText;
  /** Overrides the material's general basis, with the reason. */
  basis?: Citation;
}

export interface ConditionalMaterials {
  when: ChecklistCondition;
  /** The answer that adds these materials; true unless stated. */
  equals?: boolean;
  materials: MaterialRequirement[];
}

export type NotaryFeeCategory = 'individual-fact' | 'organisation-document' | 'unilateral-act' | 'personal-agreement' | 'will' | 'property-transfer' | 'contract' | 'evidence-or-escrow';

export interface NotaryFee {
  category: NotaryFeeCategory;
  text: LocalizedText;
  basis: LegalBasis;
  unverified: boolean;
}

/**
 * Whether the materials were checked against a published list for this very
 * matter, or follow only the pattern all published lists share (ID, 户口簿 and
 * the document concerned) because no list for it was at hand.
 */
export type MaterialListBasis = 'published-list' | 'general-pattern';

/** Where a person who must apply in person cannot come to the office. */
export interface HomeVisit {
  /** 'rule': the cited rule lets the resident ask for a notary at home or in hospital; 'ask-the-office': no cited rule grants it for this matter. */
  scope: 'rule' | 'ask-the-office';
  text: LocalizedText;
  basis: LegalBasis;
}

/** The person concerned must apply themself; an agent is refused. */
export interface InPersonRule {
  text: LocalizedText;
  basis: LegalBasis;
  homeVisit: HomeVisit;
}

export interface NotaryMatter {
  code: NotaryMatterCode;
  name: LocalizedText;
  group: NotaryMatterGroup;
  /** Words residents use for it, in both languages, with pinyin initials ("房子", "出国", "csgz"). */
  searchTerms: string[];
  /** Notary Law Art 11 item that lists the matter. */
  basis: LegalBasis;
  /** Notary Procedure Rules Art 11: must be applied for by the person themself. */
  inPersonOnly: boolean;
  /**
   * In person for this answer only: a status certified by the person's own declaration
   * (未婚、未再婚), which is a 声明 on the Art 11 list.
   */
  inPersonWhen?: { when: ChecklistCondition; equals?: boolean };
  /** Base materials, in the order the notice lists them. */
  materials: MaterialRequirement[];
  conditional: ConditionalMaterials[];
  fee: NotaryFeeCategory;
  listBasis: MaterialListBasis;
  sources: Source[];
}

export interface NotaryRefusal {
  code: string;
  text: LocalizedText;
  basis: LegalBasis;
  /** What the resident can do instead. */
  instead: LocalizedText;
  homeVisit: HomeVisit;
}

export interface NotaryCatalogue {
  version: string;
  /** YYYY-MM-DD: the day the catalogue was last read against its sources. */
  reviewed?: string;
  /** Materials by code. */
  materials: Record<string, NotaryMaterial>;
  groups: { code: NotaryMatterGroup; name: LocalizedText }[];
  matters: NotaryMatter[];
  /** Materials every matter adds when the answer holds (agent, use abroad). */
  common: ConditionalMaterials[];
  fees: Record<NotaryFeeCategory, Omit<NotaryFee, 'category'>>;
  timeLimit: { workingDays: number; text: LocalizedText; basis: LegalBasis };
  inPerson: {
    rule: { text: LocalizedText; basis: LegalBasis };
    refusal: Omit<NotaryRefusal, 'homeVisit'>;
    /** By matter: the will rules' visit for wills, the honest "ask the office" for the others. */
    homeVisit: { will: HomeVisit; other: HomeVisit };
  };
  /** 告知承诺制, stated where an item may be replaced by a pledge. */
  pledge: { text: LocalizedText; source: Source };
  /** Said on a list that follows only the general pattern. */
  generalPatternNote: LocalizedText;
  /** Art 25: which notary office may take the application. */
  whereToApply: {
    general: { text: LocalizedText; basis: LegalBasis };
    /** For matters concerning real estate (their checklist needs the property title). */
    realEstate: { text: LocalizedText; basis: LegalBasis };
    /** Real-estate matters that may still use the general rule (委托, 声明, 赠与, 遗嘱). */
    generalRuleMatters: NotaryMatterCode[];
  };
  /** Destinations whose official language is Spanish: the translation must be Spanish. */
  spanishTranslation: { countries: string[]; text: LocalizedText; source: Source };
  sources: Source[];
}

export interface NotaryChecklistItem {
  code: string;
  name: LocalizedText;
  form: MaterialForm;
  copies?: number;
  reason: LocalizedText;
  basis: Citation;
  /** Where the resident gets it, when that is not obvious (一次性告知 names it). */
  obtainFrom?: LocalizedText;
  pledgeMayReplace: boolean;
  /** The answer that added this item, e.g. "applicantIsAgent" or "married=false". */
  condition?: string;
}

export type Legalisation = 'none' | 'apostille' | 'consular';

/** The printable one-time notice (一次性告知) for one matter and one set of answers. */
export interface NotaryChecklist {
  matter: { code: NotaryMatterCode; name: LocalizedText };
  items: NotaryChecklistItem[];
  inPersonOnly: boolean;
  inPerson: InPersonRule | null;
  refusals: NotaryRefusal[];
  legalisation: Legalisation;
  timeLimit: { workingDays: number; text: LocalizedText; basis: LegalBasis };
  whereToApply: { text: LocalizedText; basis: LegalBasis };
  fee: { text: LocalizedText; basis: LegalBasis; unverified: boolean };
  /** Present when an item may be replaced by a pledge. */
  pledge: { text: LocalizedText; source: Source } | null;
  listBasis: MaterialListBasis;
  /** The matter's sources, then the catalogue's. */
  sources: Source[];
  catalogueVersion: string;
}
