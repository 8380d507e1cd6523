// "New call": a hotline operator records a caller's question or call-back
// request. The caller cannot tick a box on the phone: the operator reads the
// current work-order privacy notice to them (shown here in full, with its
// version) and confirms the caller agreed, which is recorded as oral consent
// with that version. Saved once: a retry sends the same Idempotency-Key.
import { QUESTION_TEXT_MAX, questionLength } from '@plskit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../../async-state/async-state.js';
import { loadingView } from '../../async-state/async-state-view.js';
import { stepHeading } from '../../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../../error-summary/error-summary.js';
import { formatCalendarDate } from '../../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../../locale/locale.js';
import { fill } from '../../locale/string-table.js';
import { privacyNoticeView } from '../../privacy/privacy-notice-view.js';
import type { ApiProblem } from '../../api/api-problem.js';
import { failureView } from './queue-view.js';
import type { CallLists, PrivacyNotice, StaffWorkOrder, WorkOrderTimeLimits } from './work-orders-requests.js';
import { countLine, type CallDraft } from './work-orders-steps.js';
import type { WorkOrdersText } from './work-orders.strings.js';

export interface CallScreen {
  text: WorkOrdersText;
  locale: DisplayLocale;
  draft: CallDraft;
  problems: readonly FieldProblem[];
  /** Why the last attempt was not saved, in words. */
  message: string;
  lists: AsyncState<CallLists>;
  notice: AsyncState<{ notice: PrivacyNotice; limits: WorkOrderTimeLimits }>;
  sending: boolean;
  explain(problem: ApiProblem): string;
  edit<K extends keyof CallDraft>(field: K, value: CallDraft[K]): void;
  retry(): void;
  submit(): void;
}

type Options = readonly { value: string; label: string }[];

function selectField(screen: CallScreen, id: string, field: keyof CallDraft, label: string, options: Options): TemplateResult {
  const { problems, locale, text } = screen;
  const invalid = problems.some((problem) => problem.field === id);
  const chosen = String(screen.draft[field]);
  return html`<div class="field"><label for=${id}>${label}</label>${fieldError(problems, id, locale)}
    <select id=${id} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${id}-error` : nothing}
      @change=${(event: Event) => screen.edit(field, (event.target as HTMLSelectElement).value as never)}>
      <option value="" ?selected=${!chosen}>${text.choose}</option>
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === chosen}>${option.label}</option>`)}
    </select></div>`;
}

function textField(screen: CallScreen, id: string, field: 'name' | 'phone', label: string, kind: { type: string; autocomplete: string; max: number }): TemplateResult {
  const { problems, locale } = screen;
  const invalid = problems.some((problem) => problem.field === id);
  return html`<div class="field"><label for=${id}>${label}</label>${fieldError(problems, id, locale)}
    <input id=${id} class="medium" type=${kind.type} autocomplete="off" maxlength=${kind.max} .value=${screen.draft[field]}
      aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${id}-error` : nothing}
      @input=${(event: Event) => screen.edit(field, (event.target as HTMLInputElement).value)}></div>`;
}

function callForm(screen: CallScreen, lists: CallLists, notice: PrivacyNotice, limits: WorkOrderTimeLimits): TemplateResult {
  const { text, locale, draft, problems } = screen;
  const invalid = (id: string) => problems.some((problem) => problem.field === id);
  const count = countLine(questionLength(draft.question), QUESTION_TEXT_MAX, text);
  const submit = (event: Event) => {
    event.preventDefault();
    if (!screen.sending) screen.submit();
  };
  return html`<form part="call-form" novalidate @submit=${submit}>
    ${selectField(screen, 'call-kind', 'kind', text.kindLabel, (['question', 'callback'] as const).map((kind) => ({ value: kind, label: text.kinds[kind] })))}
    ${draft.kind === 'callback' ? html`
      ${selectField(screen, 'call-day', 'day', text.dayLabel, limits.callback.days.map((day) => ({ value: day, label: formatCalendarDate(day, locale, 'full') })))}
      ${selectField(screen, 'call-part', 'part', text.partLabel, (['morning', 'afternoon'] as const).map((part) => ({ value: part, label: text.parts[part] })))}` : nothing}
    ${selectField(screen, 'call-topic', 'topic', text.topicLabel, lists.topics.map((topic) => ({ value: topic.code, label: localized(topic.name, locale) })))}
    ${selectField(screen, 'call-region', 'region', text.regionLabel, lists.regions.map((region) => ({ value: region.code, label: localized(region.name, locale) })))}
    <div class="field"><label for="call-question">${text.questionLabel}</label>
      <p class="hint" id="call-question-hint">${fill(text.questionHint, { max: QUESTION_TEXT_MAX })}</p>
      ${fieldError(problems, 'call-question', locale)}
      <textarea id="call-question" rows="6" .value=${draft.question} aria-invalid=${invalid('call-question') ? 'true' : 'false'}
        aria-describedby=${invalid('call-question') ? 'call-question-hint call-question-error call-question-count' : 'call-question-hint call-question-count'}
        @input=${(event: Event) => screen.edit('question', (event.target as HTMLTextAreaElement).value)}></textarea>
      <p id="call-question-count" class=${count.over ? 'count over' : 'count'} part="count">${count.line}</p></div>
    ${textField(screen, 'call-name', 'name', text.nameLabel, { type: 'text', autocomplete: 'off', max: 50 })}
    ${textField(screen, 'call-phone', 'phone', text.phoneLabel, { type: 'tel', autocomplete: 'off', max: 14 })}
    <h3>${text.noticeTitle}</h3>
    <p part="notice-version">${fill(text.noticeVersion, { version: notice.version, date: formatCalendarDate(notice.effectiveFrom, locale) })}</p>
    ${privacyNoticeView(notice, locale)}
    <div class="field">${fieldError(problems, 'call-consent', locale)}<div class="choice">
      <input type="checkbox" id="call-consent" .checked=${draft.noticeRead} aria-invalid=${invalid('call-consent') ? 'true' : 'false'}
        @change=${(event: Event) => screen.edit('noticeRead', (event.target as HTMLInputElement).checked)}>
      <label for="call-consent" part="consent">${fill(text.readNotice, { version: notice.version })}</label></div></div>
    ${screen.message ? html`<p class="message" part="message" role="alert">${screen.message}</p>` : nothing}
    <div class="actions"><button type="submit" class="primary" part="save-button" aria-disabled=${screen.sending ? 'true' : 'false'}>
      ${screen.sending ? text.sending : text.save}</button></div>
  </form>`;
}

export function callView(screen: CallScreen): TemplateResult {
  const { text, locale, lists, notice } = screen;
  const failed = lists.status === 'error' ? lists : notice.status === 'error' ? notice : undefined;
  let body: TemplateResult;
  if (failed) body = failureView(screen.explain(failed.problem), locale, screen.retry);
  else if (lists.status !== 'ready' || notice.status !== 'ready') body = loadingView(locale, 4);
  else body = callForm(screen, lists.value, notice.value.notice, notice.value.limits);
  return html`${stepHeading(text.callTitle)}
    <p class="hint">${text.callIntro}</p>
    ${errorSummary(screen.problems, locale)}
    ${body}`;
}

/** The call is saved: the reference to tell the caller, then its work order or the next call. */
export function savedView(order: StaffWorkOrder, text: WorkOrdersText, openIt: () => void, another: () => void): TemplateResult {
  return html`${stepHeading(text.savedTitle)}
    <p part="reference">${fill(text.saved, { reference: order.reference })}</p>
    <div class="actions">
      <button type="button" class="primary" part="open-saved-button" @click=${openIt}>${text.openSaved}</button>
      <button type="button" part="another-button" @click=${another}>${text.another}</button>
    </div>`;
}
