// Step 2 (and a move): the date grid and the times of the chosen day. Its own
// chunk, with the date grid, fetched with the availability it shows.
import type { AvailabilityDay } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import { longDate } from './availability-day.js';
import { messageLine, slotTime } from './booker-lines.js';
import { dateGrid } from './date-grid.js';
import { whenStyles } from './when.styles.js';
import { whenText } from './when.strings.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = whenText;
export const styles = whenStyles;

export interface WhenScreen {
  text: AppointmentBookerText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  /** Moving a booking: the step's title and its button say so. */
  rescheduling: boolean;
  days: AsyncState<AvailabilityDay[]>;
  focusedDate: string;
  selectedDate: string | undefined;
  slotStart: string | undefined;
  message: string;
  sending: boolean;
  focusDay(date: string): void;
  pickDay(date: string): void;
  chooseSlot(slotStart: string): void;
  retry(): void;
  submit(): void;
}

function slotList(screen: WhenScreen, day: AvailabilityDay): TemplateResult {
  const { locale } = screen;
  const own = whenText.in(locale);
  return html`<fieldset id="slot-list" part="slots" tabindex="-1">
    <legend>${fill(own.slotsTitle, { date: longDate(day.date, locale) })}</legend>
    ${fieldError(screen.problems, 'slot-list', locale)}
    <div class="choices slots">${day.slots.map((slot) => html`<div class="choice">
      <input type="radio" name="slot" id=${`s-${slotTime(slot.start)}`} value=${slot.start} ?disabled=${slot.remaining === 0}
        .checked=${slot.start === screen.slotStart} @change=${() => screen.chooseSlot(slot.start)}>
      <label for=${`s-${slotTime(slot.start)}`}>${slotTime(slot.start)}–${slotTime(slot.end)}
        <span class="detail">${slot.remaining ? fill(own.placesLeft, { count: slot.remaining }) : own.full}</span></label>
    </div>`)}</div>
  </fieldset>`;
}

export function whenView(screen: WhenScreen): TemplateResult {
  const { text, locale, days } = screen;
  const own = whenText.in(locale);
  const day = days.status === 'ready' ? days.value.find((d) => d.date === screen.selectedDate) : undefined;
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(screen.rescheduling ? own.rescheduleTitle : text.whenTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(screen.problems, locale)}
    ${days.status === 'ready' ? html`<div id="calendar" part="calendar" tabindex="-1">
        <p id="calendar-label" class="field-label">${own.calendarLabel}</p>
        ${fieldError(screen.problems, 'calendar', locale)}
        ${dateGrid({ days: days.value, focused: screen.focusedDate, selected: screen.selectedDate, locale, text,
          labelledBy: 'calendar-label', focus: screen.focusDay, pick: screen.pickDay })}
      </div>
      ${day ? slotList(screen, day) : nothing}`
      : days.status === 'error' ? errorView(days.problem, locale, screen.retry) : loadingView(locale, 4)}
    <button class="primary" part=${screen.rescheduling ? 'confirm-button' : 'continue-button'} ?disabled=${screen.sending}>
      ${screen.rescheduling ? own.confirmReschedule : text.continue}</button>
  </form>`;
}
