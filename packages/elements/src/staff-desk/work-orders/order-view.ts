// One work order, opened (the server audited the reading): the question, the
// contact in full, the timeline and the due day; then what the member may do
// in its status: pass it to a center, answer it once, close it. Each changes
// the screen only when the server confirmed it; a refusal is said in words.
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiProblem } from '../../api/api-problem.js';
import type { AsyncState } from '../../async-state/async-state.js';
import { loadingView } from '../../async-state/async-state-view.js';
import { stepHeading } from '../../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../../error-summary/error-summary.js';
import { formatCalendarDate } from '../../locale/intl-formats.js';
import type { DisplayLocale } from '../../locale/locale.js';
import { fill } from '../../locale/string-table.js';
import { questionLength } from '@plskit/core';
import type { WorkOrderResolution } from '@plskit/sdk/staff';
import type { StaffWorkOrder } from './work-orders-requests.js';
import { ANSWER_TEXT_MAX, countLine, RESOLUTIONS, shanghaiTime, type OrderAction, type OrderActions } from './work-orders-steps.js';
import type { WorkOrdersText } from './work-orders.strings.js';
import { centerName, failureView, regionName, topicName, type Names } from './queue-view.js';

export interface OrderScreen {
  text: WorkOrdersText;
  locale: DisplayLocale;
  names: Names;
  reference: string;
  order: AsyncState<StaffWorkOrder>;
  actions: OrderActions;
  acting: OrderAction | undefined;
  /** Why the last action was refused, in words. */
  message: string;
  assignTo: string;
  answer: string;
  problems: readonly FieldProblem[];
  resolution: WorkOrderResolution | '';
  explain(problem: ApiProblem): string;
  back(): void;
  retry(): void;
  edit(field: 'assignTo' | 'answer' | 'resolution', value: string): void;
  act(action: OrderAction): void;
}

function details(order: StaffWorkOrder, screen: OrderScreen): TemplateResult {
  const { text, locale, names } = screen;
  const consent = fill(order.consent.form === 'oral' ? text.consentOral : text.consentOnline, { version: order.consent.privacyNotice });
  return html`<dl class="details" part="work-order-details">
    <div><dt>${text.status}</dt><dd><span id="order-status" tabindex="-1" part="status">${text.statuses[order.status]}</span>
      ${order.center ? html` · ${centerName(names, order.center)}` : nothing}</dd></div>
    <div><dt>${text.dueBy}</dt><dd>${formatCalendarDate(order.dueBy, locale)}${order.overdue ? html` <strong class="overdue" part="overdue">${text.overdue}</strong>` : nothing}</dd></div>
    <div><dt>${text.kind}</dt><dd>${text.kinds[order.kind]}${order.callbackWindow
      ? html` · ${text.callbackWindow}: ${fill(text.callbackAt, { date: formatCalendarDate(order.callbackWindow.date, locale), part: text.parts[order.callbackWindow.part] })}` : nothing}</dd></div>
    <div><dt>${text.channel}</dt><dd>${text.channels[order.channel]}</dd></div>
    <div><dt>${text.topic}</dt><dd>${topicName(names, order.topic, locale)}</dd></div>
    <div><dt>${text.region}</dt><dd>${regionName(names, order.region, locale)}</dd></div>
    <div><dt>${text.name}</dt><dd>${order.contact.name}</dd></div>
    <div><dt>${text.phone}</dt><dd><a href=${`tel:${order.contact.phone}`}>${order.contact.phone}</a></dd></div>
    <div><dt>${text.consent}</dt><dd>${consent}</dd></div>
  </dl>
  <h3>${text.question}</h3>
  <p class="text" part="question">${order.text}</p>
  ${order.answer ? html`<h3>${text.answer}</h3><p class="text" part="answer">${order.answer.text}</p>
    <p class="hint">${shanghaiTime(order.answer.at, locale)}</p>` : nothing}
  <h3>${text.timeline}</h3>
  <ol class="timeline" part="timeline">${order.timeline.map((step) => html`<li><span class="hint">${shanghaiTime(step.at, locale)}</span>
    ${fill(text.steps[step.kind], { center: centerName(names, step.center ?? null), resolution: step.resolution ? text.resolutions[step.resolution] : '' })}</li>`)}</ol>`;
}

function sendButton(screen: OrderScreen, action: OrderAction, part: string, label: string): TemplateResult {
  const busy = screen.acting !== undefined;
  return html`<button type="submit" part=${part} aria-disabled=${busy ? 'true' : 'false'}>${screen.acting === action ? screen.text.sending : label}</button>`;
}

function actionForms(screen: OrderScreen): TemplateResult {
  const { text, locale, actions, problems } = screen;
  const submit = (action: OrderAction) => (event: Event) => {
    event.preventDefault();
    if (!screen.acting) screen.act(action);
  };
  const value = (field: 'assignTo' | 'answer' | 'resolution') => (event: Event) => screen.edit(field, (event.target as HTMLInputElement).value);
  const count = countLine(questionLength(screen.answer), ANSWER_TEXT_MAX, text);
  const invalid = (field: string) => (problems.some((problem) => problem.field === field) ? 'true' : 'false');
  return html`
    ${errorSummary(problems, locale)}
    ${actions.reply ? html`<form part="reply-form" novalidate @submit=${submit('reply')}>
      <h3>${text.replyTitle}</h3>
      <div class="field"><label for="reply-text">${text.replyTitle}</label>
        <p class="hint" id="reply-hint">${fill(text.replyHint, { max: ANSWER_TEXT_MAX })}</p>
        ${fieldError(problems, 'reply-text', locale)}
        <textarea id="reply-text" rows="6" .value=${screen.answer} aria-invalid=${invalid('reply-text')}
          aria-describedby=${invalid('reply-text') === 'true' ? 'reply-hint reply-text-error reply-count' : 'reply-hint reply-count'} @input=${value('answer')}></textarea>
        <p id="reply-count" class=${count.over ? 'count over' : 'count'} part="count">${count.line}</p></div>
      ${sendButton(screen, 'reply', 'reply-button', text.reply)}
    </form>` : nothing}
    ${actions.assign ? html`<form part="assign-form" novalidate @submit=${submit('assign')}>
      <h3>${text.assignTitle}</h3>
      <div class="pick"><div class="field"><label for="assign-center">${text.assignTo}</label>
        ${fieldError(problems, 'assign-center', locale)}
        <select id="assign-center" aria-invalid=${invalid('assign-center')} @change=${value('assignTo')}>
          <option value="" ?selected=${!screen.assignTo}>${text.choose}</option>
          ${screen.names.centers.map((center) => html`<option value=${center.id} ?selected=${center.id === screen.assignTo}>${center.name}</option>`)}
        </select></div>
      ${sendButton(screen, 'assign', 'assign-button', text.assign)}</div>
    </form>` : nothing}
    ${actions.close ? html`<form part="close-form" novalidate @submit=${submit('close')}>
      <h3>${text.closeTitle}</h3>
      <div class="pick"><div class="field"><label for="close-resolution">${text.resolution}</label>
        ${fieldError(problems, 'close-resolution', locale)}
        <select id="close-resolution" aria-invalid=${invalid('close-resolution')} @change=${value('resolution')}>
          <option value="" ?selected=${!screen.resolution}>${text.choose}</option>
          ${RESOLUTIONS.map((resolution) => html`<option value=${resolution} ?selected=${resolution === screen.resolution}>${text.resolutions[resolution]}</option>`)}
        </select></div>
      ${sendButton(screen, 'close', 'close-order-button', text.close)}</div>
    </form>` : nothing}`;
}

export function orderView(screen: OrderScreen): TemplateResult {
  const { text, locale, order } = screen;
  const back = html`<button type="button" class="link back" part="back-button" @click=${screen.back}><span aria-hidden="true">‹ </span>${text.back}</button>`;
  const heading = stepHeading(fill(text.orderTitle, { reference: screen.reference }));
  // one heading throughout, so focus on it stays while the work order loads
  // (and a work order read again after a refusal stays on screen, busy, until it came)
  const shown = order.status === 'ready' ? order.value : order.status === 'loading' ? order.previous : undefined;
  let body: TemplateResult;
  if (shown) {
    body = html`<div aria-busy=${order.status === 'loading' ? 'true' : 'false'}>${details(shown, screen)}
      ${screen.message ? html`<p class="message" part="message" role="alert" tabindex="-1">${screen.message}</p>` : nothing}
      ${actionForms(screen)}</div>`;
  } else if (order.status === 'error') body = failureView(screen.explain(order.problem), locale, screen.retry);
  else body = html`<p class="hint">${text.opening}</p>${loadingView(locale, 4)}`;
  return html`${back}${heading}${body}`;
}
