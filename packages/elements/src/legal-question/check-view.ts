// Step 5, check your question: every answer with its own "change", then
// "send". Its own chunk, fetched with the contact step (so it is there the
// moment the contact step is done).
import { html, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { checkText } from './check.strings.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import type { QuestionDraft, Step } from './legal-question-steps.js';
import { messageLine } from './question-lines.js';

/** The view's own words, which come with it (PlsStepsElement.loadView). */
export const strings = checkText;

export interface CheckScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  draft: QuestionDraft;
  /** The topic's and the region's names, as the first step showed them. */
  topicName: string;
  regionName: string;
  message: string;
  sending: boolean;
  change(step: Step): void;
  send(): void;
}

export function checkView({ text, locale, draft, topicName, regionName, message, sending, change, send }: CheckScreen): TemplateResult {
  const own = checkText.in(locale);
  const row = (label: string, value: string, step: Step) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd>
    <dd><button type="button" class="link" @click=${() => change(step)}>${own.change}<span class="visually-hidden"> ${label}</span></button></dd></div>`;
  const answer = draft.kind === 'callback' && draft.callbackDate && draft.callbackPart
    ? fill(own.callback, { date: formatCalendarDate(draft.callbackDate, locale, 'full'), part: text.parts[draft.callbackPart] })
    : text.kinds.question;
  return html`${stepHeading(text.checkTitle)}
    <dl class="summary">
      ${row(text.topicLabel, topicName, 'topic')}
      ${row(text.regionLabel, regionName, 'topic')}
      ${row(text.questionTitle, draft.text.trim(), 'question')}
      ${row(own.answer, answer, 'answer')}
      ${row(text.nameLabel, draft.name.trim(), 'contact')}
      ${row(text.phoneLabel, draft.phone, 'contact')}
    </dl>
    ${messageLine(message)}
    <button type="button" class="primary" part="send-button" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'}
      @click=${send}>${sending ? own.sending : own.send}</button>`;
}
