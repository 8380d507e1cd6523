// What to bring to a booked visit, per service. Identity is checked there, in
// person, which is why booking asks for no ID number (PIPL Art 6).
import type { ServiceCode } from './service-code.js';
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import { cite } from '../legal-basis/laws.data.js';

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

// The legal-aid items are the Jining ruleset's documents (procedure.documents), written
// out here rather than imported, so a booking page does not load the whole ruleset.
const LAW = 'legal-aid-law-2021';
const AID_IDENTITY: VisitMaterial = {
  code: 'identity', name: { 'zh-CN': '申请人身份证件', en: "Applicant's identity document" },
  note: { 'zh-CN': '代为申请的，另带代理人身份证件及代理关系证明（如监护关系证明）。', en: 'If someone applies for you, also their ID and proof of the relationship (e.g. guardianship).' },
  basis: cite(LAW, '40'),
};
const AID_CASE: VisitMaterial = {
  code: 'case-documents',
  name: { 'zh-CN': '与案件有关的材料（如起诉状、判决书、合同、证据、通知书）', en: 'Documents about the case (e.g. complaint, judgment, contract, evidence, notices)' },
  basis: cite('shandong-legal-aid-regulation-2015', '14'),
};
const AID_HARDSHIP: VisitMaterial = {
  code: 'hardship-declaration', name: { 'zh-CN': '经济困难状况说明表', en: 'Statement of economic difficulty' },
  note: { 'zh-CN': '如实填写家庭成员和收入情况。', en: 'List the household members and income truthfully.' },
  basis: cite(LAW, '41'),
};

export const VISIT_MATERIALS: Readonly<Record<ServiceCode, readonly VisitMaterial[]>> = {
  'legal-consultation': [ID_CARD, MATTER_PAPERS],
  'legal-aid-application': [AID_IDENTITY, AID_CASE, AID_HARDSHIP],
  notarization: [
    { ...ID_CARD, note: { 'zh-CN': '核实申请人身份。', en: 'To confirm who is applying.' } },
    { code: 'matter-materials', name: { 'zh-CN': '所办公证事项要求的材料（见公证材料清单）', en: 'The materials your notarization needs (see the notary checklist)' } },
  ],
  mediation: [ID_CARD, MATTER_PAPERS],
  'forensic-appraisal-guidance': [ID_CARD, MATTER_PAPERS],
};
