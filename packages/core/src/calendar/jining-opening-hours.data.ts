// Weekday hours of Jining public legal service windows, with the afternoon
// moving between summer (May-Sep) and winter (Oct-Apr).
import type { OpeningHours } from './opening-hours.js';
import type { DataReview } from '../review/data-review.js';

const MORNING = { start: '08:30', end: '12:00' };
const SUMMER = [MORNING, { start: '14:00', end: '18:00' }];
const WINTER = [MORNING, { start: '13:30', end: '17:30' }];

export const JINING_OPENING_HOURS: OpeningHours = {
  seasons: [
    {
      code: 'summer',
      name: { 'zh-CN': '夏季作息（5月至9月）', en: 'Summer hours (May to September)' },
      fromMonth: 5,
      toMonth: 9,
      weekdays: { 1: SUMMER, 2: SUMMER, 3: SUMMER, 4: SUMMER, 5: SUMMER },
      makeUpWorkday: SUMMER,
    },
    {
      code: 'winter',
      name: { 'zh-CN': '冬季作息（10月至次年4月）', en: 'Winter hours (October to April)' },
      fromMonth: 10,
      toMonth: 4,
      weekdays: { 1: WINTER, 2: WINTER, 3: WINTER, 4: WINTER, 5: WINTER },
      makeUpWorkday: WINTER,
    },
  ],
  closedOnHolidays: true,
  sources: [{ title: 'Yanzhou District legal-aid service listing JN370882SF372012001000 (yanzhou.gov.cn)', tag: 'V-3p' }],
  unverified: false,
};

export const JINING_OPENING_HOURS_REVIEW: DataReview = {
  table: 'JINING_OPENING_HOURS',
  reviewed: '2026-11-28',
  sources: JINING_OPENING_HOURS.sources!,
  reReview: {
    who: 'The operator, with the Jining Justice Bureau’s public legal service office',
    when: 'Each April and September, before the summer and winter hours start, and whenever the centres announce new hours',
  },
};
