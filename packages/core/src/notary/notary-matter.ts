// Notary matters as data: base materials, the answers that add materials, and
// the rules (in person, time limit, fee) each with its basis.
import type { LegalBasis, LocalizedText, Source } from '../legal-basis/legal-basis.js';

export type NotaryMatterCode =
  | 'birth' | 'death' | 'kinship' | 'marital-status' | 'no-criminal-record' | 'education' | 'degree'
  | 'power-of-attorney-property' | 'declaration' | 'will' | 'inheritance' | 'gift' | 'property-sale' | 'mortgage'
  | 'evidence-preservation' | 'escrow' | 'business-licence' | 'articles-of-association' | 'signature-seal'
  | 'copy-conforms' | 'being-alive' | 'adoption';

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

/** One kind of document, defined once and referred to by matters. */
export interface NotaryMaterial {
  code: string;
  name: LocalizedText;
  /** Why it is needed (shown on the printed notice). */
  reason: LocalizedText;
  basis?: LegalBasis;
  /** Where the resident gets it, when that is not obvious. */
  obtainFrom?: LocalizedText;
}

export interface MaterialRequirement {
  material: string;
  form: MaterialForm;
  copies?: number;
  /** Overrides the material's general reason for this matter. */
  reason?: LocalizedText;
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

export interface NotaryMatter {
  code: NotaryMatterCode;
  name: LocalizedText;
  /** Notary Law Art 11 item that lists the matter. */
  basis: LegalBasis;
  /** Art 26: must be applied for in person; an agent is refused. */
  inPersonOnly: boolean;
  /** Base materials, in the order the notice lists them. */
  materials: MaterialRequirement[];
  conditional: ConditionalMaterials[];
  fee: NotaryFeeCategory;
  sources: Source[];
}

export interface NotaryCatalogue {
  version: string;
  /** Materials by code. */
  materials: Record<string, NotaryMaterial>;
  matters: NotaryMatter[];
  /** Materials every matter adds when the answer holds (agent, use abroad). */
  common: ConditionalMaterials[];
  fees: Record<NotaryFeeCategory, Omit<NotaryFee, 'category'>>;
  timeLimit: { workingDays: number; text: LocalizedText; basis: LegalBasis };
  agentRefusal: { code: string; text: LocalizedText; basis: LegalBasis };
  /** Art 25: which notary office may take the application. */
  whereToApply: {
    general: { text: LocalizedText; basis: LegalBasis };
    /** For matters concerning real estate (their checklist needs the property title). */
    realEstate: { text: LocalizedText; basis: LegalBasis };
    /** Real-estate matters that may still use the general rule (委托, 声明, 赠与, 遗嘱). */
    generalRuleMatters: NotaryMatterCode[];
  };
  sources: Source[];
}

export interface NotaryChecklistItem {
  code: string;
  name: LocalizedText;
  form: MaterialForm;
  copies?: number;
  reason: LocalizedText;
  basis?: LegalBasis;
  /** Where the resident gets it, when that is not obvious (一次性告知 names it). */
  obtainFrom?: LocalizedText;
  /** The answer that added this item, e.g. "applicantIsAgent" or "married=false". */
  condition?: string;
}

export type Legalisation = 'none' | 'apostille' | 'consular';

/** The printable one-time notice (一次性告知) for one matter and one set of answers. */
export interface NotaryChecklist {
  matter: { code: NotaryMatterCode; name: LocalizedText };
  items: NotaryChecklistItem[];
  inPersonOnly: boolean;
  refusals: { code: string; text: LocalizedText; basis: LegalBasis }[];
  legalisation: Legalisation;
  timeLimit: { workingDays: number; text: LocalizedText; basis: LegalBasis };
  whereToApply: { text: LocalizedText; basis: LegalBasis };
  fee: { text: LocalizedText; basis: LegalBasis; unverified: boolean };
  catalogueVersion: string;
}
