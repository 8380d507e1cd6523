// The open days of the coming weeks as a WAI-ARIA date grid: one row per week,
// Monday first; one cell per day, focus roving over the days (arrow keys move a
// day or a week, Home/End to the week's ends, Page Up/Down a month, Enter or
// Space picks). A closed day keeps its focus stop and says why it is closed.
// Part of the day-and-time step's chunk, fetched with the availability it
// shows: the booker's first step does not carry it.
import { addDays, isoWeekday } from '@plskit/core';
import { html, type TemplateResult } from 'lit';
import type { AvailabilityDay } from '@plskit/sdk';
import { dataLocale, localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import { bookable, longDate } from './availability-day.js';
import { whenText } from './when.strings.js';

/** The short word under a day's number, and the whole sentence a screen reader hears. */
export function dayWords(day: AvailabilityDay, locale: DisplayLocale): { short: string; full: string } {
  const s = whenText.in(locale);
  const holiday = day.holiday ? localized(day.holiday, locale) : undefined;
  const short = day.makeUpWorkday ? s.makeUpDay
    : day.status === 'closed-holiday' ? holiday ?? s.closed
    : day.status === 'closed-weekend' ? s.closedWeekend
    : day.status === 'closed' ? s.closed
    : bookable(day) ? s.open : s.full;
  const parts = [longDate(day.date, locale), day.makeUpWorkday && holiday ? (dataLocale(locale) === 'en' ? `${s.makeUpDay} (${holiday})` : `${s.makeUpDay}（${holiday}）`) : short];
  if (day.makeUpWorkday) parts.push(bookable(day) ? s.open : s.full);
  if (day.provisional) parts.push(s.provisional);
  return { short, full: parts.join(dataLocale(locale) === 'en' ? ', ' : '，') };
}

/** Where a key moves the focus from `date` (undefined: the key is not the grid's). */
export function gridMove(key: string, date: string): string | undefined {
  switch (key) {
    case 'ArrowLeft': return addDays(date, -1);
    case 'ArrowRight': return addDays(date, 1);
    case 'ArrowUp': return addDays(date, -7);
    case 'ArrowDown': return addDays(date, 7);
    case 'Home': return addDays(date, 1 - isoWeekday(date));
    case 'End': return addDays(date, 7 - isoWeekday(date));
    case 'PageUp': return addDays(date, -28);
    case 'PageDown': return addDays(date, 28);
    default: return undefined;
  }
}

export interface DateGridOptions {
  days: readonly AvailabilityDay[];
  focused: string;
  selected: string | undefined;
  locale: DisplayLocale;
  /** The booker's words (the weekdays' names). */
  text: AppointmentBookerText;
  labelledBy: string;
  /** The keys moved the focus to this day (within the days shown). */
  focus: (date: string) => void;
  /** A click, Enter or Space chose this day. */
  pick: (date: string) => void;
}

/**
 * The grid's keys: move the focus (kept within the days shown), or pick the day.
 * They start from the day in focus as the grid knows it, not from the cell that
 * has DOM focus: focus follows after paint, and keys typed faster than a frame
 * still walk the grid one step each.
 */
function keydown(event: KeyboardEvent, cell: string, { days, focused, focus, pick }: DateGridOptions): void {
  const date = focused || cell;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    pick(date);
    return;
  }
  const target = gridMove(event.key, date);
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  if (!target || !first || !last) return;
  event.preventDefault();
  focus(target < first ? first : target > last ? last : target);
}

export function dateGrid(options: DateGridOptions): TemplateResult {
  const { days, focused, selected, locale, text } = options;
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  if (!first || !last) return html``;
  const byDate = new Map(days.map((day) => [day.date, day]));
  const weeks: string[][] = [];
  for (let monday = addDays(first, 1 - isoWeekday(first)); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return html`<table class="grid" role="grid" aria-labelledby=${options.labelledBy}>
    <thead><tr>${text.weekdays.map((name) => html`<th scope="col" abbr=${name}>${name}</th>`)}</tr></thead>
    <tbody>${weeks.map((week) => html`<tr>${week.map((date) => {
      const day = byDate.get(date);
      if (!day) return html`<td class="outside"></td>`;
      const words = dayWords(day, locale);
      const open = bookable(day);
      return html`<td role="gridcell" data-date=${date} tabindex=${date === focused ? 0 : -1}
        class=${`day ${open ? 'open' : 'shut'}${day.makeUpWorkday ? ' make-up' : ''}${day.provisional ? ' provisional' : ''}`}
        aria-selected=${date === selected ? 'true' : 'false'} aria-disabled=${open ? 'false' : 'true'}
        @click=${() => options.pick(date)} @keydown=${(event: KeyboardEvent) => keydown(event, date, options)}>
        <span class="label visually-hidden">${words.full}</span>
        <span class="number" aria-hidden="true">${Number(date.slice(8))}</span>
        <span class="word" aria-hidden="true">${words.short}</span></td>`;
    })}</tr>`)}</tbody>
  </table>
  ${days.some((day) => day.provisional) ? html`<p class="note" part="provisional-note">${fill(whenText.in(locale).provisionalNote, {
    year: days.find((day) => day.provisional)!.date.slice(0, 4) })}</p>` : ''}`;
}
