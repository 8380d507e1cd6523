// The work-order queue: filters (status, overdue, center), the rows as the
// API gives them (contact masked, no question), earliest due first as the
// server sorts, and "open" on each row, which the screen says is recorded.
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiProblem } from '../../api/api-problem.js';
import type { AsyncState } from '../../async-state/async-state.js';
import { loadingView } from '../../async-state/async-state-view.js';
import { asyncStateText } from '../../async-state/async-state.strings.js';
import { stepHeading } from '../../base/focus-targets.js';
import { formatCalendarDate } from '../../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../../locale/locale.js';
import { fill } from '../../locale/string-table.js';
import type { ServiceCenter } from '../staff-desk-requests.js';
import type { CallLists, StaffWorkOrder, StaffWorkOrderPage } from './work-orders-requests.js';
import type { QueueFilters } from './work-orders-steps.js';
import type { WorkOrdersText } from './work-orders.strings.js';
import { WORK_ORDER_STATUSES, type WorkOrderStatus } from '@plskit/core';

/** What the work-order screens read names from: the centers (the desk's), the topics and regions (public lists). */
export interface Names {
  centers: readonly ServiceCenter[];
  lists: CallLists | undefined;
}

export const centerName = (names: Names, id: string | null): string => (id ? names.centers.find((center) => center.id === id)?.name ?? id : '');
export const topicName = (names: Names, code: string, locale: DisplayLocale): string => {
  const area = names.lists?.topics.find((topic) => topic.code === code);
  return area ? localized(area.name, locale) : code;
};
export const regionName = (names: Names, code: string, locale: DisplayLocale): string => {
  const region = names.lists?.regions.find((known) => known.code === code);
  return region ? localized(region.name, locale) : code;
};

/** A failure in words (a refusal's own, or the kit's), with a retry. */
export function failureView(words: string, locale: DisplayLocale, retry: () => void): TemplateResult {
  return html`<div class="problem" part="error"><p><span aria-hidden="true">⚠ </span>${words}</p>
    <button type="button" part="retry-button" @click=${retry}>${asyncStateText.in(locale).retry}</button></div>`;
}

export interface QueueScreen {
  text: WorkOrdersText;
  locale: DisplayLocale;
  names: Names;
  filters: QueueFilters;
  /** The centers the filter offers, when the member works at several (or every) center. */
  centerFilter: readonly ServiceCenter[] | undefined;
  queue: AsyncState<StaffWorkOrderPage>;
  more: AsyncState<StaffWorkOrderPage>;
  explain(problem: ApiProblem): string;
  filter(filters: QueueFilters): void;
  refresh(): void;
  loadMore(): void;
  open(reference: string): void;
}

function filtersForm(screen: QueueScreen): TemplateResult {
  const { text, filters } = screen;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    screen.filter({ status: String(form.get('status') ?? '') as WorkOrderStatus | '', overdue: form.get('overdue') === 'on', center: String(form.get('center') ?? '') });
  };
  return html`<form class="pick" part="queue-filters" @submit=${submit}>
    <div class="field"><label for="queue-status">${text.status}</label>
      <select id="queue-status" name="status">
        <option value="" ?selected=${!filters.status}>${text.anyStatus}</option>
        ${WORK_ORDER_STATUSES.map((status) => html`<option value=${status} ?selected=${status === filters.status}>${text.statuses[status]}</option>`)}
      </select></div>
    ${screen.centerFilter ? html`<div class="field"><label for="queue-center">${text.center}</label>
      <select id="queue-center" name="center">
        <option value="" ?selected=${!filters.center}>${text.anyCenter}</option>
        ${screen.centerFilter.map((center) => html`<option value=${center.id} ?selected=${center.id === filters.center}>${center.name}</option>`)}
      </select></div>` : nothing}
    <div class="field choice"><input type="checkbox" id="queue-overdue" name="overdue" .checked=${filters.overdue}>
      <label for="queue-overdue">${text.overdueOnly}</label></div>
    <button type="submit" part="filter-button">${text.filter}</button>
    <button type="button" part="refresh-button" @click=${screen.refresh}>${text.refresh}</button>
  </form>`;
}

function row(order: StaffWorkOrder | StaffWorkOrderPage['items'][number], screen: QueueScreen): TemplateResult {
  const { text, locale, names } = screen;
  return html`<tr part="work-order" data-status=${order.status} ?data-overdue=${order.overdue}>
    <th scope="row" class="reference">${order.reference}</th>
    <td>${text.kinds[order.kind]}</td>
    <td>${topicName(names, order.topic, locale)}<br><span class="hint">${regionName(names, order.region, locale)}</span></td>
    <td>${order.contact.name}<br>${order.contact.phone}</td>
    <td>${formatCalendarDate(order.dueBy, locale)}${order.overdue ? html`<br><strong class="overdue" part="overdue">${text.overdue}</strong>` : nothing}</td>
    <td>${text.statuses[order.status]}<br><span class="hint">${order.center ? centerName(names, order.center) : text.notPassed}</span></td>
    <td><button type="button" id=${`open-${order.reference}`} part="open-button" aria-describedby="audit-note"
      @click=${() => screen.open(order.reference)}>${text.open}<span class="visually-hidden"> ${order.reference}</span></button></td>
  </tr>`;
}

function queueTable(page: StaffWorkOrderPage, screen: QueueScreen): TemplateResult {
  const { text, locale } = screen;
  if (page.items.length === 0) return html`<p part="empty">${text.empty}</p>`;
  const loadingMore = screen.more.status === 'loading';
  return html`<p part="count">${page.items.length < page.total ? fill(text.shownOf, { shown: page.items.length, count: page.total }) : fill(text.count, { count: page.total })}</p>
    <div class="scroll"><table part="queue">
      <caption class="visually-hidden">${text.queueTitle}</caption>
      <thead><tr>
        <th scope="col">${text.reference}</th><th scope="col">${text.kind}</th><th scope="col">${text.topic}</th><th scope="col">${text.contact}</th>
        <th scope="col">${text.dueBy}</th><th scope="col">${text.status}</th><th scope="col"><span class="visually-hidden">${text.open}</span></th>
      </tr></thead>
      <tbody>${page.items.map((order) => row(order, screen))}</tbody>
    </table></div>
    ${screen.more.status === 'error' ? failureView(screen.explain(screen.more.problem), locale, screen.loadMore) : nothing}
    ${page.nextCursor && screen.more.status !== 'error' ? html`<div class="actions"><button type="button" part="more-button" aria-disabled=${loadingMore ? 'true' : 'false'}
      @click=${() => { if (!loadingMore) screen.loadMore(); }}>${text.more}</button></div>` : nothing}`;
}

export function queueView(screen: QueueScreen): TemplateResult {
  const { text, locale, queue } = screen;
  const shown = queue.status === 'ready' ? queue.value : queue.status === 'loading' ? queue.previous : undefined;
  let body: TemplateResult;
  if (shown) body = html`<div aria-busy=${queue.status === 'loading' ? 'true' : 'false'}>${queueTable(shown, screen)}</div>`;
  else if (queue.status === 'error') body = failureView(screen.explain(queue.problem), locale, screen.refresh);
  else body = loadingView(locale, 4);
  return html`${stepHeading(text.queueTitle)}
    <p class="hint" id="audit-note" part="audit-note">${text.queueNote}</p>
    ${filtersForm(screen)}
    ${body}`;
}
