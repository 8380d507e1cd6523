// Each level of center keeps its own hours: the city and county centers the
// Jining window hours (summer and winter afternoons), the branch centers and the
// township stations shorter ones. The shorter hours are the sandbox's plausible
// choice [U: no station timetable is published]; a county sets its own.
import { JINING_OPENING_HOURS, type OpeningHours, type OpeningSession } from '@plskit/core';
import type { CenterLevel } from './directory-records.js';

const session = (start: string, end: string): OpeningSession => ({ start, end });
const allYear = (name: OpeningHours['seasons'][number]['name'], weekdays: OpeningHours['seasons'][number]['weekdays'],
  makeUpWorkday: OpeningSession[]): OpeningHours => ({
  seasons: [{ code: 'all-year', name, fromMonth: 1, toMonth: 12, weekdays, makeUpWorkday }],
  closedOnHolidays: true,
  sources: [{ title: 'plskit sandbox: plausible station hours, not a published timetable', tag: 'U' }],
  unverified: true,
});

const BRANCH_DAY = [session('09:00', '12:00'), session('14:00', '17:00')];
const TOWNSHIP_MORNING = [session('09:00', '11:30')];
const TOWNSHIP_LONG_DAY = [...TOWNSHIP_MORNING, session('14:30', '16:30')];

export const CENTER_HOURS: Readonly<Record<CenterLevel, OpeningHours>> = {
  city: JINING_OPENING_HOURS,
  county: JINING_OPENING_HOURS,
  branch: allYear(
    { 'zh-CN': '分中心作息（全年）', en: 'Branch center hours (all year)' },
    { 1: BRANCH_DAY, 2: BRANCH_DAY, 3: BRANCH_DAY, 4: BRANCH_DAY, 5: BRANCH_DAY },
    BRANCH_DAY,
  ),
  township: allYear(
    { 'zh-CN': '镇街工作站作息（全年）', en: 'Township station hours (all year)' },
    // afternoons on Monday, Wednesday and Friday only: the station's staff also serve the villages
    { 1: TOWNSHIP_LONG_DAY, 2: TOWNSHIP_MORNING, 3: TOWNSHIP_LONG_DAY, 4: TOWNSHIP_MORNING, 5: TOWNSHIP_LONG_DAY },
    TOWNSHIP_MORNING,
  ),
};
