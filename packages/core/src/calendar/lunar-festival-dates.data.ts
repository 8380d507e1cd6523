// The Gregorian dates of the lunar festivals and of the Qingming solar term that
// the national holidays regulation closes, year by year, transcribed from the Hong
// Kong Observatory's Gregorian-Lunar Calendar Conversion Tables (computed, like the
// Purple Mountain Observatory's, for UTC+8). Not from ICU's Chinese calendar:
// ICU 78 puts 2027's 正月初一 on 7 February and 2030's on 2 February, a day off
// the tables where the new moon falls minutes from midnight Beijing time.
import type { Source } from '../legal-basis/legal-basis.js';
import type { DataReview } from '../review/data-review.js';

export interface LunarFestivalDates {
  year: number;
  /** 正月初一; 除夕 is the day before. */
  springFestival: string;
  /** 清明, the solar term's day. */
  qingming: string;
  /** 五月初五. */
  dragonBoat: string;
  /** 八月十五. */
  midAutumn: string;
}

export const LUNAR_FESTIVAL_SOURCES: readonly Source[] = [
  {
    title: 'Hong Kong Observatory, Gregorian-Lunar Calendar Conversion Table (yearly tables)',
    url: 'https://www.hko.gov.hk/en/gts/time/conversion.htm',
    // transcribed here, not yet re-read line by line against the published tables
    tag: 'U',
  },
];

export const LUNAR_FESTIVAL_DATES: readonly LunarFestivalDates[] = [
  { year: 2027, springFestival: '2027-02-06', qingming: '2027-04-05', dragonBoat: '2027-06-09', midAutumn: '2027-09-15' },
  { year: 2028, springFestival: '2028-01-26', qingming: '2028-04-04', dragonBoat: '2028-05-28', midAutumn: '2028-10-03' },
  { year: 2029, springFestival: '2029-02-13', qingming: '2029-04-04', dragonBoat: '2029-06-16', midAutumn: '2029-09-22' },
  { year: 2030, springFestival: '2030-02-03', qingming: '2030-04-05', dragonBoat: '2030-06-05', midAutumn: '2030-09-12' },
];

export const LUNAR_FESTIVAL_DATES_REVIEW: DataReview = {
  table: 'LUNAR_FESTIVAL_DATES',
  reviewed: '2026-11-30',
  sources: LUNAR_FESTIVAL_SOURCES,
  reReview: {
    who: 'A core maintainer',
    when: 'Before the table runs out (extend it past 2030 by November 2029), line by line against the Hong Kong Observatory’s yearly tables',
  },
};
