// Following a question from its link: where it stands, its timeline
// (received, passed to a center, being passed to another, answered, closed),
// the question as asked and the latest answer. Its own chunk, fetched with
// the question it shows.
import { html, nothing, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { followStyles } from './follow.styles.js';
import { followText } from './follow.strings.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import type { ServiceCenter, WorkOrder } from './legal-question-requests.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = followText;
export const styles = followStyles;

export interface FollowScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  /** The hotline to call when the answer is late. */
  hotline: string;
  followed: WorkOrder;
  /** The topic's name, once the catalogue is at hand (its code until then). */
  topicName: string;
  center: ServiceCenter | undefined;
  refreshing: boolean;
  refresh(): void;
  askAnother(): void;
}

/** "2026-09-28T15:40:00+08:00" as the resident reads it: the API's instants carry +08:00, so the wall clock is the text's. */
const when = (instant: string, locale: DisplayLocale): string => `${formatCalendarDate(instant.slice(0, 10), locale)} ${instant.slice(11, 16)}`;

export function followView(screen: FollowScreen): TemplateResult {
  const { text, locale, followed, center } = screen;
  const own = followText.in(locale);
  const window = followed.callbackWindow;
  const open = followed.status === 'received' || followed.status === 'assigned';
  return html`${stepHeading(text.followTitle)}
    <dl class="summary">
      <div class="row"><dt>${text.reference}</dt><dd part="reference">${followed.reference}</dd></div>
      <div class="row"><dt>${own.status}</dt><dd part="status">${own.statuses[followed.status]}</dd></div>
      <div class="row"><dt>${text.topicLabel}</dt><dd>${screen.topicName}</dd></div>
      <div class="row"><dt>${text.kinds[followed.kind]}</dt><dd>${window
        ? fill(own.callbackAt, { date: formatCalendarDate(window.date, locale, 'full'), part: text.parts[window.part] })
        : fill(own.dueBy, { date: formatCalendarDate(followed.dueBy, locale, 'full') })}</dd></div>
      ${followed.resolution ? html`<div class="row"><dt>${own.resolution}</dt><dd>${own.resolutions[followed.resolution]}</dd></div>` : nothing}
    </dl>
    ${center ? html`<p class="center-line">${center.name}<br>${center.phone}</p>` : nothing}
    ${followed.answer ? html`<section class="answer" part="answer" aria-labelledby="answer-title">
      <h3 id="answer-title">${own.answerTitle}</h3>
      <p class="when">${when(followed.answer.at, locale)}</p>
      <p class="text">${followed.answer.text}</p>
    </section>` : html`<p part="waiting">${open && followed.overdue ? fill(own.overdue, { hotline: screen.hotline }) : own.waiting}</p>`}
    <h3>${own.timelineTitle}</h3>
    <ol class="timeline" part="timeline">${followed.timeline.map((step) => html`<li data-step=${step.kind}>
      <span class="when">${when(step.at, locale)}</span> ${own.steps[step.kind]}</li>`)}</ol>
    ${followed.text ? html`<h3>${own.questionTitle}</h3><p class="text" part="question">${followed.text}</p>` : nothing}
    <div class="actions">
      <button type="button" part="refresh-button" ?disabled=${screen.refreshing} @click=${screen.refresh}>${own.refresh}</button>
      <button type="button" part="ask-another-button" @click=${screen.askAnother}>${own.askAnother}</button>
    </div>`;
}
