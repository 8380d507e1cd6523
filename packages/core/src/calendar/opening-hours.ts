// Opening hours per weekday and season; holidays are closed and make-up
// working days open with the season's workday sessions.
import type { Source } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Local Asia/Shanghai wall-clock times, "HH:MM". */
export interface OpeningSession {
  start: string;
  end: string;
}

export interface OpeningSeason {
  code: string;
  name: LocalizedText;
  /** First and last month (1-12), inclusive; may wrap around the new year (10 to 4). */
  fromMonth: number;
  toMonth: number;
  weekdays: Partial<Record<Weekday, OpeningSession[]>>;
  /** Sessions on an official make-up working day (调休上班) that falls on a weekend. */
  makeUpWorkday: OpeningSession[];
}

export interface OpeningHours {
  seasons: OpeningSeason[];
  /** Closed on statutory holidays. */
  closedOnHolidays: true;
  sources?: Source[];
  unverified?: boolean;
}
