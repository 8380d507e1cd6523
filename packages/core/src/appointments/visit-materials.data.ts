// What to bring to a booked visit, per service. Identity is checked there, in
// person, which is why booking asks for no ID number (PIPL Art 6).
import type { ServiceCode } from './service-code.js';
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import { JINING_LEGAL_AID_DOCUMENTS } from '../legal-aid/jining-documents.data.js';
import type { DataReview } from '../review/data-review.js';

export interface VisitMaterial {
  code: string;
  name: LocalizedText;
  note?: LocalizedText;
  /** The article that asks for it; absent where it is practical advice rather than law. */
  basis?: LegalBasis;
}

const ID_CARD: VisitMaterial = { code: 'identity', name: { 'zh-CN': '本人居民身份证（原件）', en: 'Your resident ID card (the original)' } };
const MATTER_PAPERS: VisitMaterial = {
  code: 'matter-papers',
  name: { 'zh-CN': '与事项有关的材料（如合同、判决书、通知书）', en: 'Papers about your matter (such as contracts, judgments, notices)' },
};

// A legal-aid visit brings every document the Jining ruleset can ask for, each with the note
// that says when it is needed (一次性告知): the ruleset's own objects, from the module it reads
// them from, so a booking page does not load the whole ruleset.
const AID_DOCUMENTS: VisitMaterial[] = Object.entries(JINING_LEGAL_AID_DOCUMENTS).map(([code, document]) => ({ code, ...document }));

export const VISIT_MATERIALS: Readonly<Record<ServiceCode, readonly VisitMaterial[]>> = {
  'legal-consultation': [ID_CARD, MATTER_PAPERS],
  'legal-aid-application': AID_DOCUMENTS,
  notarization: [
    { ...ID_CARD, note: { 'zh-CN': '核实申请人身份。', en: 'To confirm who is applying.' } },
    { code: 'matter-materials', name: { 'zh-CN': '所办公证事项要求的材料（见公证材料清单）', en: 'The materials your notarization needs (see the notary checklist)' } },
  ],
  mediation: [ID_CARD, MATTER_PAPERS],
  'forensic-appraisal-guidance': [ID_CARD, MATTER_PAPERS],
};

export const VISIT_MATERIALS_REVIEW: DataReview = {
  table: 'VISIT_MATERIALS',
  reviewed: '2026-12-06',
  sources: [
    { title: 'The Jining legal-aid ruleset’s documents (JINING_LEGAL_AID_DOCUMENTS), which the legal-aid list is', tag: 'V-3p' },
    { title: 'PIPL Art 6: identity is checked at the visit, so booking asks for no ID number', tag: 'V' },
  ],
  reReview: { who: 'With the Jining ruleset and the notary catalogue', when: 'Whenever either changes; a test fails if the legal-aid list and the ruleset differ' },
};
