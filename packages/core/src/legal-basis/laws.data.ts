// Titles and sources of every law plskit cites with where each text was read.
import type { LawCode, LegalBasis, Source } from './legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import type { DataReview } from '../review/data-review.js';

export interface LawReference {
  title: LocalizedText;
  sources: Source[];
  /** True where the text or its currency could not be verified (source tag U). */
  unverified: boolean;
  note?: LocalizedText;
}

export const LAWS: Readonly<Record<LawCode, LawReference>> = {
  'legal-aid-law-2021': {
    title: { 'zh-CN': '中华人民共和国法律援助法', en: 'Legal Aid Law of the PRC (2021)' },
    sources: [
      { title: 'LawRefBook/Laws 行政法/法律援助法(2021-08-20).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' },
      { title: 'faxin.cn gid=A304308', tag: 'V' },
    ],
    unverified: false,
  },
  'shandong-legal-aid-regulation-2015': {
    title: { 'zh-CN': '山东省法律援助条例', en: 'Shandong Legal Aid Regulation (2015 amendment)' },
    sources: [{ title: 'LawRefBook DLC/山东地方法规 山东省法律援助条例(2015-04-01).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' }],
    // Whether a post-2022 version replaces it is unknown; the national Law prevails where they clash.
    unverified: true,
    note: {
      'zh-CN': '是否已有新修订版本尚未核实；与《法律援助法》冲突之处以法律为准。',
      en: 'Whether a newer version replaces it is unverified; where it clashes with the Legal Aid Law, the Law prevails.',
    },
  },
  'legal-aid-regulation-2003': {
    title: { 'zh-CN': '法律援助条例', en: 'Legal Aid Regulation (State Council, 2003)' },
    sources: [
      { title: '法律援助条例 (国务院令第385号, 2003-07-21) Art 17, third-party copies of the official text', tag: 'V-3p' },
      { title: 'Ministry of Justice 办理法律援助案件程序规定 (revised 2023, 司法部令第148号) Art 1, which cites the regulation beside the Legal Aid Law', tag: 'V-3p' },
    ],
    unverified: false,
    note: {
      'zh-CN': '与《法律援助法》不一致的，以法律为准：经济困难的证明已由法律第41条的如实说明和个人诚信承诺代替。',
      en: 'Where it differs from the Legal Aid Law, the Law prevails: its proof of economic difficulty is now the declaration or pledge of Law Art 41.',
    },
  },
  'civil-code-2020': {
    title: { 'zh-CN': '中华人民共和国民法典', en: 'Civil Code of the PRC (2020)' },
    sources: [
      { title: '中华人民共和国民法典 (adopted 2020-05-28, in force 2021-01-01), npc.gov.cn', url: 'https://www.npc.gov.cn/npc/c30834/202006/75ba6483b8344591abd07917e1d25cc8.shtml', tag: 'V-3p' },
    ],
    unverified: false,
  },
  'notary-law-2017': {
    title: { 'zh-CN': '中华人民共和国公证法', en: 'Notary Law of the PRC (2017)' },
    sources: [{ title: 'LawRefBook 行政法/公证法(2017-09-01).md', url: 'https://github.com/LawRefBook/Laws', tag: 'V' }],
    unverified: false,
  },
  'notary-procedure-rules-2020': {
    title: { 'zh-CN': '公证程序规则', en: 'Notary Procedure Rules (Ministry of Justice, 2006, amended 2020)' },
    sources: [{ title: '公证程序规则 (Ministry of Justice, 2006, amended 2020), third-party copy of the official text', tag: 'V-3p' }],
    unverified: false,
  },
  'will-notarization-rules-2000': {
    title: { 'zh-CN': '遗嘱公证细则', en: 'Rules on the Notarisation of Wills (Ministry of Justice, 2000)' },
    sources: [{ title: '遗嘱公证细则 (Ministry of Justice, 2000), third-party copy of the official text', tag: 'V-3p' }],
    unverified: false,
  },
  'shandong-notary-fees-2017': {
    title: { 'zh-CN': '鲁价费发〔2017〕68号 公证服务收费标准', en: 'Shandong notary fee schedule, Lu Jia Fei Fa [2017] No. 68' },
    sources: [
      { title: 'Jining 12345 reply citing the schedule', url: 'https://dlrk.jining.gov.cn/art/2021/10/4/art_3787_2733865.html', tag: 'V' },
      { title: 'Third-party copy of the fee table', url: 'https://www.1wenmi.com/docdown/1275721.html', tag: 'V-3p' },
    ],
    unverified: true,
  },
  'apostille-convention': {
    title: {
      'zh-CN': '取消外国公文书认证要求的公约',
      en: 'Convention Abolishing the Requirement of Legalisation for Foreign Public Documents (Apostille Convention)',
    },
    sources: [{ title: 'MFA notice of 2023-10-23 (reposted at mjnotary.cn and wb.jiangsu.gov.cn)', tag: 'V-3p' }],
    unverified: false,
  },
  'pipl-2021': {
    title: { 'zh-CN': '中华人民共和国个人信息保护法', en: 'Personal Information Protection Law of the PRC' },
    sources: [{ title: 'LawRefBook/Laws', url: 'https://github.com/LawRefBook/Laws', tag: 'V' }],
    unverified: false,
  },
  'resident-id-law': {
    title: { 'zh-CN': '中华人民共和国居民身份证法', en: 'Resident Identity Card Law of the PRC' },
    sources: [{ title: '中华人民共和国居民身份证法 Arts 6, 13, 19 (2011 amendment)', tag: 'V-3p' }],
    unverified: false,
  },
  'gb-11643-1999': {
    title: { 'zh-CN': 'GB 11643-1999 公民身份号码', en: 'GB 11643-1999 Citizen identification number' },
    sources: [{ title: 'boolaw.com summary of GB 11643-1999', tag: 'V-3p' }],
    unverified: false,
  },
  'state-council-holidays': {
    title: { 'zh-CN': '国务院办公厅关于部分节假日安排的通知', en: 'General Office of the State Council notice on public holidays' },
    sources: [
      { title: '国办发明电〔2024〕12号 (2025 holidays), Xinhua reposts', tag: 'V-3p' },
      { title: '2026 holiday notice, 2025-11-04', url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm', tag: 'V-3p' },
    ],
    unverified: false,
  },
  'national-holidays-regulation-2024': {
    title: { 'zh-CN': '全国年节及纪念日放假办法', en: 'Regulation on National Holidays and Commemoration Days (as amended 2024)' },
    sources: [{ title: 'State Council decision amending the Regulation (published 2024-11-12, in force 2025-01-01), Xinhua reposts', tag: 'V-3p' }],
    unverified: false,
  },
};

/** A citation with the law's title filled in from LAWS. */
export function cite(law: LawCode, article: string): LegalBasis {
  return { law, article, title: LAWS[law].title };
}

export const LAWS_REVIEW: DataReview = {
  table: 'LAWS',
  reviewed: '2026-12-06',
  sources: Object.values(LAWS).flatMap((law) => law.sources),
  reReview: {
    who: 'A core maintainer',
    when: 'Every January: whether any cited law, regulation or rule was amended or replaced (NPC, State Council, Ministry of Justice, Shandong People’s Congress), and each note on currency',
  },
};
