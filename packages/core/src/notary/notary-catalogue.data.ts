// The notary matter catalogue: 22 common matters with their base materials, the
// answers that add materials, in-person rules, fees and the time limit (公证法, 公证程序规则, 山东省公证服务收费标准).
import { cite } from '../legal-basis/laws.data.js';
import type { Source } from '../legal-basis/legal-basis.js';
import type { ConditionalMaterials, MaterialRequirement, NotaryCatalogue, NotaryMatter } from './notary-matter.js';
import { NOTARY_MATERIALS } from './notary-materials.data.js';

const NOTARY = 'notary-law-2017';

const CHECKLIST_SOURCES: Source[] = [
  { title: 'ale.gov.cn notary guide; hzsyggzc.com list; ccpitcertification blog', tag: 'V-3p' },
];
const INHERITANCE_SOURCES: Source[] = [
  { title: '中国公证协会《办理继承公证的指导意见》(2009) via cdsdgzc.com', tag: 'V-3p' },
];

const need = (material: string, form: MaterialRequirement['form'] = 'original-and-copy', copies?: number): MaterialRequirement =>
  ({ material, form, ...(copies ? { copies } : {}) });

const PERSON = [need('applicant-id'), need('household-register')];
const COMPANY = [need('business-licence-original'), need('legal-representative-certificate'), need('company-seal', 'original')];
const MINOR: ConditionalMaterials = { when: 'minorInvolved', materials: [need('guardian-id'), need('guardianship-proof')] };
const MARRIED_DISPOSAL: ConditionalMaterials = { when: 'married', materials: [need('marriage-certificate'), need('spouse-consent', 'original')] };
const SINGLE_DISPOSAL: ConditionalMaterials = { when: 'married', equals: false, materials: [need('single-status-declaration', 'original')] };
const REAL_ESTATE: ConditionalMaterials = { when: 'realEstate', materials: [need('property-title-certificate')] };

const matters: NotaryMatter[] = [
  { code: 'birth', name: { 'zh-CN': '出生公证', en: 'Birth' }, basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON, need('birth-medical-certificate'), need('parent-child-proof')], conditional: [MINOR], sources: CHECKLIST_SOURCES },
  { code: 'death', name: { 'zh-CN': '死亡公证', en: 'Death' }, basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON, need('death-proof'), need('kinship-certificate', 'original')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'kinship', name: { 'zh-CN': '亲属关系公证', en: 'Kinship' }, basis: cite(NOTARY, '11(6)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON, need('relative-id-copy', 'copy'), need('kinship-certificate', 'original')], conditional: [MINOR], sources: CHECKLIST_SOURCES },
  { code: 'marital-status', name: { 'zh-CN': '婚姻状况公证（已婚、离婚、未婚、未再婚）', en: 'Marital status (married, divorced, single, not remarried)' },
    basis: cite(NOTARY, '11(6)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON],
    conditional: [
      { when: 'married', materials: [need('marriage-certificate')] },
      { when: 'married', equals: false, materials: [need('single-status-declaration', 'original'), need('marriage-registration-record', 'original'), need('divorce-proof')] },
    ],
    sources: CHECKLIST_SOURCES },
  { code: 'no-criminal-record', name: { 'zh-CN': '无犯罪记录公证', en: 'No criminal record' }, basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON, need('no-criminal-record-certificate', 'original')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'education', name: { 'zh-CN': '学历公证', en: 'Education (graduation certificate)' }, basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON, need('education-certificate')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'degree', name: { 'zh-CN': '学位公证', en: 'Degree' }, basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [...PERSON, need('degree-certificate')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'power-of-attorney-property', name: { 'zh-CN': '委托公证（房产买卖、抵押等财产处分）', en: 'Power of attorney for property (sale, mortgage)' },
    basis: cite(NOTARY, '11(3)'), inPersonOnly: false, fee: 'unilateral-act',
    materials: [...PERSON, need('attorney-id-copy', 'copy'), need('draft-power-of-attorney', 'original')],
    conditional: [MINOR, MARRIED_DISPOSAL, SINGLE_DISPOSAL, { when: 'realEstate', materials: [need('property-title-certificate'), need('property-register-file', 'original')] }],
    sources: [...CHECKLIST_SOURCES, { title: 'Hangzhou notary office: real-estate 委托 "最快7日", excluding verification time', tag: 'V-3p' }] },
  { code: 'declaration', name: { 'zh-CN': '声明公证', en: 'Declaration' }, basis: cite(NOTARY, '11(3)'), inPersonOnly: false, fee: 'unilateral-act',
    materials: [...PERSON, need('declaration-draft', 'original')], conditional: [MINOR, MARRIED_DISPOSAL, REAL_ESTATE], sources: CHECKLIST_SOURCES },
  { code: 'will', name: { 'zh-CN': '遗嘱公证', en: 'Will' }, basis: cite(NOTARY, '11(3)'), inPersonOnly: true, fee: 'will',
    materials: [...PERSON, need('title-proof')], conditional: [MARRIED_DISPOSAL, REAL_ESTATE], sources: CHECKLIST_SOURCES },
  { code: 'inheritance', name: { 'zh-CN': '继承公证', en: 'Inheritance' }, basis: cite(NOTARY, '11(2)'), inPersonOnly: false, fee: 'property-transfer',
    materials: [need('heirs-ids'), need('death-proof'), need('heirs-kinship-proof'), need('predeceased-heirs-death-proof'), need('title-proof'),
      need('wills-and-agreements', 'original'), need('renunciation-declarations', 'original')],
    conditional: [
      { when: 'applicantIsAgent', materials: [{ ...need('power-of-attorney', 'original'), reason: { 'zh-CN': '继承公证的代理人须持经公证的授权委托书。', en: 'For inheritance, the agent’s power of attorney must itself be notarised.' } }] },
      MINOR,
      { when: 'married', materials: [need('marriage-certificate'), need('marital-property-agreement', 'original')] },
      REAL_ESTATE,
    ],
    sources: INHERITANCE_SOURCES },
  { code: 'gift', name: { 'zh-CN': '赠与公证', en: 'Gift' }, basis: cite(NOTARY, '11(3)'), inPersonOnly: false, fee: 'property-transfer',
    materials: [...PERSON, need('recipient-id-copy', 'copy'), need('title-proof')], conditional: [MINOR, MARRIED_DISPOSAL, SINGLE_DISPOSAL, REAL_ESTATE], sources: CHECKLIST_SOURCES },
  { code: 'property-sale', name: { 'zh-CN': '房屋买卖合同公证', en: 'Property sale contract' }, basis: cite(NOTARY, '11(1)'), inPersonOnly: false, fee: 'contract',
    materials: [...PERSON, need('property-title-certificate'), need('property-register-file', 'original')],
    conditional: [MINOR, MARRIED_DISPOSAL, SINGLE_DISPOSAL], sources: CHECKLIST_SOURCES },
  { code: 'mortgage', name: { 'zh-CN': '抵押合同公证', en: 'Mortgage contract' }, basis: cite(NOTARY, '11(1)'), inPersonOnly: false, fee: 'contract',
    materials: [...PERSON, need('property-title-certificate'), need('property-register-file', 'original')],
    conditional: [MINOR, MARRIED_DISPOSAL, SINGLE_DISPOSAL], sources: CHECKLIST_SOURCES },
  { code: 'evidence-preservation', name: { 'zh-CN': '保全证据公证', en: 'Preservation of evidence' }, basis: cite(NOTARY, '11(9)'), inPersonOnly: false, fee: 'evidence-or-escrow',
    materials: [need('applicant-id'), need('evidence-description', 'original'), need('interest-proof')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'escrow', name: { 'zh-CN': '提存公证', en: 'Escrow (deposit with the notary)' }, basis: cite(NOTARY, '12'), inPersonOnly: false, fee: 'evidence-or-escrow',
    materials: [need('applicant-id'), need('escrow-basis'), need('escrow-object', 'original')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'business-licence', name: { 'zh-CN': '营业执照公证', en: 'Business licence' }, basis: cite(NOTARY, '11(10)'), inPersonOnly: false, fee: 'organisation-document',
    materials: [...COMPANY], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'articles-of-association', name: { 'zh-CN': '公司章程公证', en: 'Articles of association' }, basis: cite(NOTARY, '11(8)'), inPersonOnly: false, fee: 'organisation-document',
    materials: [...COMPANY, need('articles-certified-copy', 'original'), need('board-resolution', 'original')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'signature-seal', name: { 'zh-CN': '签名、印鉴属实公证', en: 'Signature and seal' }, basis: cite(NOTARY, '11(10)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [need('applicant-id'), need('signed-document', 'original')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'copy-conforms', name: { 'zh-CN': '复印件与原件相符公证', en: 'Copy conforms to the original' }, basis: cite(NOTARY, '11(10)'), inPersonOnly: false, fee: 'individual-fact',
    materials: [need('applicant-id'), need('original-document')], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'being-alive', name: { 'zh-CN': '生存公证', en: 'Being alive' }, basis: cite(NOTARY, '11(7)'), inPersonOnly: true, fee: 'individual-fact',
    materials: [...PERSON], conditional: [], sources: CHECKLIST_SOURCES },
  { code: 'adoption', name: { 'zh-CN': '收养关系公证', en: 'Adoption' }, basis: cite(NOTARY, '11(6)'), inPersonOnly: true, fee: 'individual-fact',
    materials: [...PERSON, need('adoption-registration')], conditional: [MINOR], sources: CHECKLIST_SOURCES },
];

const FEE_BASIS = cite(NOTARY, '46');
const WAIVER = { 'zh-CN': '符合法律援助条件的，减免公证费（公证法第34条、法律援助法第53条）。', en: 'Reduced or waived for people who qualify for legal aid (Notary Law Art 34; Legal Aid Law Art 53).' };
const fee = (zh: string, en: string) => ({
  text: { 'zh-CN': `${zh}（山东省收费标准 鲁价费发〔2017〕68号，是否仍现行尚未核实）。${WAIVER['zh-CN']}`, en: `${en} (Shandong schedule Lu Jia Fei Fa [2017] No. 68; whether still current is unverified). ${WAIVER.en}` },
  basis: FEE_BASIS,
  unverified: true,
});

export const NOTARY_CATALOGUE: NotaryCatalogue = {
  version: '2026.1.1',
  materials: NOTARY_MATERIALS,
  matters,
  common: [
    { when: 'applicantIsAgent', materials: [need('agent-id'), need('power-of-attorney', 'original')] },
    { when: 'useAbroad', materials: [need('translation', 'original')] },
  ],
  fees: {
    'individual-fact': fee('每件150元', '150 yuan per item'),
    'organisation-document': fee('每件500元', '500 yuan per item'),
    'unilateral-act': fee('每件500元', '500 yuan per item'),
    'personal-agreement': fee('每件600元', '600 yuan per item'),
    will: fee('在公证处办理1500元，外出办理3000元', '1,500 yuan at the notary office, 3,000 yuan off-site'),
    'property-transfer': fee('涉及不动产的按标的额分段累进收取：20万元以下0.5%（最低500元），以上部分依次0.4%、0.3%、0.2%；或按面积每平方米60元（100平方米以内）',
      'For real estate, tiered by value: 0.5% up to 200,000 yuan (minimum 500), then 0.4%, 0.3% and 0.2% bands; or 60 yuan per m² up to 100 m²'),
    contract: fee('按合同标的额分段收取，具体以公证机构告知为准', 'Charged by the contract value; the notary office states the exact fee'),
    'evidence-or-escrow': fee('按办理的实际情况收取，具体以公证机构告知为准', 'Charged by the work involved; the notary office states the exact fee'),
  },
  timeLimit: {
    workingDays: 15,
    text: { 'zh-CN': '自受理之日起15个工作日内出具公证书；因不可抗力、补充证明材料或者需要核实有关情况的，所需时间不计算在期限内。', en: 'The certificate is issued within 15 working days of acceptance; time for force majeure, extra materials or verification does not count.' },
    basis: cite(NOTARY, '30'),
  },
  whereToApply: {
    general: {
      text: { 'zh-CN': '向住所地、经常居住地、行为地或者事实发生地的公证机构提出申请。', en: 'Apply to a notary office where you are domiciled or habitually live, or where the act or fact took place.' },
      basis: cite(NOTARY, '25'),
    },
    realEstate: {
      text: { 'zh-CN': '涉及不动产的公证，向不动产所在地的公证机构提出申请。', en: 'For real estate, apply to a notary office where the property is.' },
      basis: cite(NOTARY, '25'),
    },
    generalRuleMatters: ['power-of-attorney-property', 'declaration', 'gift', 'will'],
  },
  agentRefusal: {
    code: 'agent-not-allowed',
    text: { 'zh-CN': '遗嘱、生存、收养关系等公证须由本人亲自申请办理，不能委托他人代理。', en: 'Wills, being alive and adoption must be applied for in person; an agent cannot apply.' },
    basis: cite(NOTARY, '26'),
  },
  sources: [
    { title: 'Notary Law of the PRC (2017), LawRefBook 行政法/公证法(2017-09-01).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' },
    ...CHECKLIST_SOURCES, ...INHERITANCE_SOURCES,
  ],
};
