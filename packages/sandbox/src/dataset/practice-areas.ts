// The practice-area taxonomy the directory uses: a plausible set of the areas
// lawyers commonly list. No official 12348 taxonomy was found, so it is unverified [U] and
// configurable: a deployment may replace it with the province's own list.
export interface PracticeArea {
  code: string;
  name: { 'zh-CN': string; en: string };
}

export const PRACTICE_AREAS_UNVERIFIED = true;

export const PRACTICE_AREAS: readonly PracticeArea[] = [
  { code: 'marriage-family', name: { 'zh-CN': '婚姻家庭', en: 'Marriage and family' } },
  { code: 'inheritance', name: { 'zh-CN': '继承', en: 'Inheritance' } },
  { code: 'labour', name: { 'zh-CN': '劳动争议', en: 'Labour disputes' } },
  { code: 'contract', name: { 'zh-CN': '合同纠纷', en: 'Contract disputes' } },
  { code: 'debt', name: { 'zh-CN': '债权债务', en: 'Debts and claims' } },
  { code: 'real-estate', name: { 'zh-CN': '房产土地', en: 'Real estate and land' } },
  { code: 'traffic-accident', name: { 'zh-CN': '交通事故', en: 'Traffic accidents' } },
  { code: 'medical', name: { 'zh-CN': '医疗纠纷', en: 'Medical disputes' } },
  { code: 'criminal-defence', name: { 'zh-CN': '刑事辩护', en: 'Criminal defence' } },
  { code: 'administrative', name: { 'zh-CN': '行政诉讼', en: 'Administrative litigation' } },
  { code: 'corporate', name: { 'zh-CN': '公司/企业法务', en: 'Corporate' } },
  { code: 'intellectual-property', name: { 'zh-CN': '知识产权', en: 'Intellectual property' } },
  { code: 'finance-insurance', name: { 'zh-CN': '金融/保险', en: 'Finance and insurance' } },
  { code: 'foreign-related', name: { 'zh-CN': '涉外', en: 'Foreign-related' } },
];

export const PRACTICE_AREA_CODES: readonly string[] = PRACTICE_AREAS.map((area) => area.code);
