// The calendar answers plskit gives about one day.
import type { LocalizedText } from '../locale/locale.js';

/** What the national calendar says about a date. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';

export interface DayStatus {
  date: string;
  kind: DayKind;
  /** Set on holidays and make-up working days. */
  holiday?: LocalizedText;
  /** False when the State Council has not published (or plskit has no data for) that year's holidays. */
  published: boolean;
  /**
   * True in an unpublished year whose statutory days off are known (the holidays
   * regulation and a lunar table): the yearly notice may still move days.
   */
  provisional: boolean;
}

/** A bookable period; ISO 8601 instants with +08:00. Remaining places are the booking store's business. */
export interface Slot {
  start: string;
  end: string;
  capacity: number;
}

export type CalendarDayStatus = 'open' | 'closed-weekend' | 'closed-holiday' | 'closed';

export interface CalendarDay {
  date: string;
  status: CalendarDayStatus;
  /** The holiday a closed day is for, or the holiday an open make-up working day makes up for. */
  holiday?: LocalizedText;
  /** An official make-up working day (调休上班) on a weekend. */
  makeUpWorkday?: true;
  /** The day follows the statutory holidays only: that year's notice is not published yet. */
  provisional: boolean;
  slots: Slot[];
}
