// China's statutory holidays and make-up working days (调休上班), as published
// by the General Office of the State Council (2026: notice of 2025-11-04; 2025: 国办发明电〔2024〕12号).
import type { Source } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import type { DataReview } from '../review/data-review.js';

export interface HolidayPeriod {
  name: LocalizedText;
  /** First and last day off, inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Weekend days that become working days because of this holiday. */
  makeUpWorkdays: string[];
}

export interface HolidayYear {
  year: number;
  periods: HolidayPeriod[];
  /** Said about a provisional year that is likely to change more than usual once its notice is out. */
  note?: LocalizedText;
  sources: Source[];
}

const NEW_YEAR: LocalizedText = { 'zh-CN': '元旦', en: "New Year's Day" };
const SPRING_FESTIVAL: LocalizedText = { 'zh-CN': '春节', en: 'Spring Festival' };
const QINGMING: LocalizedText = { 'zh-CN': '清明节', en: 'Qingming Festival' };
const LABOUR_DAY: LocalizedText = { 'zh-CN': '劳动节', en: 'Labour Day' };
const DRAGON_BOAT: LocalizedText = { 'zh-CN': '端午节', en: 'Dragon Boat Festival' };
const MID_AUTUMN: LocalizedText = { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' };
const NATIONAL_DAY: LocalizedText = { 'zh-CN': '国庆节', en: 'National Day' };
const NATIONAL_DAY_MID_AUTUMN: LocalizedText = { 'zh-CN': '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };

export const CHINA_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2025,
    periods: [
      { name: NEW_YEAR, from: '2025-01-01', to: '2025-01-01', makeUpWorkdays: [] },
      { name: SPRING_FESTIVAL, from: '2025-01-28', to: '2025-02-04', makeUpWorkdays: ['2025-01-26', '2025-02-08'] },
      { name: QINGMING, from: '2025-04-04', to: '2025-04-06', makeUpWorkdays: [] },
      { name: LABOUR_DAY, from: '2025-05-01', to: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
      { name: DRAGON_BOAT, from: '2025-05-31', to: '2025-06-02', makeUpWorkdays: [] },
      { name: NATIONAL_DAY_MID_AUTUMN, from: '2025-10-01', to: '2025-10-08', makeUpWorkdays: ['2025-09-28', '2025-10-11'] },
    ],
    sources: [{ title: '国办发明电〔2024〕12号 (2024-11-12), Xinhua reposts', tag: 'V-3p' }],
  },
  {
    year: 2026,
    periods: [
      { name: NEW_YEAR, from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
      { name: SPRING_FESTIVAL, from: '2026-02-15', to: '2026-02-23', makeUpWorkdays: ['2026-02-14', '2026-02-28'] },
      { name: QINGMING, from: '2026-04-04', to: '2026-04-06', makeUpWorkdays: [] },
      { name: LABOUR_DAY, from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
      { name: DRAGON_BOAT, from: '2026-06-19', to: '2026-06-21', makeUpWorkdays: [] },
      { name: MID_AUTUMN, from: '2026-09-25', to: '2026-09-27', makeUpWorkdays: [] },
      { name: NATIONAL_DAY, from: '2026-10-01', to: '2026-10-07', makeUpWorkdays: ['2026-09-20', '2026-10-10'] },
    ],
    sources: [{ title: 'State Council holiday notice of 2025-11-04', url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm', tag: 'V-3p' }],
  },
];

export const CHINA_HOLIDAYS_REVIEW: DataReview = {
  table: 'CHINA_HOLIDAYS',
  reviewed: '2026-12-06',
  sources: CHINA_HOLIDAYS.flatMap((year) => year.sources),
  reReview: {
    who: 'The operator’s calendar owner, and a core maintainer for the years core ships',
    when: 'Each November–December, the week the State Council publishes next year’s holiday notice (gov.cn): add the year as data (PLSKIT_HOLIDAYS) and to this table',
  },
};
