// One work order, opened (the server audited the reading): the question, the
// contact in full, the timeline and the due day; then what the member may do
// in its status: pass it to a center, answer it once, close it, or send it
// back to the hotline (退回, with a reason, confirmed first). Each changes the
// screen only when the server confirmed it; a refusal is said in words.
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
import { ANSWER_TEXT_MAX, countLine, RESOLUTIONS, RETURN_REASON_MAX, shanghaiTime, type OrderAction, type OrderActions } from './work-orders-steps.js';
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
  returnReason: string;
  /** The reason is written: the member is asked to confirm the return. */
  confirmingReturn: boolean;
  explain(problem: ApiProblem): string;
  back(): void;
  retry(): void;
  edit(field: 'assignTo' | 'answer' | 'resolution' | 'returnReason', value: string): void;
  act(action: OrderAction): void;
  /** Asks to confirm a return (true) or leaves the confirmation (false). */
  confirmReturn(asking: boolean): void;
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
    ${fill(text.steps[step.kind], {
      center: centerName(names, step.center ?? null), resolution: step.resolution ? text.resolutions[step.resolution] : '', reason: step.reason ?? '',
    })}</li>`)}</ol>`;
}

function sendButton(screen: OrderScreen, action: OrderAction, part: string, label: string): TemplateResult {
  const busy = screen.acting !== undefined;
  return html`<button type="submit" part=${part} aria-disabled=${busy ? 'true' : 'false'}>${screen.acting === action ? screen.text.sending : label}</button>`;
}

const submitting = (screen: OrderScreen, action: OrderAction) => (event: Event) => {
  event.preventDefault();
  if (!screen.acting) screen.act(action);
};

const invalid = (problems: readonly FieldProblem[], field: string): boolean => problems.some((problem) => problem.field === field);

interface ChoiceForm {
  action: 'assign' | 'close';
  field: 'assignTo' | 'resolution';
  /** The select's id, which a problem names. */
  id: string;
  title: string;
  label: string;
  button: { part: string; label: string };
  options: readonly { value: string; label: string }[];
}

/** Passing on and closing: one choice, then the action's button. */
function choiceForm(screen: OrderScreen, form: ChoiceForm): TemplateResult {
  const { text, locale, problems } = screen;
  const chosen = form.field === 'assignTo' ? screen.assignTo : screen.resolution;
  const wrong = invalid(problems, form.id);
  return html`<form part=${`${form.action}-form`} novalidate @submit=${submitting(screen, form.action)}>
    <h3>${form.title}</h3>
    <div class="pick"><div class="field"><label for=${form.id}>${form.label}</label>
      ${fieldError(problems, form.id, locale)}
      <select id=${form.id} aria-invalid=${wrong ? 'true' : 'false'} aria-describedby=${wrong ? `${form.id}-error` : nothing}
        @change=${(event: Event) => screen.edit(form.field, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!chosen}>${text.choose}</option>
        ${form.options.map((option) => html`<option value=${option.value} ?selected=${option.value === chosen}>${option.label}</option>`)}
      </select></div>
    ${sendButton(screen, form.action, form.button.part, form.button.label)}</div>
  </form>`;
}

interface TextForm {
  /** The textarea's id, which a problem names; its hint and count are `${id}-hint` and `${id}-count`. */
  id: string;
  field: 'answer' | 'returnReason';
  value: string;
  max: number;
  label: string;
  hint: string;
  rows: number;
}

/** A text staff write with its hint and live count (an answer, a reason to return it). */
function textField(screen: OrderScreen, form: TextForm): TemplateResult {
  const { text, locale, problems } = screen;
  const count = countLine(questionLength(form.value), form.max, text);
  const wrong = invalid(problems, form.id);
  const described = `${form.id}-hint ${wrong ? `${form.id}-error ` : ''}${form.id}-count`;
  return html`<div class="field"><label for=${form.id}>${form.label}</label>
    <p class="hint" id=${`${form.id}-hint`}>${form.hint}</p>
    ${fieldError(problems, form.id, locale)}
    <textarea id=${form.id} rows=${form.rows} .value=${form.value} aria-invalid=${wrong ? 'true' : 'false'} aria-describedby=${described}
      @input=${(event: Event) => screen.edit(form.field, (event.target as HTMLTextAreaElement).value)}></textarea>
    <p id=${`${form.id}-count`} class=${count.over ? 'count over' : 'count'} part="count">${count.line}</p></div>`;
}

function replyForm(screen: OrderScreen): TemplateResult {
  const { text } = screen;
  return html`<form part="reply-form" novalidate @submit=${submitting(screen, 'reply')}>
    <h3>${text.replyTitle}</h3>
    ${textField(screen, {
      id: 'reply-text', field: 'answer', value: screen.answer, max: ANSWER_TEXT_MAX, label: text.replyTitle, rows: 6,
      hint: fill(text.replyHint, { max: ANSWER_TEXT_MAX }),
    })}
    ${sendButton(screen, 'reply', 'reply-button', text.reply)}
  </form>`;
}

/** Back to the hotline: the reason, then a confirmation that says what follows. */
function returnForm(screen: OrderScreen): TemplateResult {
  const { text } = screen;
  const asking = screen.confirmingReturn;
  return html`<form part="return-form" novalidate
    @submit=${asking ? submitting(screen, 'return') : (event: Event) => { event.preventDefault(); screen.confirmReturn(true); }}>
    <h3>${text.returnTitle}</h3>
    ${textField(screen, {
      id: 'return-reason', field: 'returnReason', value: screen.returnReason, max: RETURN_REASON_MAX, label: text.returnLabel, rows: 3,
      hint: fill(text.returnHint, { max: RETURN_REASON_MAX }),
    })}
    ${asking ? html`<div class="confirm" role="group" aria-labelledby="return-confirm-text" part="return-confirm">
        <p id="return-confirm-text">${fill(text.returnConfirm, { reference: screen.reference })}</p>
        ${sendButton(screen, 'return', 'return-confirm-button', text.returnConfirmButton)}
        <button type="button" part="return-cancel-button" @click=${() => screen.confirmReturn(false)}>${text.returnCancel}</button>
      </div>`
      : html`<button type="submit" part="return-button">${text.returnButton}</button>`}
  </form>`;
}

function actionForms(screen: OrderScreen): TemplateResult {
  const { text, actions } = screen;
  return html`
    ${errorSummary(screen.problems, screen.locale)}
    ${actions.reply ? replyForm(screen) : nothing}
    ${actions.assign ? choiceForm(screen, {
      action: 'assign', field: 'assignTo', id: 'assign-center', title: text.assignTitle, label: text.assignTo, button: { part: 'assign-button', label: text.assign },
      options: screen.names.centers.map((center) => ({ value: center.id, label: center.name })),
    }) : nothing}
    ${actions.close ? choiceForm(screen, {
      action: 'close', field: 'resolution', id: 'close-resolution', title: text.closeTitle, label: text.resolution, button: { part: 'close-order-button', label: text.close },
      options: RESOLUTIONS.map((resolution) => ({ value: resolution, label: text.resolutions[resolution] })),
    }) : nothing}
    ${actions.return ? returnForm(screen) : nothing}`;
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
