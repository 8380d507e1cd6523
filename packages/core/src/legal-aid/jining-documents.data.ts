// The documents of a Jining legal-aid application, each with what asks for it.
// Their own module, so the booking page's "what to bring" reads these very
// objects without loading the whole ruleset (appointments/visit-materials.data.ts).
import { cite } from '../legal-basis/laws.data.js';
import type { DataReview } from '../review/data-review.js';
import type { LegalAidProcedure } from './legal-aid-ruleset.js';

const LAW = 'legal-aid-law-2021';
// The State Council's regulation lists what an application brings; the 2021 Law lists nothing.
const REGULATION = 'legal-aid-regulation-2003';

export const JINING_LEGAL_AID_DOCUMENTS: LegalAidProcedure['documents'] = {
  identity: {
    name: { 'zh-CN': '申请人身份证件', en: "Applicant's identity document" },
    note: { 'zh-CN': '代为申请的，另带代理人身份证件及代理权证明（如监护关系证明）。', en: 'If someone applies for you, also their ID and proof that they may act for you (e.g. guardianship).' },
    basis: cite(REGULATION, '17(1)'),
  },
  'household-register': {
    name: { 'zh-CN': '户口簿或居住证', en: 'Household register (户口簿) or residence permit' },
  },
  'case-documents': {
    name: { 'zh-CN': '与案件有关的材料（如起诉状、判决书、合同、证据、通知书）', en: 'Documents about the case (e.g. complaint, judgment, contract, evidence, notices)' },
    basis: cite(REGULATION, '17(3)'),
  },
  'hardship-declaration': {
    name: { 'zh-CN': '经济困难状况说明表', en: 'Statement of economic difficulty' },
    note: {
      'zh-CN': '如实填写家庭成员和收入情况；属于不受经济困难条件限制（第32条）或免予核查（第42条）情形的，不需要。',
      en: 'List the household members and income truthfully; not needed where there is no economic condition (Art 32) or the check is waived (Art 42).',
    },
    basis: cite(LAW, '41'),
  },
  'commitment-form': {
    name: { 'zh-CN': '法律援助经济困难状况告知承诺书', en: 'Integrity pledge on economic difficulty (告知承诺书)' },
    note: { 'zh-CN': '选择以个人诚信承诺说明经济状况的，在申请时签署。', en: 'Signed when you apply, if you declare your finances with the pledge.' },
    basis: cite(LAW, '41.2'),
  },
  'verification-authorisation': {
    name: { 'zh-CN': '经济困难状况核查授权书', en: 'Authorisation to check your finances' },
    note: { 'zh-CN': '与告知承诺书一同签署。', en: 'Signed with the pledge.' },
    basis: cite(LAW, '41.2'),
  },
  'circumstance-proof': {
    name: { 'zh-CN': '所属情形的证明材料', en: 'Proof of your circumstance' },
    note: {
      'zh-CN': '属于不受经济困难条件限制（第32条）或免予核查（第42条）情形的，带上证明材料（如低保证、残疾人证、见义勇为确认材料）。',
      en: 'Where there is no economic condition (Art 32) or the check is waived (Art 42), bring the proof (e.g. minimum-living-allowance card, disability certificate, confirmation of an act of bravery).',
    },
  },
};

export const JINING_LEGAL_AID_DOCUMENTS_REVIEW: DataReview = {
  table: 'JINING_LEGAL_AID_DOCUMENTS',
  reviewed: '2026-12-06',
  sources: [
    { title: 'Legal Aid Regulation (State Council, 2003) Art 17, third-party copies', tag: 'V-3p' },
    { title: 'Legal Aid Law (2021) Arts 32, 41 and 42, LawRefBook/Laws 行政法/法律援助法(2021-08-20).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' },
  ],
  reReview: { who: 'With the Jining ruleset', when: 'With the Jining ruleset; the booking page’s legal-aid list follows these documents (a test pins it)' },
};
