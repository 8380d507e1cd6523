// The questions in plain words, per locale, keyed by question and answer code.
// They only ask; every legal statement (labels of circumstances and roles,
// reasons, citations) comes from the ruleset through @plskit/core.
import type { Locale } from '../locale/locale.js';
import type { InterviewQuestion } from './eligibility-interview.js';

export interface QuestionWording {
  /** The question, shown as the step's heading. */
  heading: string;
  /** Help under the heading. */
  hint: string;
  /** Short name of the question on the check-your-answers page. */
  short: string;
}

export type QuestionWordings = Record<InterviewQuestion | 'region', QuestionWording>;

export const questionWordings: Record<Locale, QuestionWordings> = {
  'zh-CN': {
    region: { heading: '您的案件在哪个区县办理？', hint: '选择办理案件的机关（法院、检察院、公安机关或仲裁机构）所在的区县。', short: '所在区县' },
    proceeding: { heading: '您遇到的是哪一类案件或事情？', hint: '不确定时，选择最接近的一项。', short: '案件类型' },
    criminalRole: { heading: '您在这起刑事案件中是什么身份？', hint: '也可以替家人回答。', short: '在刑事案件中的身份' },
    circumstances: { heading: '下列情况中，有符合您的吗？', hint: '可以多选。有些情况可以免除经济条件审查，或者由办案机关直接为您通知指派律师。', short: '特殊情况' },
    matter: { heading: '您想通过法律途径解决什么问题？', hint: '选择最接近的一项。', short: '要解决的问题' },
    household: { heading: '您家有几口人，全家每月总收入多少？', hint: '按与您共同生活的家庭成员计算，收入包括工资、养老金、经营收入等，单位为元。这些数字会和其他回答一起发送一次给法律援助服务核对结果，本页面不保存；选择“重新开始”或离开本页后即清除。', short: '家庭人口和月收入' },
    commitment: { heading: '您愿意签署经济困难状况的诚信承诺吗？', hint: '签署承诺后可以先申请，不必当场提供收入证明；法律援助机构会事后核查。', short: '诚信承诺' },
  },
  en: {
    region: { heading: 'In which district or county is your case handled?', hint: 'Choose where the court, procuratorate, police or arbitration body handling the case is.', short: 'District or county' },
    proceeding: { heading: 'What kind of case or problem do you have?', hint: 'If you are not sure, choose the closest one.', short: 'Kind of case' },
    criminalRole: { heading: 'What is your part in the criminal case?', hint: 'You can also answer for a family member.', short: 'Part in the criminal case' },
    circumstances: { heading: 'Do any of these apply to you?', hint: 'Select all that apply. Some mean your income is not checked, or that the authorities must arrange a lawyer for you.', short: 'Special circumstances' },
    matter: { heading: 'What do you want the law to help you with?', hint: 'Choose the closest one.', short: 'Your problem' },
    household: { heading: 'How many people live in your household, and what is its total income a month?', hint: 'Count the people you live with. Income includes wages, pensions and business income, in yuan. These figures are sent once, with your other answers, to the legal-aid service to check the result; this page does not store them, and they are cleared when you start over or leave the page.', short: 'Household and monthly income' },
    commitment: { heading: 'Will you sign a commitment that you are in financial difficulty?', hint: 'With the signed commitment you can apply now without proof of income; the legal-aid agency checks it later.', short: 'Integrity commitment' },
  },
};

/** Plain words for answer codes; an unknown code (a newer ruleset) falls back to the ruleset's own label. */
export const answerWordings: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    criminal: '刑事案件：有人涉嫌犯罪，或我是犯罪的受害人',
    civil: '民事纠纷：例如欠薪、赡养费、抚养费、交通事故、医疗纠纷',
    administrative: '行政案件：与政府部门的决定有争议',
    'non-litigation': '不打官司的事情：例如劳动仲裁、调解',
    'state-compensation': '国家机关侵犯我的权益，我要求国家赔偿',
    'social-insurance-or-assistance': '我没有拿到应得的社会保险待遇或社会救助',
    'pension-or-survivor-benefit': '我没有拿到应发的抚恤金',
    'support-payments': '家人不给赡养费、抚养费或扶养费',
    'labour-relationship-or-wages': '单位拖欠工资，或者不承认我在那里工作过',
    'civil-capacity': '需要认定家人没有或只有部分民事行为能力（例如患有精神疾病）',
    'personal-injury': '我在工伤、交通事故、食品药品或医疗事故中受了伤',
    'environmental-damage': '环境污染或生态破坏让我受到损害',
    other: '其他问题',
    none: '以上都不符合',
    household: '我有收入数字',
    'not-given': '现在不提供收入数字',
    yes: '愿意签署承诺',
    no: '不愿意',
  },
  en: {
    criminal: 'A criminal case: someone is suspected of a crime, or I am a victim of one',
    civil: 'A civil dispute: for example unpaid wages, support payments, a traffic accident, a medical dispute',
    administrative: 'An administrative case: a dispute with a government decision',
    'non-litigation': 'Something outside court: for example labour arbitration or mediation',
    'state-compensation': 'A state body harmed my rights and I want state compensation',
    'social-insurance-or-assistance': 'I did not get the social insurance or social assistance I am owed',
    'pension-or-survivor-benefit': 'I did not get a pension or survivor benefit I am owed',
    'support-payments': 'A family member does not pay support for elders, children or a spouse',
    'labour-relationship-or-wages': 'My employer owes me wages, or denies that I worked there',
    'civil-capacity': 'A family member needs to be declared without or with limited civil capacity (for example through mental illness)',
    'personal-injury': 'I was injured at work, in a traffic accident, by food or medicine, or by medical treatment',
    'environmental-damage': 'Pollution or ecological damage harmed me',
    other: 'Something else',
    none: 'None of these',
    household: 'I have the figures',
    'not-given': 'I will not give figures now',
    yes: 'Yes, I will sign it',
    no: 'No',
  },
};
