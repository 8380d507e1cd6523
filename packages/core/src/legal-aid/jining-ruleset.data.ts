// The default legal-aid ruleset for Jining: the Legal Aid Law (2021) with the
// Shandong Legal Aid Regulation (2015) where it adds to it (Arts 8-17 of the 2015 text).
import { cite } from '../legal-basis/laws.data.js';
import { JINING_LEGAL_AID_DOCUMENTS } from './jining-documents.data.js';
import type { LegalAidRuleset } from './legal-aid-ruleset.js';
import type { DataReview } from '../review/data-review.js';

const LAW = 'legal-aid-law-2021';
const SHANDONG = 'shandong-legal-aid-regulation-2015';

export const JINING_LEGAL_AID_RULESET: LegalAidRuleset = {
  id: 'jining-legal-aid',
  version: '2026.3.0',
  effectiveFrom: '2022-01-01',
  // read against the Law's text (LawRefBook) on this day: Art 42(3) per claim, Arts 14, 30 and 64
  reviewed: '2026-12-06',
  regions: [
    '370800', '370811', '370812', '370826', '370827', '370828', '370829', '370830', '370831', '370832',
    '370871', '370881', '370883',
    // codes still found in ID numbers and older systems: former 市中区 and former 兖州市
    '370802', '370882',
  ],
  title: { 'zh-CN': '济宁市法律援助规则', en: 'Legal aid rules for Jining' },
  sources: [
    { title: 'Legal Aid Law of the PRC, LawRefBook/Laws 行政法/法律援助法(2021-08-20).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' },
    { title: 'Shandong Legal Aid Regulation (2015-04-01), LawRefBook DLC/山东地方法规', url: 'https://github.com/LawRefBook/Laws', tag: 'V' },
    { title: 'Linyi Justice Bureau (2017) on Shandong abolishing the subject-matter restriction', url: 'https://sfj.linyi.gov.cn/info/1023/2294.htm', tag: 'V-3p' },
    { title: 'Legal Aid Regulation (State Council, 2003) Art 17: what an application brings, third-party copies', tag: 'V-3p' },
  ],
  proceedings: [
    { code: 'criminal', label: { 'zh-CN': '刑事案件', en: 'Criminal case' } },
    { code: 'civil', label: { 'zh-CN': '民事案件', en: 'Civil case' } },
    { code: 'administrative', label: { 'zh-CN': '行政案件', en: 'Administrative case' } },
    { code: 'non-litigation', label: { 'zh-CN': '非诉讼事项（如劳动仲裁、调解）', en: 'Non-litigation matter (e.g. labour arbitration, mediation)' } },
  ],
  formsOfAid: [
    { code: 'legal-consultation', label: { 'zh-CN': '法律咨询', en: 'Legal consultation' }, basis: cite(LAW, '22(1)') },
    { code: 'document-drafting', label: { 'zh-CN': '代拟法律文书', en: 'Drafting legal documents' }, basis: cite(LAW, '22(2)') },
    { code: 'criminal-defence', label: { 'zh-CN': '刑事辩护与代理', en: 'Criminal defence and representation' }, basis: cite(LAW, '22(3)') },
    { code: 'civil-administrative-representation', label: { 'zh-CN': '民事案件、行政案件、国家赔偿案件的诉讼代理及非诉讼代理', en: 'Litigation and non-litigation representation in civil, administrative and state-compensation cases' }, basis: cite(LAW, '22(4)') },
    { code: 'duty-lawyer', label: { 'zh-CN': '值班律师法律帮助', en: 'Duty-lawyer help' }, basis: cite(LAW, '22(5)') },
    { code: 'labour-dispute-representation', label: { 'zh-CN': '劳动争议调解与仲裁代理', en: 'Representation in labour-dispute mediation and arbitration' }, basis: cite(LAW, '22(6)') },
    { code: 'other-forms', label: { 'zh-CN': '法律、法规、规章规定的其他形式', en: 'Other forms set by laws, regulations or rules' }, basis: cite(LAW, '22(7)') },
  ],
  criminalRoles: [
    {
      role: 'suspect-or-defendant',
      label: { 'zh-CN': '犯罪嫌疑人或被告人', en: 'Suspect or defendant' },
      reason: {
        'zh-CN': '没有委托辩护人的犯罪嫌疑人、被告人因经济困难或者其他原因，本人及其近亲属可以申请法律援助。',
        en: 'A suspect or defendant without a defender, because of economic difficulty or other reasons, or their close relatives, may apply for legal aid.',
      },
      basis: cite(LAW, '24'),
    },
    {
      role: 'victim',
      label: { 'zh-CN': '公诉案件的被害人（或其法定代理人、近亲属）', en: 'Victim in a public prosecution (or their legal representative or close relative)' },
      reason: {
        'zh-CN': '公诉案件中的被害人及其法定代理人或者近亲属，因经济困难没有委托诉讼代理人的，可以申请法律援助。',
        en: 'The victim in a public prosecution, or their legal representative or close relative, may apply if economic difficulty leaves them without an agent.',
      },
      basis: cite(LAW, '29'),
    },
    {
      role: 'private-prosecutor',
      label: { 'zh-CN': '自诉人（或其法定代理人）', en: 'Private prosecutor (or their legal representative)' },
      reason: {
        'zh-CN': '自诉案件的自诉人及其法定代理人，因经济困难没有委托诉讼代理人的，可以申请法律援助。',
        en: 'A private prosecutor, or their legal representative, may apply if economic difficulty leaves them without an agent.',
      },
      basis: cite(LAW, '29'),
    },
    {
      role: 'civil-claimant',
      label: { 'zh-CN': '刑事附带民事诉讼的原告人（或其法定代理人）', en: 'Plaintiff in an incidental civil action (or their legal representative)' },
      reason: {
        'zh-CN': '刑事附带民事诉讼案件的原告人及其法定代理人，因经济困难没有委托诉讼代理人的，可以申请法律援助。',
        en: 'The plaintiff in an incidental civil action, or their legal representative, may apply if economic difficulty leaves them without an agent.',
      },
      basis: cite(LAW, '29'),
    },
  ],
  circumstances: [
    {
      code: 'minor', effect: 'authority-notifies',
      label: { 'zh-CN': '未成年人', en: 'A minor' },
      reason: { 'zh-CN': '犯罪嫌疑人、被告人是未成年人，没有委托辩护人的，办案机关应当通知法律援助机构指派律师担任辩护人。', en: 'The accused is a minor without a defender: the case-handling authority must notify the legal aid agency to assign a defence lawyer.' },
      basis: cite(LAW, '25.1(1)'),
    },
    {
      code: 'visual-hearing-speech-disability', effect: 'authority-notifies',
      label: { 'zh-CN': '视力、听力、言语残疾人', en: 'A person with a visual, hearing or speech disability' },
      reason: { 'zh-CN': '犯罪嫌疑人、被告人是视力、听力、言语残疾人，没有委托辩护人的，办案机关应当通知法律援助机构指派律师。', en: 'The accused has a visual, hearing or speech disability and no defender: the authority must notify the legal aid agency to assign a lawyer.' },
      basis: cite(LAW, '25.1(2)'),
    },
    {
      code: 'limited-mental-capacity', effect: 'authority-notifies',
      label: { 'zh-CN': '不能完全辨认自己行为的成年人', en: 'An adult who cannot fully recognise their own conduct' },
      reason: { 'zh-CN': '犯罪嫌疑人、被告人是不能完全辨认自己行为的成年人，没有委托辩护人的，办案机关应当通知法律援助机构指派律师。', en: 'The accused is an adult who cannot fully recognise their own conduct and has no defender: the authority must notify the legal aid agency.' },
      basis: cite(LAW, '25.1(3)'),
    },
    {
      code: 'possible-life-or-death-sentence', effect: 'authority-notifies',
      label: { 'zh-CN': '可能被判处无期徒刑、死刑', en: 'May be sentenced to life imprisonment or death' },
      reason: { 'zh-CN': '犯罪嫌疑人、被告人可能被判处无期徒刑、死刑，没有委托辩护人的，办案机关应当通知法律援助机构指派律师。', en: 'The accused may be sentenced to life imprisonment or death and has no defender: the authority must notify the legal aid agency.' },
      basis: cite(LAW, '25.1(4)'),
    },
    {
      code: 'death-penalty-review', effect: 'authority-notifies',
      label: { 'zh-CN': '申请法律援助的死刑复核案件被告人', en: 'A defendant in death-penalty review who asks for legal aid' },
      reason: { 'zh-CN': '死刑复核案件的被告人申请法律援助的，人民法院应当通知法律援助机构指派律师。', en: 'A defendant in death-penalty review who asks for aid: the court must notify the legal aid agency to assign a lawyer.' },
      basis: cite(LAW, '25.1(5)'),
    },
    {
      code: 'trial-in-absentia', effect: 'authority-notifies',
      label: { 'zh-CN': '缺席审判案件的被告人', en: 'A defendant tried in absentia' },
      reason: { 'zh-CN': '缺席审判案件的被告人没有委托辩护人的，人民法院应当通知法律援助机构指派律师。', en: 'A defendant tried in absentia without a defender: the court must notify the legal aid agency to assign a lawyer.' },
      basis: cite(LAW, '25.1(6)'),
    },
    {
      code: 'compulsory-medical-treatment', effect: 'authority-notifies',
      label: { 'zh-CN': '强制医疗案件的被申请人或被告人', en: 'The respondent or defendant in a compulsory medical-treatment case' },
      reason: { 'zh-CN': '强制医疗案件中，被申请人或者被告人没有委托诉讼代理人的，人民法院应当通知法律援助机构指派律师。', en: 'In a compulsory medical-treatment case without an agent, the court must notify the legal aid agency to assign a lawyer.' },
      basis: cite(LAW, '28'),
    },
    {
      code: 'hero-martyr-relative', effect: 'no-means-test',
      label: { 'zh-CN': '英雄烈士近亲属维护其人格权益', en: "A hero's or martyr's close relative protecting their personality rights" },
      reason: { 'zh-CN': '英雄烈士近亲属为维护英雄烈士的人格权益申请法律援助的，不受经济困难条件的限制。', en: "A hero's or martyr's close relative protecting that person's personality rights gets aid without any economic condition." },
      basis: cite(LAW, '32(1)'),
      proof: { 'zh-CN': '英雄烈士身份及近亲属关系证明', en: 'Proof of the hero or martyr status and of the close relationship' },
    },
    {
      code: 'acting-bravely', effect: 'no-means-test',
      label: { 'zh-CN': '因见义勇为行为主张相关民事权益', en: 'A civil claim arising from acting bravely for a just cause' },
      reason: { 'zh-CN': '因见义勇为行为主张相关民事权益申请法律援助的，不受经济困难条件的限制。', en: 'Civil claims arising from acting bravely for a just cause get aid without any economic condition.' },
      basis: cite(LAW, '32(2)'),
      proof: { 'zh-CN': '见义勇为行为的确认材料', en: 'The confirmation of the act of bravery' },
    },
    {
      code: 'retrial-acquittal-compensation', effect: 'no-means-test',
      label: { 'zh-CN': '再审改判无罪请求国家赔偿', en: 'State compensation after a retrial acquittal' },
      reason: { 'zh-CN': '再审改判无罪请求国家赔偿申请法律援助的，不受经济困难条件的限制。', en: 'Claims for state compensation after a retrial overturns a conviction get aid without any economic condition.' },
      basis: cite(LAW, '32(3)'),
      proof: { 'zh-CN': '再审改判无罪的裁判文书', en: 'The retrial judgment of acquittal' },
    },
    {
      code: 'abuse-abandonment-domestic-violence', effect: 'no-means-test',
      label: { 'zh-CN': '遭受虐待、遗弃或者家庭暴力的受害人', en: 'A victim of abuse, abandonment or domestic violence' },
      reason: { 'zh-CN': '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益申请法律援助的，不受经济困难条件的限制。', en: 'Victims of abuse, abandonment or domestic violence get aid without any economic condition.' },
      basis: cite(LAW, '32(4)'),
      proof: { 'zh-CN': '遭受虐待、遗弃或家庭暴力的相关材料（如告诫书、人身安全保护令、报警记录、就医记录）', en: 'Any record of the abuse, abandonment or violence (e.g. a police warning, a protection order, call-out records, medical records)' },
    },
    {
      code: 'no-fixed-income-minor-elderly-disabled', effect: 'verification-waived',
      label: { 'zh-CN': '无固定生活来源的未成年人、老年人、残疾人', en: 'A minor, elderly or disabled person with no fixed source of living' },
      reason: { 'zh-CN': '无固定生活来源的未成年人、老年人、残疾人等特定群体，提交相关证件、证明材料的，免予核查经济困难状况。', en: 'Minors, elderly or disabled people with no fixed source of living who show their documents are not checked for economic difficulty.' },
      basis: cite(LAW, '42(1)'),
      proof: { 'zh-CN': '年龄、残疾证明（如残疾人证）及无固定生活来源的说明', en: 'Proof of age or disability (e.g. disability certificate) and of having no fixed source of living' },
    },
    {
      code: 'social-assistance-recipient', effect: 'verification-waived',
      label: { 'zh-CN': '社会救助、司法救助或者优抚对象（如低保、特困供养人员）', en: 'A recipient of social assistance, judicial assistance or special care (e.g. minimum living allowance)' },
      reason: { 'zh-CN': '社会救助、司法救助或者优抚对象提交相关证件、证明材料的，免予核查经济困难状况。', en: 'Recipients of social assistance, judicial assistance or special care who show their documents are not checked for economic difficulty.' },
      basis: cite(LAW, '42(2)'),
      proof: { 'zh-CN': '低保证、特困供养证、司法救助决定或优抚证件', en: 'The minimum-living-allowance or extreme-poverty-support card, the judicial-assistance decision or the special-care certificate' },
    },
    {
      code: 'migrant-worker-wages-or-injury', effect: 'verification-waived',
      label: { 'zh-CN': '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员', en: 'A migrant worker claiming wages or work-injury compensation' },
      reason: { 'zh-CN': '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员，免予核查经济困难状况。', en: 'Migrant workers claiming wages or work-injury compensation are not checked for economic difficulty.' },
      basis: cite(LAW, '42(3)'),
      proof: { 'zh-CN': '劳动关系或务工事实的证明（如劳动合同、工资记录、工友证言）', en: 'Proof of the work (e.g. labour contract, pay records, co-workers’ statements)' },
      // Art 42(3) names these two claims only: not confirming a labour relationship alone, nor a traffic, food or drug, or medical accident
      matters: ['wages', 'work-injury'],
    },
  ],
  matters: [
    { code: 'state-compensation', label: { 'zh-CN': '依法请求国家赔偿', en: 'Claiming state compensation' },
      reason: { 'zh-CN': '依法请求国家赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Claiming state compensation: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(1)') },
    { code: 'social-insurance-or-assistance', label: { 'zh-CN': '请求给予社会保险待遇或者社会救助', en: 'Claiming social-insurance benefits or social assistance' },
      reason: { 'zh-CN': '请求给予社会保险待遇或者社会救助，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Claiming social-insurance benefits or social assistance: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(2)') },
    { code: 'pension-or-survivor-benefit', label: { 'zh-CN': '请求发给抚恤金', en: 'Claiming a pension or survivor benefit' },
      reason: { 'zh-CN': '请求发给抚恤金，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Claiming a pension or survivor benefit: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(3)') },
    { code: 'support-payments', label: { 'zh-CN': '请求给付赡养费、抚养费、扶养费', en: 'Claiming support for elders, children or a spouse' },
      reason: { 'zh-CN': '请求给付赡养费、抚养费、扶养费，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Claiming support payments: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(4)') },
    { code: 'labour-relationship', label: { 'zh-CN': '请求确认劳动关系', en: 'Confirming a labour relationship' },
      reason: { 'zh-CN': '请求确认劳动关系，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Confirming a labour relationship: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(5)') },
    { code: 'wages', label: { 'zh-CN': '请求支付劳动报酬', en: 'Claiming wages (labour remuneration)' },
      reason: { 'zh-CN': '请求支付劳动报酬，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Claiming wages: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(5)') },
    { code: 'civil-capacity', label: { 'zh-CN': '请求认定公民无民事行为能力或者限制民事行为能力', en: 'Having someone declared without or with limited civil capacity' },
      reason: { 'zh-CN': '请求认定公民无民事行为能力或者限制民事行为能力，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Having a citizen declared without or with limited civil capacity: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(6)') },
    { code: 'work-injury', label: { 'zh-CN': '请求工伤事故人身损害赔偿', en: 'Compensation for a work injury' },
      reason: { 'zh-CN': '请求工伤事故人身损害赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Personal-injury compensation for a work injury: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(7)') },
    { code: 'traffic-accident', label: { 'zh-CN': '请求交通事故人身损害赔偿', en: 'Compensation for injury in a traffic accident' },
      reason: { 'zh-CN': '请求交通事故人身损害赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Personal-injury compensation from a traffic accident: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(7)') },
    { code: 'food-or-drug-safety-accident', label: { 'zh-CN': '请求食品药品安全事故人身损害赔偿', en: 'Compensation for injury from a food or drug safety accident' },
      reason: { 'zh-CN': '请求食品药品安全事故人身损害赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Personal-injury compensation from a food or drug safety accident: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(7)') },
    { code: 'medical-accident', label: { 'zh-CN': '请求医疗事故人身损害赔偿', en: 'Compensation for injury from a medical accident' },
      reason: { 'zh-CN': '请求医疗事故人身损害赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Personal-injury compensation from a medical accident: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(7)') },
    { code: 'environmental-damage', label: { 'zh-CN': '请求环境污染、生态破坏损害赔偿', en: 'Compensation for pollution or ecological damage' },
      reason: { 'zh-CN': '请求环境污染、生态破坏损害赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Compensation for environmental pollution or ecological damage: you may apply if economic difficulty leaves you without an agent.' }, basis: cite(LAW, '31(8)') },
    {
      code: 'other', label: { 'zh-CN': '其他事项', en: 'Another matter' },
      reason: {
        'zh-CN': '山东省规定公民为维护自身合法权益，可以就任何事项申请法律援助（须符合经济困难标准）。该条例是否已被新规替代尚未核实。',
        en: 'Shandong lets a citizen apply for legal aid on any matter to protect their own rights, subject to economic difficulty. Whether a newer regulation replaces this rule is unverified.',
      },
      basis: cite(SHANDONG, '8'),
      unverified: true,
    },
  ],
  // Art 31(5) and (7) as a whole, as clients of ruleset 2026.2.0 and earlier still answer; the
  // interview asks their parts apart, since Art 42(3) waives the check for some parts only.
  broaderMatters: [
    { code: 'labour-relationship-or-wages', label: { 'zh-CN': '请求确认劳动关系或者支付劳动报酬', en: 'Confirming a labour relationship or claiming wages' },
      reason: { 'zh-CN': '请求确认劳动关系或者支付劳动报酬，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Confirming a labour relationship or claiming wages: you may apply if economic difficulty leaves you without an agent.' },
      basis: cite(LAW, '31(5)'), parts: ['labour-relationship', 'wages'] },
    { code: 'personal-injury', label: { 'zh-CN': '请求工伤、交通事故、食品药品安全事故、医疗事故人身损害赔偿', en: 'Personal-injury compensation (work injury, traffic, food or drug safety, medical accident)' },
      reason: { 'zh-CN': '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿，因经济困难没有委托代理人的，可以申请法律援助。', en: 'Personal-injury compensation from a work, traffic, food or drug safety or medical accident: you may apply if economic difficulty leaves you without an agent.' },
      basis: cite(LAW, '31(7)'), parts: ['work-injury', 'traffic-accident', 'food-or-drug-safety-accident', 'medical-accident'] },
  ],
  economicHardship: [
    {
      regions: [
        '370800', '370811', '370812', '370826', '370827', '370828', '370829', '370830', '370831', '370832',
        '370871', '370881', '370883', '370802', '370882',
      ],
      // Illustrative: Jining's 低保 figure was not found (not published where we looked). Operators set the published one.
      minimumLivingStandard: 1000,
      multiple: 2,
      description: {
        'zh-CN': '家庭月人均收入低于受理机构所在县（市、区）上年度城乡居民最低生活保障标准的2倍。本数值为示例，可配置，尚未核实。',
        en: 'Household income per head per month below twice the previous year’s minimum living standard (低保) of the accepting agency’s county. The figure is illustrative, configurable and unverified.',
      },
      basis: cite(SHANDONG, '8'),
      sources: [
        { title: 'Shandong Legal Aid Regulation (2015) Art 8', tag: 'V' },
        { title: 'Legal Aid Law Art 34: the province sets the standard', tag: 'V' },
        { title: 'Jining 低保 standard: not found; 1,000 yuan is an illustrative placeholder value', tag: 'U' },
      ],
      unverified: true,
      configurable: true,
    },
  ],
  procedure: {
    whereToApply: {
      litigation: {
        text: { 'zh-CN': '向办案机关所在地的法律援助机构申请（可通过济宁市公共法律服务平台或各级公共法律服务中心窗口）。', en: 'Apply to the legal aid agency where the case-handling authority is located (online through the Jining public legal service platform, or at a public legal service center).' },
        basis: cite(LAW, '38'),
      },
      nonLitigation: {
        text: { 'zh-CN': '向争议处理机关所在地或者事由发生地的法律援助机构申请。', en: 'Apply to the legal aid agency where the dispute-handling authority is, or where the matter arose.' },
        basis: cite(LAW, '38'),
      },
      byAuthority: {
        text: { 'zh-CN': '无需申请：公安机关、人民检察院、人民法院应当通知其所在地的法律援助机构指派律师。', en: 'No application needed: the police, procuratorate or court must notify the legal aid agency where they are located to assign a lawyer.' },
        basis: cite(LAW, '25.1'),
      },
    },
    decisionTime: {
      days: 7, unit: 'days',
      text: {
        'zh-CN': '法律援助机构应当自收到申请之日起7日内审查并作出决定。《山东省法律援助条例》第15条规定5个工作日；两者不一致时以《法律援助法》为准，办理机构可能更快。',
        en: 'The agency decides within 7 days of receiving the application. The Shandong regulation (Art 15) says 5 working days; where they differ the national Law prevails, and the agency may be quicker.',
      },
      basis: cite(LAW, '43'),
    },
    assignmentTime: {
      days: 3, unit: 'days',
      text: { 'zh-CN': '办案机关应当在3日内通知法律援助机构，法律援助机构收到通知后3日内指派律师。', en: 'The authority notifies the legal aid agency within 3 days, and the agency assigns a lawyer within 3 days of the notice.' },
      basis: cite(LAW, '36'),
    },
    steps: {
      apply: {
        text: { 'zh-CN': '提出法律援助申请，如实说明经济状况；材料不全的，机构应当一次性告知需补充的全部材料。', en: 'Apply for legal aid and describe your finances truthfully; if anything is missing, the agency must list everything missing in one notice.' },
        basis: cite(LAW, '43'),
      },
      'apply-from-detention': {
        text: { 'zh-CN': '被羁押的犯罪嫌疑人、被告人可通过办案机关、监管场所或值班律师提出申请，应当在24小时内转交法律援助机构。', en: 'A detained suspect or defendant can apply through the case-handling authority, the detention facility or a duty lawyer, who must forward the application within 24 hours.' },
        basis: cite(LAW, '39'),
      },
      'tell-authority-no-defender': {
        text: { 'zh-CN': '告知办案的公安机关、检察院或法院您（或您的亲属）没有委托辩护人，由其通知法律援助机构。', en: 'Tell the police, procuratorate or court handling the case that there is no defender; they must notify the legal aid agency.' },
        basis: cite(LAW, '25.1'),
      },
      'experienced-lawyer': {
        text: { 'zh-CN': '可能判处无期徒刑、死刑的案件和死刑复核案件，指派的律师应当具有三年以上相关执业经历。', en: 'In cases of possible life or death sentences and in death-penalty review, the assigned lawyer must have at least 3 years of relevant practice.' },
        basis: cite(LAW, '26'),
      },
      'sign-commitment': {
        text: { 'zh-CN': '签署个人诚信承诺书（告知承诺），如实说明经济困难状况，并授权法律援助机构核查。', en: 'Sign the personal integrity pledge, declare your finances truthfully and authorise the agency to check them.' },
        basis: cite(LAW, '41'),
      },
      'false-statement-penalty': {
        text: { 'zh-CN': '以欺骗或者其他不正当手段获得法律援助的，由司法行政部门责令支付已实施法律援助的费用，并处三千元以下罚款。', en: 'Whoever obtains legal aid by deception or other improper means is ordered by the justice bureau to pay the cost of the aid given, and is fined up to 3,000 yuan as well.' },
        basis: cite(LAW, '64'),
      },
      'bring-circumstance-proof': {
        text: { 'zh-CN': '携带能证明您所属情形的证件或材料，经济困难状况免予核查。', en: 'Bring the documents that show your circumstance; your finances will then not be checked.' },
        basis: cite(LAW, '42'),
      },
      'urgent-aid': {
        text: { 'zh-CN': '距诉讼时效或期限届满不足7日，或需要立即申请财产保全、证据保全、先予执行的，可请求先行提供法律援助。', en: 'If fewer than 7 days remain before a limitation period or deadline, or asset or evidence preservation is needed at once, ask for aid before the decision.' },
        basis: cite(LAW, '44'),
      },
      objection: {
        text: { 'zh-CN': '对不予法律援助或终止法律援助的决定有异议的，可向设立该法律援助机构的司法行政部门提出，其在5日内作出决定；之后仍可申请行政复议或提起行政诉讼。法律未规定提出期限，《山东省法律援助条例》第16条规定30日内（是否仍有效尚未核实）。', en: 'If aid is refused or ended, you may object to the justice bureau that set up the agency, which decides within 5 days; after that you may seek administrative reconsideration or sue. The Law sets no filing deadline; the Shandong regulation (Art 16) says 30 days (unverified whether still in force).' },
        basis: cite(LAW, '49'),
      },
      'notary-fee-waiver': {
        text: { 'zh-CN': '受援人办理公证、司法鉴定的，公证机构、司法鉴定机构应当减免相关费用。', en: 'As a legal-aid recipient, notary and forensic-appraisal fees are reduced or waived.' },
        basis: cite(LAW, '53.2'),
      },
      'free-consultation': {
        text: { 'zh-CN': '您仍可通过服务窗口、12345热线或网上平台免费获得法律咨询。', en: 'You can still get free legal consultation at a service window, on the 12345 hotline or online.' },
        basis: cite(LAW, '23'),
      },
      'accused-other-reasons': {
        text: { 'zh-CN': '犯罪嫌疑人、被告人因经济困难以外的其他原因没有委托辩护人的，本人及其近亲属仍可以申请法律援助，由法律援助机构审查决定。', en: 'A suspect or defendant who has no defender for a reason other than economic difficulty may still apply, as may their close relatives; the legal aid agency decides.' },
        basis: cite(LAW, '24'),
      },
      'duty-lawyer': {
        text: { 'zh-CN': '法律援助机构在人民法院、人民检察院和看守所等场所派驻值班律师，为没有辩护人的犯罪嫌疑人、被告人提供法律援助。', en: 'The legal aid agency stations duty lawyers at courts, procuratorates, detention centers and similar places for suspects and defendants without a defender.' },
        basis: cite(LAW, '14'),
      },
      'duty-lawyer-help': {
        text: { 'zh-CN': '值班律师提供法律咨询、程序选择建议、申请变更强制措施、对案件处理提出意见等法律帮助。', en: 'A duty lawyer gives legal advice, advice on the choice of procedure, applies for a change of coercive measures and puts forward views on how the case is handled.' },
        basis: cite(LAW, '30'),
      },
      'court-may-notify': {
        text: { 'zh-CN': '适用普通程序审理的刑事案件，被告人没有委托辩护人的，人民法院可以通知法律援助机构指派律师。', en: 'In cases tried under ordinary procedure, the court may notify the legal aid agency to assign a lawyer to a defendant without one.' },
        basis: cite(LAW, '25.2'),
      },
      'regional-hardship-grounds': {
        text: { 'zh-CN': '因严重疾病、自然灾害等不可抗力导致无力支付法律服务费用的，也可以申请法律援助（山东省规定，是否仍有效尚未核实）。', en: 'People unable to pay because of serious illness, natural disaster or force majeure may also apply (Shandong rule; whether still in force is unverified).' },
        basis: cite(SHANDONG, '10'),
      },
      'answer-questions': {
        text: { 'zh-CN': '请回答剩余问题，以便判断您是否符合法律援助条件。', en: 'Answer the remaining questions to find out whether you qualify for legal aid.' },
        basis: cite(LAW, '23'),
      },
    },
    documents: JINING_LEGAL_AID_DOCUMENTS,
    reasons: {
      'region-not-covered': {
        text: { 'zh-CN': '该地区不适用本规则，请向当地法律援助机构咨询。', en: 'These rules do not cover that region: ask the local legal aid agency.' },
        basis: cite(LAW, '38'),
      },
      'means-test-passed': {
        text: { 'zh-CN': '家庭月人均收入{perHead}元，低于经济困难标准{threshold}元（示例数值，可配置，尚未核实）。', en: 'Household income per head of {perHead} yuan a month is below the economic-difficulty line of {threshold} yuan (an illustrative, configurable, unverified figure).' },
        basis: cite(SHANDONG, '8'),
      },
      'means-test-failed': {
        text: { 'zh-CN': '家庭月人均收入{perHead}元，不低于经济困难标准{threshold}元（示例数值，可配置，尚未核实）。', en: 'Household income per head of {perHead} yuan a month is not below the economic-difficulty line of {threshold} yuan (an illustrative, configurable, unverified figure).' },
        basis: cite(SHANDONG, '8'),
      },
      'means-test-commitment': {
        text: { 'zh-CN': '您选择以个人诚信承诺说明经济困难状况，法律援助机构可通过信息共享核查。', en: 'You chose to declare your finances with the integrity pledge; the agency may check them through shared records.' },
        basis: cite(LAW, '41'),
      },
      'matter-not-covered': {
        text: { 'zh-CN': '该事项不在可申请法律援助的范围内。', en: 'This matter is not one for which legal aid can be granted.' },
        basis: cite(LAW, '31'),
      },
      'information-needed': {
        text: { 'zh-CN': '还需要更多信息才能作出判断。', en: 'More information is needed before an answer can be given.' },
        basis: cite(LAW, '23'),
      },
      // {circumstance} is the circumstance's label; the evaluator cites the circumstance's own article
      'circumstance-not-for-matter': {
        text: { 'zh-CN': '“{circumstance}”免予核查经济困难状况只适用于法律列明的事项，不适用于本事项，因此仍需审查经济困难状况。', en: '“{circumstance}” waives the check of your finances only for the claims the law names, not for this one, so your finances are still checked.' },
        basis: cite(LAW, '42'),
      },
      'matter-more-specific': {
        text: { 'zh-CN': '请选择更具体的事项：“{circumstance}”只适用于其中的部分事项。', en: 'Choose a more specific matter: “{circumstance}” applies to only some of the claims it covers.' },
        basis: cite(LAW, '42'),
      },
    },
  },
  // the plain words the checker asks with (2026.3.0): questions and answer codes, both locales
  interview: {
    questions: {
      proceeding: {
        heading: {
          'zh-CN': '您遇到的是哪一类案件或事情？',
          en: 'What kind of case or problem do you have?',
        },
        hint: {
          'zh-CN': '不确定时，选择最接近的一项。',
          en: 'If you are not sure, choose the closest one.',
        },
        short: {
          'zh-CN': '案件类型',
          en: 'Kind of case',
        },
      },
      criminalRole: {
        heading: {
          'zh-CN': '您在这起刑事案件中是什么身份？',
          en: 'What is your part in the criminal case?',
        },
        hint: {
          'zh-CN': '也可以替家人回答。',
          en: 'You can also answer for a family member.',
        },
        short: {
          'zh-CN': '在刑事案件中的身份',
          en: 'Part in the criminal case',
        },
      },
      circumstances: {
        heading: {
          'zh-CN': '下列情况中，有符合您的吗？',
          en: 'Do any of these apply to you?',
        },
        hint: {
          'zh-CN': '可以多选。有些情况可以免除经济条件审查，或者由办案机关直接为您通知指派律师。',
          en: 'Select all that apply. Some mean your income is not checked, or that the authorities must arrange a lawyer for you.',
        },
        short: {
          'zh-CN': '特殊情况',
          en: 'Special circumstances',
        },
      },
      matter: {
        heading: {
          'zh-CN': '您想通过法律途径解决什么问题？',
          en: 'What do you want the law to help you with?',
        },
        hint: {
          'zh-CN': '选择最接近的一项。既要确认劳动关系又要追讨工资的，选追讨工资。',
          en: 'Choose the closest one. If you want your work confirmed and your wages paid, choose wages.',
        },
        short: {
          'zh-CN': '要解决的问题',
          en: 'Your problem',
        },
      },
      household: {
        heading: {
          'zh-CN': '您家有几口人，全家每月总收入多少？',
          en: 'How many people live in your household, and what is its total income a month?',
        },
        hint: {
          'zh-CN': '按与您共同生活的家庭成员计算，收入包括工资、养老金、经营收入等，单位为元。这些数字会和其他回答一起发送一次给法律援助服务核对结果，本页面不保存；选择“重新开始”或离开本页后即清除。',
          en: 'Count the people you live with. Income includes wages, pensions and business income, in yuan. These figures are sent once, with your other answers, to the legal-aid service to check the result; this page does not store them, and they are cleared when you start over or leave the page.',
        },
        short: {
          'zh-CN': '家庭人口和月收入',
          en: 'Household and monthly income',
        },
      },
      commitment: {
        heading: {
          'zh-CN': '您愿意签署经济困难状况的诚信承诺吗？',
          en: 'Will you sign a commitment that you are in financial difficulty?',
        },
        hint: {
          'zh-CN': '签署承诺后可以先申请，不必当场提供收入证明；法律援助机构会事后核查。',
          en: 'With the signed commitment you can apply now without proof of income; the legal-aid agency checks it later.',
        },
        short: {
          'zh-CN': '诚信承诺',
          en: 'Integrity commitment',
        },
      },
    },
    answers: {
      criminal: { 'zh-CN': '刑事案件：有人涉嫌犯罪，或我是犯罪的受害人', en: 'A criminal case: someone is suspected of a crime, or I am a victim of one' },
      civil: { 'zh-CN': '民事纠纷：例如欠薪、赡养费、抚养费、交通事故、医疗纠纷', en: 'A civil dispute: for example unpaid wages, support payments, a traffic accident, a medical dispute' },
      administrative: { 'zh-CN': '行政案件：与政府部门的决定有争议', en: 'An administrative case: a dispute with a government decision' },
      'non-litigation': { 'zh-CN': '不打官司的事情：例如劳动仲裁、调解', en: 'Something outside court: for example labour arbitration or mediation' },
      'state-compensation': { 'zh-CN': '国家机关侵犯我的权益，我要求国家赔偿', en: 'A state body harmed my rights and I want state compensation' },
      'social-insurance-or-assistance': { 'zh-CN': '我没有拿到应得的社会保险待遇或社会救助', en: 'I did not get the social insurance or social assistance I am owed' },
      'pension-or-survivor-benefit': { 'zh-CN': '我没有拿到应发的抚恤金', en: 'I did not get a pension or survivor benefit I am owed' },
      'support-payments': { 'zh-CN': '家人不给赡养费、抚养费或扶养费', en: 'A family member does not pay support for elders, children or a spouse' },
      'labour-relationship': { 'zh-CN': '单位不承认我在那里工作过，我要确认劳动关系（不追讨工资）', en: 'My employer denies that I worked there and I want that confirmed (no wages claimed)' },
      wages: { 'zh-CN': '单位拖欠或克扣我的工资', en: 'My employer owes me wages' },
      'civil-capacity': { 'zh-CN': '需要认定家人没有或只有部分民事行为能力（例如患有精神疾病）', en: 'A family member needs to be declared without or with limited civil capacity (for example through mental illness)' },
      'work-injury': { 'zh-CN': '我在工作中受了伤（工伤）', en: 'I was injured at work (a work injury)' },
      'traffic-accident': { 'zh-CN': '我在交通事故中受了伤', en: 'I was injured in a traffic accident' },
      'food-or-drug-safety-accident': { 'zh-CN': '我因食品或药品安全事故受到伤害', en: 'I was harmed by unsafe food or medicine' },
      'medical-accident': { 'zh-CN': '我因医疗事故受到伤害', en: 'I was harmed by medical treatment (a medical accident)' },
      'environmental-damage': { 'zh-CN': '环境污染或生态破坏让我受到损害', en: 'Pollution or ecological damage harmed me' },
      other: { 'zh-CN': '其他问题', en: 'Something else' },
      none: { 'zh-CN': '以上都不符合', en: 'None of these' },
      household: { 'zh-CN': '我有收入数字', en: 'I have the figures' },
      'not-given': { 'zh-CN': '现在不提供收入数字', en: 'I will not give figures now' },
      yes: { 'zh-CN': '愿意签署承诺', en: 'Yes, I will sign it' },
      no: { 'zh-CN': '不愿意', en: 'No' },
    },
  },
};

export const JINING_LEGAL_AID_RULESET_REVIEW: DataReview = {
  table: 'JINING_LEGAL_AID_RULESET',
  reviewed: JINING_LEGAL_AID_RULESET.reviewed!,
  sources: JINING_LEGAL_AID_RULESET.sources,
  reReview: {
    who: 'The Jining legal aid centre (济宁市法律援助中心), with a core maintainer',
    when: 'Every January, and whenever the Legal Aid Law, the State Council regulation or a Ministry of Justice rule changes or Shandong passes a new legal aid regulation (the 2015 one may already be replaced)',
  },
};

export const JINING_HARDSHIP_STANDARD_REVIEW: DataReview = {
  table: 'JINING_LEGAL_AID_RULESET.economicHardship',
  reviewed: '2026-11-30',
  sources: JINING_LEGAL_AID_RULESET.economicHardship.flatMap((standard) => standard.sources),
  reReview: {
    who: 'The Jining legal aid centre, or the operator that deploys the ruleset',
    when: 'Whenever Shandong sets a new economic-difficulty standard (Legal Aid Law Art 34) or a county publishes its yearly minimum living standard (低保); until then the figure is illustrative and flagged unverified',
  },
};
