// A center's hours as a roster writes them, "周一至周五 08:30-12:00,14:00-18:00；
// 周六 09:00-12:00" or "Mon-Fri 08:30-12:00, 14:00-18:00", read into
// @plskit/core's OpeningHours. A center with summer and winter afternoons gives
// both columns; the seasons are Jining's (May–Sep, Oct–Apr). Statutory holidays
// are closed and a make-up working day keeps Monday's hours, as everywhere.
import type { OpeningHours, OpeningSeason, OpeningSession, Weekday } from '@plskit/core';

const DAY_NAMES: Record<string, Weekday> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7,
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
};

function weekday(token: string): Weekday | undefined {
  const t = token.trim().toLowerCase();
  const zh = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(t);
  if (zh) return DAY_NAMES[zh[1] as string];
  const en = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/.exec(t);
  return en ? DAY_NAMES[en[1] as string] : undefined;
}

function days(text: string): Weekday[] | undefined {
  const result: Weekday[] = [];
  for (const part of text.split(/[、,，/]/)) {
    const range = part.split(/\s*(?:至|到|-|–|—|~|～)\s*/);
    if (range.length === 1) {
      const day = weekday(range[0] as string);
      if (!day) return undefined;
      result.push(day);
    } else if (range.length === 2) {
      const from = weekday(range[0] as string);
      const to = weekday(range[1] as string);
      if (!from || !to || to < from) return undefined;
      for (let d = from; d <= to; d++) result.push(d as Weekday);
    } else {
      return undefined;
    }
  }
  return result;
}

const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;

const time = (text: string): string | undefined => {
  const match = TIME.exec(text.trim());
  return match ? `${(match[1] as string).padStart(2, '0')}:${match[2]}` : undefined;
};

function sessions(text: string): OpeningSession[] | undefined {
  const result: OpeningSession[] = [];
  const compact = text.replace(/\s*(-|–|—|~|～|至)\s*/g, '$1');
  for (const part of compact.split(/[,，、\s]+/).filter(Boolean)) {
    const [startText, endText, ...rest] = part.split(/-|–|—|~|～|至/);
    const start = time(startText ?? '');
    const end = time(endText ?? '');
    // "HH:MM" strings of equal length compare in time order
    if (!start || !end || rest.length > 0 || end <= start) return undefined;
    if (result.length > 0 && start < (result.at(-1) as OpeningSession).end) return undefined;
    result.push({ start, end });
  }
  return result.length > 0 ? result : undefined;
}

/** The weekday sessions the text names, or undefined when it does not read. */
export function parseWeekHours(text: string): Partial<Record<Weekday, OpeningSession[]>> | undefined {
  const week: Partial<Record<Weekday, OpeningSession[]>> = {};
  const segments = text.split(/[;；\n]/).map((s) => s.trim()).filter(Boolean);
  if (segments.length === 0) return undefined;
  for (const segment of segments) {
    // the days are everything before the first time of day
    const firstTime = segment.search(/\d{1,2}[:：]\d{2}/);
    if (firstTime <= 0) return undefined;
    const named = days(segment.slice(0, firstTime).trim());
    const open = sessions(segment.slice(firstTime));
    if (!named || !open) return undefined;
    for (const day of named) {
      if (week[day]) return undefined;
      week[day] = open;
    }
  }
  return week;
}

const makeUpDay = (week: Partial<Record<Weekday, OpeningSession[]>>): OpeningSession[] =>
  week[1] ?? Object.values(week)[0] ?? [];

const season = (code: string, zh: string, en: string, fromMonth: number, toMonth: number,
  weekdays: Partial<Record<Weekday, OpeningSession[]>>): OpeningSeason =>
  ({ code, name: { 'zh-CN': zh, en }, fromMonth, toMonth, weekdays, makeUpWorkday: makeUpDay(weekdays) });

export function allYearHours(week: Partial<Record<Weekday, OpeningSession[]>>): OpeningHours {
  return { seasons: [season('all-year', '全年', 'All year', 1, 12, week)], closedOnHolidays: true };
}

export function seasonalHours(summer: Partial<Record<Weekday, OpeningSession[]>>,
  winter: Partial<Record<Weekday, OpeningSession[]>>): OpeningHours {
  return {
    seasons: [
      season('summer', '夏季作息（5月至9月）', 'Summer hours (May to September)', 5, 9, summer),
      season('winter', '冬季作息（10月至次年4月）', 'Winter hours (October to April)', 10, 4, winter),
    ],
    closedOnHolidays: true,
  };
}
