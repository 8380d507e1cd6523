// The notary matter catalogue: 26 common matters with their base materials, the
// answers that add materials, in-person rules, fees and the time limit (公证法, 公证程序规则,
// 遗嘱公证细则, 山东省公证服务收费标准), and the words residents find them by.
import { cite } from '../legal-basis/laws.data.js';
import type { Source } from '../legal-basis/legal-basis.js';
import type { DataReview } from '../review/data-review.js';
import type { ConditionalMaterials, MaterialRequirement, NotaryCatalogue, NotaryMatter } from './notary-matter.js';
import { NOTARY_MATERIALS } from './notary-materials.data.js';
import { CNA_INHERITANCE, HANGZHOU_PROPERTY_POA, MOJ_SERVICE_OPINION, PUBLISHED_LISTS, TRANSLATION_SOURCES } from './notary-sources.data.js';

const NOTARY = 'notary-law-2017';
const PROCEDURE = 'notary-procedure-rules-2020';
const LISTED: Source[] = [PUBLISHED_LISTS];

const need = (material: string, form: MaterialRequirement['form'] = 'original-and-copy', copies?: number): MaterialRequirement =>
  ({ material, form, ...(copies ? { copies } : {}) });

const PERSON = [need('applicant-id'), need('household-register')];
const COMPANY = [need('business-licence-original'), need('legal-representative-certificate'), need('company-seal', 'original')];
const MINOR: ConditionalMaterials = { when: 'minorInvolved', materials: [need('guardian-id'), need('guardianship-proof')] };
// The published lists ask for proof of marital status when property is disposed of.
const MARRIED: ConditionalMaterials = { when: 'married', materials: [need('marriage-certificate')] };
const SINGLE: ConditionalMaterials = { when: 'married', equals: false, materials: [need('single-status-declaration', 'original')] };
const REAL_ESTATE: ConditionalMaterials = { when: 'realEstate', materials: [need('property-title-certificate')] };
// A matter that disposes of property the owner may share: the spouse (Civil Code Art 1062) and any
// co-owners (Art 301) must agree, and bring their IDs. A declaration is not one: it is how they agree.
const MARRIED_DISPOSING: ConditionalMaterials = { when: 'married', materials: [need('marriage-certificate'), need('spouse-consent', 'original')] };
const CO_OWNERS = need('co-owner-consent', 'original');
// Notary Procedure Rules Art 12: for an important matter (succession, disposing of property
// rights, changing personal relations) a principal living outside the mainland has the power
// of attorney notarised or certified there; for the other matters any signed one will do.
const ABROAD_POWER = {
  'zh-CN': '委托人居住在香港、澳门、台湾地区的，委托书须经居住地公证人（机构）公证或司法部指定的机构、人员证明；居住在国外的，须经居住地公证人（机构）或我国驻外使（领）馆公证。',
  en: 'A principal living in Hong Kong, Macao or Taiwan has it notarised where they live or certified by a body the Ministry of Justice designates; one living abroad has it notarised where they live or by a Chinese embassy or consulate.',
};
const IMPORTANT_MATTER_AGENT: ConditionalMaterials = {
  when: 'applicantIsAgent',
  materials: [need('agent-id'), { ...need('power-of-attorney', 'original'), basis: cite(PROCEDURE, '12'), reason: {
    'zh-CN': `代理人须提交当事人签名的授权委托书。本事项处分财产权益，属于重要公证事项：${ABROAD_POWER['zh-CN']}`,
    en: `The agent brings the power of attorney the person concerned signed. This matter disposes of property rights, an important matter: ${ABROAD_POWER.en}`,
  } }],
};

// Search words: what residents say, in both languages, with pinyin initials.
const ABROAD = ['出国', '国外', '留学', '签证', '移民', 'cg', 'abroad', 'visa', 'study abroad', 'emigrate'];
const HOUSE = ['房子', '房产', '房屋', '住房', '过户', 'fz', 'fc', 'house', 'flat', 'apartment', 'real estate', 'property'];

const matters: NotaryMatter[] = [
  // personal status and family
  { code: 'birth', name: { 'zh-CN': '出生公证', en: 'Birth' }, group: 'family', searchTerms: ['出生', '出生证', '孩子', 'cs', 'csgz', 'birth certificate', ...ABROAD],
    basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'published-list',
    materials: [...PERSON, need('birth-medical-certificate'), need('parent-child-proof')], conditional: [MINOR], sources: LISTED },
  { code: 'death', name: { 'zh-CN': '死亡公证', en: 'Death' }, group: 'family', searchTerms: ['死亡', '去世', '过世', 'sw', 'swgz', 'death certificate', 'died'],
    basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'general-pattern',
    materials: [...PERSON, need('death-proof'), need('kinship-certificate', 'original')], conditional: [], sources: [PUBLISHED_LISTS, CNA_INHERITANCE] },
  { code: 'kinship', name: { 'zh-CN': '亲属关系公证', en: 'Kinship' }, group: 'family', searchTerms: ['亲属', '亲戚', '父母', '子女', '关系', 'qs', 'qsgx', 'relatives', 'family relationship', ...ABROAD],
    basis: cite(NOTARY, '11(6)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'published-list',
    materials: [...PERSON, need('relative-id-copy', 'copy'), need('kinship-certificate', 'original')], conditional: [MINOR], sources: LISTED },
  { code: 'marital-status', name: { 'zh-CN': '婚姻状况公证（已婚、离婚、未婚、未再婚）', en: 'Marital status (married, divorced, single, not remarried)' }, group: 'family',
    searchTerms: ['结婚', '离婚', '未婚', '单身', '婚姻', 'jh', 'lh', 'wh', 'hyzk', 'marriage', 'divorce', 'single', ...ABROAD],
    // single or not remarried: certified by the person's own declaration, a 声明 (Procedure Rules Art 11)
    basis: cite(NOTARY, '11(6)'), inPersonOnly: false, inPersonWhen: { when: 'married', equals: false }, fee: 'individual-fact', listBasis: 'published-list',
    materials: [...PERSON],
    conditional: [
      MARRIED,
      { when: 'married', equals: false, materials: [need('single-status-declaration', 'original'), need('marriage-registration-record', 'original'), need('divorce-proof')] },
    ],
    sources: LISTED },
  { code: 'no-criminal-record', name: { 'zh-CN': '无犯罪记录公证', en: 'No criminal record' }, group: 'family',
    searchTerms: ['无犯罪', '犯罪记录', '良民证', 'wfz', 'wfzjl', 'criminal record', 'police certificate', 'police clearance', ...ABROAD],
    basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'published-list',
    materials: [...PERSON, need('no-criminal-record-certificate', 'original')], conditional: [], sources: LISTED },
  { code: 'being-alive', name: { 'zh-CN': '生存公证', en: 'Being alive' }, group: 'family', searchTerms: ['生存', '活着', '养老金', '退休金', 'sc', 'scgz', 'alive', 'life certificate', 'pension'],
    basis: cite(NOTARY, '11(7)'), inPersonOnly: true, fee: 'individual-fact', listBasis: 'general-pattern',
    materials: [...PERSON], conditional: [], sources: LISTED },
  { code: 'adoption', name: { 'zh-CN': '收养关系公证', en: 'Adoption' }, group: 'family', searchTerms: ['收养', '领养', '养子', '养女', 'sy', 'sygx', 'adopt', 'adopted child'],
    basis: cite(NOTARY, '11(6)'), inPersonOnly: true, fee: 'individual-fact', listBasis: 'general-pattern',
    materials: [...PERSON, need('adoption-registration')], conditional: [MINOR], sources: LISTED },
  { code: 'adoption-dissolution', name: { 'zh-CN': '解除收养关系公证', en: 'Dissolving an adoption' }, group: 'family',
    searchTerms: ['解除收养', '收养', '解除', 'jcsy', 'sy', 'end adoption', 'adopt'],
    basis: cite(NOTARY, '11(6)'), inPersonOnly: true, fee: 'personal-agreement', listBasis: 'general-pattern',
    materials: [...PERSON, need('adoption-registration'), need('adoption-dissolution-agreement', 'original')], conditional: [MINOR], sources: LISTED },
  { code: 'child-acknowledgement', name: { 'zh-CN': '认领亲子公证', en: 'Acknowledging a child' }, group: 'family',
    searchTerms: ['认领', '亲子', '认亲', '孩子', 'rl', 'rlqz', 'qz', 'paternity', 'acknowledge', 'child'],
    // Art 11 does not name 认领亲子 (item 6 is the status of a marriage, a kinship, an adoption): the
    // acknowledgement is made as a declaration (声明), item 3, and Procedure Rules Art 11 names it
    basis: cite(NOTARY, '11(3)'), inPersonOnly: true, fee: 'unilateral-act', listBasis: 'general-pattern',
    materials: [...PERSON, need('birth-medical-certificate'), need('acknowledgement-declaration', 'original')], conditional: [MINOR], sources: LISTED },
  // property and inheritance
  { code: 'power-of-attorney-property', name: { 'zh-CN': '委托公证（房产买卖、抵押等财产处分）', en: 'Power of attorney for property (sale, mortgage)' }, group: 'property',
    searchTerms: ['委托', '委托书', '授权', '代办', '卖房', '买房', 'wt', 'wts', 'sq', 'power of attorney', 'authorise', 'proxy', ...HOUSE],
    basis: cite(NOTARY, '11(3)'), inPersonOnly: true, fee: 'unilateral-act', listBasis: 'published-list',
    materials: [...PERSON, need('attorney-id-copy', 'copy'), need('draft-power-of-attorney', 'original'), CO_OWNERS],
    conditional: [MINOR, MARRIED_DISPOSING, SINGLE, { when: 'realEstate', materials: [need('property-title-certificate'), need('property-register-file', 'original')] }],
    sources: [PUBLISHED_LISTS, HANGZHOU_PROPERTY_POA] },
  { code: 'declaration', name: { 'zh-CN': '声明公证', en: 'Declaration' }, group: 'property',
    searchTerms: ['声明', '声明书', '放弃', '同意', 'sm', 'sms', 'declaration', 'statement', 'renounce', 'consent', ...HOUSE],
    basis: cite(NOTARY, '11(3)'), inPersonOnly: true, fee: 'unilateral-act', listBasis: 'published-list',
    materials: [...PERSON, need('declaration-draft', 'original')], conditional: [MINOR, MARRIED, SINGLE, REAL_ESTATE], sources: LISTED },
  { code: 'guarantee', name: { 'zh-CN': '保证公证', en: 'Guarantee' }, group: 'property', searchTerms: ['保证', '保证书', '担保', 'bz', 'bzs', 'guarantee', 'undertaking', 'pledge'],
    basis: cite(NOTARY, '11(11)'), inPersonOnly: true, fee: 'unilateral-act', listBasis: 'general-pattern',
    materials: [...PERSON, need('guarantee-draft', 'original')], conditional: [MINOR], sources: LISTED },
  { code: 'will', name: { 'zh-CN': '遗嘱公证', en: 'Will' }, group: 'property', searchTerms: ['遗嘱', '立遗嘱', '遗产', '身后', 'yz', 'yzgz', 'will', 'testament', 'estate', ...HOUSE],
    basis: cite(NOTARY, '11(3)'), inPersonOnly: true, fee: 'will', listBasis: 'published-list',
    materials: [...PERSON, need('title-proof')], conditional: [REAL_ESTATE], sources: LISTED },
  { code: 'legacy-support-agreement', name: { 'zh-CN': '遗赠扶养协议公证', en: 'Legacy-support agreement (support in return for a bequest)' }, group: 'property',
    searchTerms: ['遗赠扶养', '遗赠', '扶养', '养老', '送终', 'yzfy', 'yz', 'legacy', 'support agreement', 'care in old age', ...HOUSE],
    basis: cite(NOTARY, '11(1)'), inPersonOnly: true, fee: 'contract', listBasis: 'general-pattern',
    materials: [...PERSON, need('supporter-id-copy', 'copy'), need('draft-legacy-support-agreement', 'original')], conditional: [REAL_ESTATE], sources: LISTED },
  { code: 'inheritance', name: { 'zh-CN': '继承公证', en: 'Inheritance' }, group: 'property',
    searchTerms: ['继承', '遗产', '过户', '存款', '去世', 'jc', 'jcgz', 'inherit', 'inheritance', 'estate', 'heir', ...HOUSE],
    basis: cite(NOTARY, '11(2)'), inPersonOnly: false, fee: 'property-transfer', listBasis: 'published-list',
    materials: [need('heirs-ids'), need('death-proof'), need('heirs-kinship-proof'), need('predeceased-heirs-death-proof'), need('title-proof'),
      need('wills-and-agreements', 'original'), need('renunciation-declarations', 'original')],
    conditional: [
      { when: 'applicantIsAgent', materials: [{ ...need('power-of-attorney', 'original'), basis: { source: CNA_INHERITANCE },
        reason: {
          'zh-CN': `继承公证的代理人须持经公证的授权委托书（公证程序规则第12条亦要求）。${ABROAD_POWER['zh-CN']}`,
          en: `For inheritance, the agent’s power of attorney must itself be notarised (as Notary Procedure Rules Art 12 also requires). ${ABROAD_POWER.en}`,
        } }] },
      MINOR,
      { when: 'married', materials: [need('marriage-certificate'), need('marital-property-agreement', 'original')] },
      REAL_ESTATE,
    ],
    sources: [CNA_INHERITANCE] },
  { code: 'gift', name: { 'zh-CN': '赠与公证', en: 'Gift' }, group: 'property', searchTerms: ['赠与', '赠送', '送给', '给子女', 'zy', 'zygz', 'gift', 'donate', 'give', ...HOUSE],
    basis: cite(NOTARY, '11(3)'), inPersonOnly: true, fee: 'property-transfer', listBasis: 'published-list',
    materials: [...PERSON, need('recipient-id-copy', 'copy'), need('title-proof'), CO_OWNERS], conditional: [MINOR, MARRIED_DISPOSING, SINGLE, REAL_ESTATE], sources: LISTED },
  { code: 'property-sale', name: { 'zh-CN': '房屋买卖合同公证', en: 'Property sale contract' }, group: 'property',
    searchTerms: ['买卖', '卖房', '买房', '合同', 'mm', 'fwmm', 'mmht', 'sale', 'sell', 'buy', 'contract', ...HOUSE],
    basis: cite(NOTARY, '11(1)'), inPersonOnly: false, fee: 'contract', listBasis: 'general-pattern',
    materials: [...PERSON, need('property-title-certificate'), need('property-register-file', 'original'), CO_OWNERS],
    conditional: [MINOR, MARRIED_DISPOSING, SINGLE, IMPORTANT_MATTER_AGENT], sources: LISTED },
  { code: 'mortgage', name: { 'zh-CN': '抵押合同公证', en: 'Mortgage contract' }, group: 'property',
    searchTerms: ['抵押', '贷款', '借款', '合同', 'dy', 'dk', 'dyht', 'mortgage', 'loan', 'contract', ...HOUSE],
    basis: cite(NOTARY, '11(1)'), inPersonOnly: false, fee: 'contract', listBasis: 'general-pattern',
    materials: [...PERSON, need('property-title-certificate'), CO_OWNERS],
    conditional: [MINOR, MARRIED_DISPOSING, SINGLE, IMPORTANT_MATTER_AGENT], sources: LISTED },
  // company
  { code: 'business-licence', name: { 'zh-CN': '营业执照公证', en: 'Business licence' }, group: 'company',
    searchTerms: ['营业执照', '执照', '公司', '企业', 'yyzz', 'gs', 'business licence', 'company', 'license'],
    basis: cite(NOTARY, '11(10)'), inPersonOnly: false, fee: 'organisation-document', listBasis: 'published-list',
    materials: [...COMPANY], conditional: [], sources: LISTED },
  { code: 'articles-of-association', name: { 'zh-CN': '公司章程公证', en: 'Articles of association' }, group: 'company',
    searchTerms: ['公司章程', '章程', '决议', '公司', '企业', 'gszc', 'zc', 'gs', 'articles', 'resolution', 'company', 'bylaws'],
    basis: cite(NOTARY, '11(8)'), inPersonOnly: false, fee: 'organisation-document', listBasis: 'published-list',
    materials: [...COMPANY, need('articles-certified-copy', 'original'), need('board-resolution', 'original')], conditional: [], sources: LISTED },
  // evidence and documents
  { code: 'education', name: { 'zh-CN': '学历公证', en: 'Education (graduation certificate)' }, group: 'documents',
    searchTerms: ['学历', '毕业证', '文凭', 'xl', 'byz', 'diploma', 'graduation', 'education', ...ABROAD],
    basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'published-list',
    materials: [...PERSON, need('education-certificate')], conditional: [], sources: LISTED },
  { code: 'degree', name: { 'zh-CN': '学位公证', en: 'Degree' }, group: 'documents', searchTerms: ['学位', '学位证', 'xw', 'xwz', 'degree', 'bachelor', 'master', ...ABROAD],
    basis: cite(NOTARY, '11(7)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'published-list',
    materials: [...PERSON, need('degree-certificate')], conditional: [], sources: LISTED },
  { code: 'evidence-preservation', name: { 'zh-CN': '保全证据公证', en: 'Preservation of evidence' }, group: 'documents',
    searchTerms: ['证据', '保全', '取证', '网页', '截图', 'zj', 'bq', 'zjbq', 'evidence', 'screenshot', 'web page'],
    basis: cite(NOTARY, '11(9)'), inPersonOnly: false, fee: 'evidence-or-escrow', listBasis: 'general-pattern',
    materials: [need('applicant-id'), need('evidence-description', 'original'), need('interest-proof')], conditional: [], sources: LISTED },
  { code: 'escrow', name: { 'zh-CN': '提存公证', en: 'Escrow (deposit with the notary)' }, group: 'documents',
    searchTerms: ['提存', '存款', '押金', 'tc', 'escrow', 'deposit'],
    basis: cite(NOTARY, '12(2)'), inPersonOnly: false, fee: 'evidence-or-escrow', listBasis: 'general-pattern',
    materials: [need('applicant-id'), need('escrow-basis'), need('escrow-object', 'original')], conditional: [], sources: LISTED },
  { code: 'signature-seal', name: { 'zh-CN': '签名、印鉴属实公证', en: 'Signature and seal' }, group: 'documents',
    searchTerms: ['签名', '签字', '印鉴', '盖章', 'qm', 'qz', 'yj', 'signature', 'seal', 'stamp'],
    // signed or sealed before the notary by the signer: a matter closely tied to the person (Procedure Rules Art 11)
    basis: cite(NOTARY, '11(10)'), inPersonOnly: true, fee: 'individual-fact', listBasis: 'general-pattern',
    materials: [need('applicant-id'), need('signed-document', 'original')], conditional: [], sources: LISTED },
  { code: 'copy-conforms', name: { 'zh-CN': '复印件与原件相符公证', en: 'Copy conforms to the original' }, group: 'documents',
    searchTerms: ['复印件', '原件', '相符', '复印', 'fyj', 'yj', 'copy', 'true copy', 'certified copy'],
    basis: cite(NOTARY, '11(10)'), inPersonOnly: false, fee: 'individual-fact', listBasis: 'general-pattern',
    materials: [need('applicant-id'), need('original-document')], conditional: [], sources: LISTED },
];

const FEE_BASIS = cite(NOTARY, '46');
const WAIVER = { 'zh-CN': '符合法律援助条件的，减免公证费（公证法第34条、法律援助法第53条）。', en: 'Reduced or waived for people who qualify for legal aid (Notary Law Art 34; Legal Aid Law Art 53).' };
const fee = (zh: string, en: string) => ({
  text: { 'zh-CN': `${zh}（山东省收费标准 鲁价费发〔2017〕68号，是否仍现行尚未核实）。${WAIVER['zh-CN']}`, en: `${en} (Shandong schedule Lu Jia Fei Fa [2017] No. 68; whether still current is unverified). ${WAIVER.en}` },
  basis: FEE_BASIS,
  unverified: true,
});

export const NOTARY_CATALOGUE: NotaryCatalogue = {
  version: '2026.3.0',
  reviewed: '2026-12-06',
  materials: NOTARY_MATERIALS,
  groups: [
    { code: 'family', name: { 'zh-CN': '个人身份与家庭', en: 'Personal status and family' } },
    { code: 'property', name: { 'zh-CN': '财产与继承', en: 'Property and inheritance' } },
    { code: 'company', name: { 'zh-CN': '公司企业', en: 'Company' } },
    { code: 'documents', name: { 'zh-CN': '证据与文书', en: 'Evidence and documents' } },
  ],
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
  inPerson: {
    rule: {
      text: {
        'zh-CN': '本事项须由当事人本人亲自申请办理，不能委托他人代理（公证程序规则第11条；公证法第26条）。',
        en: 'The person concerned must apply themself; an agent cannot apply for them (Notary Procedure Rules Art 11; Notary Law Art 26).',
      },
      basis: cite('notary-procedure-rules-2020', '11'),
    },
    refusal: {
      code: 'agent-not-allowed',
      text: {
        'zh-CN': '遗嘱、遗赠扶养协议、赠与、认领亲子、收养关系、解除收养关系、生存状况、委托、声明、保证及其他与自然人人身有密切关系的公证事项，应当由本人亲自申请办理，不能由代理人代为申请（公证程序规则第11条；公证法第26条）。',
        en: 'Wills, legacy-support agreements, gifts, acknowledging a child, adoption and its dissolution, being alive, powers of attorney, declarations, guarantees and other matters closely tied to the person must be applied for by the person themself; an agent cannot apply (Notary Procedure Rules Art 11; Notary Law Art 26).',
      },
      basis: cite('notary-procedure-rules-2020', '11'),
      instead: {
        'zh-CN': '请当事人本人携带下列材料到公证机构申请，可以先预约办理时间。',
        en: 'The person concerned comes to the notary office with the materials below; you can book a time for them first.',
      },
    },
    homeVisit: {
      will: {
        scope: 'rule',
        text: {
          'zh-CN': '遗嘱人到公证机构确有困难的，可以书面或者口头请求公证员到其住所或者临时处所（如医院）办理（遗嘱公证细则第5条）；外出办理按外出标准收费。',
          en: 'If the testator has difficulty coming to the office, they may ask, in writing or orally, for a notary to come to their home or temporary residence such as a hospital (Rules on the Notarisation of Wills Art 5); the off-site fee applies.',
        },
        basis: cite('will-notarization-rules-2000', '5'),
      },
      other: {
        scope: 'ask-the-office',
        text: {
          'zh-CN': '这里引用的规定只为遗嘱规定了上门办理（遗嘱公证细则第5条），没有为本事项规定；当事人到公证机构有困难的，请向公证机构询问能否另行安排。',
          en: 'The rules cited here provide a home or hospital visit for wills only (Rules on the Notarisation of Wills Art 5), not for this matter; if the person cannot come, ask the notary office whether it can arrange otherwise.',
        },
        basis: cite('will-notarization-rules-2000', '5'),
      },
    },
  },
  pledge: {
    text: {
      'zh-CN': '公证机构实行告知承诺制的，标注的证明可以由申请人签署书面承诺代替；请向公证机构确认。',
      en: 'Where the notary office applies the pledge system (告知承诺制), a signed pledge may replace the proofs marked; confirm with the office.',
    },
    source: MOJ_SERVICE_OPINION,
  },
  generalPatternNote: {
    'zh-CN': '本事项的清单按各公证机构公开清单的通用要求（身份证件、户口簿及所涉文书）列出，尚未与本事项的公开清单逐项核对；请以公证机构公布的清单为准（清单之外不得要求其他证明）。',
    en: 'This list follows what notary offices’ published lists ask for in general (ID, 户口簿 and the document concerned); it has not been checked item by item against a published list for this matter. The office’s published list governs, and nothing outside it may be demanded.',
  },
  spanishTranslation: {
    countries: ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'ES', 'GQ', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV', 'UY', 'VE'],
    text: { 'zh-CN': '目的国为西班牙语国家，译文须为西班牙语。', en: 'The destination is Spanish-speaking: the translation must be into Spanish.' },
    source: TRANSLATION_SOURCES,
  },
  sources: [
    { title: 'Notary Law of the PRC (2017), LawRefBook 行政法/公证法(2017-09-01).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' },
    { title: 'Notary Procedure Rules (2006, amended 2020) Arts 11, 12 and 18, and Rules on the Notarisation of Wills (2000), third-party copies of the official texts', tag: 'V-3p' },
    { title: 'Civil Code of the PRC (2020) Arts 301, 1062, 1124 and 1153: who else must agree to a disposal, renouncing an inheritance, the spouse’s half', url: 'https://www.npc.gov.cn/npc/c30834/202006/75ba6483b8344591abd07917e1d25cc8.shtml', tag: 'V-3p' },
    PUBLISHED_LISTS, CNA_INHERITANCE, MOJ_SERVICE_OPINION,
  ],
};

export const NOTARY_CATALOGUE_REVIEW: DataReview = {
  table: 'NOTARY_CATALOGUE',
  reviewed: NOTARY_CATALOGUE.reviewed!,
  sources: NOTARY_CATALOGUE.sources,
  reReview: {
    who: 'A Jining notary office (公证处), with a core maintainer',
    when: 'Every January, whenever a Jining notary office republishes its material list (证明材料清单) or the Notary Procedure Rules change, and the fees whenever Shandong’s price authority publishes a new schedule',
  },
};
