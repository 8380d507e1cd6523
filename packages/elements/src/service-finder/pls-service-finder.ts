import type { ServicePoint, ServicePointKind } from '@plskit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Region } from '../api/directory-types.js';
import { REGION_CODE } from '../api/region-code.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { RequestController } from '../async-state/request-controller.js';
import { PlsElement } from '../base/pls-element.js';
import { formatNumber } from '../locale/intl-formats.js';
import { localized } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { PlsQuestionRequestEvent } from '../links/pls-question-request-event.js';
import { ResidentPosition, type PositionNews, type PositionSource } from '../position/resident-position.js';
import { ResultWindow } from '../windowing/result-window.js';
import { PlsServicePointSelectEvent } from './pls-service-point-select-event.js';
import { countsByKind, listPoints, NO_CHOICE, POINT_KINDS, townshipsOf, villagesOf, type FinderChoice, type ListedPoint } from './service-finder-choices.js';
import { serviceFinderRequests } from './service-finder-requests.js';
import { serviceFinderText } from './service-finder.strings.js';
import { pointDetail, pointLine, type PointView } from './service-point-view.js';
import { serviceFinderStyles } from './pls-service-finder.styles.js';

/** Points shown at first, and added by each "show more". */
const PAGE = 100;

/**
 * The whole public legal service network of a county: the village's own
 * legal adviser in three choices (county, township, village), or every point
 * nearest first from a position the browser gives only when the resident asks,
 * measured in the page and never sent anywhere.
 *
 * @tag pls-service-finder
 * @summary Find the village's legal adviser and the nearest service point: centers, notary, appraisal, mediation, legal aid.
 *
 * @event {PlsServicePointSelectEvent} pls-service-point-select - A resident opened a point's details. Detail: `{ pointId, kind, region, bookable }`, never a position or distance.
 * @event {PlsQuestionRequestEvent} pls-question-request - "Ask a question" was chosen in a point's details. Detail: `{ topic: null, region, source }`; cancelable: otherwise the page's `<pls-legal-question>` opens on it.
 * @event {PlsErrorEvent} pls-error - A request failed. Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart choices - The county, township and village choices.
 * @csspart kinds - The kind-of-service filter, with counts.
 * @csspart location-button - The "sort by distance from me" button.
 * @csspart reach-note - The plan's 15/30-minute targets and how the estimates are made.
 * @csspart total - The number of points listed.
 * @csspart results - The list of points.
 * @csspart point - One point in the list.
 * @csspart own-adviser - The "your village's legal adviser" label.
 * @csspart distance - A point's straight-line distance and rough times.
 * @csspart details-button - A point's "details" button.
 * @csspart load-more-button - The "show more" button.
 * @csspart detail - The detail view.
 * @csspart back-button - The detail view's "back to the list" button.
 * @csspart call-link - The tel: link of the point's phone.
 * @csspart ask-button - "Ask a question" (hands over to `<pls-legal-question>`).
 * @csspart book-link - "Book a visit" (with `booking-page`, for a center that can be booked).
 * @csspart empty - The "nothing here" panel.
 * @csspart loading - The placeholder shown while the points load.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 */
export class PlsServiceFinder extends PlsElement {
  static override styles = serviceFinderStyles;
  static override textTables = [serviceFinderText];

  /** The page (URL) where <pls-appointment-booker> is, "" for this page: a center that can be booked then links there. */
  @property({ attribute: 'booking-page' }) bookingPage?: string;

  /** Where the resident's position comes from, on the resident's press only (default: the browser's Geolocation API). */
  @property({ attribute: false }) positionSource?: PositionSource;

  @state() private county = '';
  @state() private choice: FinderChoice = NO_CHOICE;
  @state() private regions: Region[] = [];
  @state() private detail: ListedPoint | undefined;
  /** How many points of the list are shown; "show more" adds a page. */
  @state() private shownCount = PAGE;

  readonly #points = new RequestController<ServicePoint[]>(this, 'list-service-points', this.reportAndAnnounce);
  /** Kept in this element only: never in a request, an event, storage or the URL. */
  readonly #position = new ResidentPosition(this, () => this.positionSource, (news) => this.#positionNews(news));
  readonly #window = new ResultWindow<ListedPoint>(this, () => this.renderRoot.querySelector<HTMLElement>('.points'));
  #loadedFor: unknown;

  get #requests() {
    return serviceFinderRequests(this.requireConnection());
  }

  protected override willUpdate(changed: PropertyValues): void {
    const connection = this.connection;
    // a county from the element or its provider, set now or later, is chosen for the resident
    const region = this.effectiveRegion ?? '';
    const preset = (changed.has('region') || changed.has('providerSettings')) && region !== this.county && REGION_CODE.test(region);
    if (preset) {
      this.county = region;
      this.choice = NO_CHOICE;
    }
    if (!connection) return;
    if (this.#loadedFor !== connection) {
      this.#loadedFor = connection;
      void this.#loadRegions();
      if (this.county) void this.#load();
    } else if (preset) void this.#load();
  }

  /** The counties to choose from; without them the county of `region` still works. */
  async #loadRegions(): Promise<void> {
    try {
      this.regions = await this.#requests.regions();
    } catch (error) {
      if (!isAbort(error)) this.reportProblem('list-regions', ApiProblem.from(error));
    }
  }

  async #load(): Promise<void> {
    const county = this.county;
    this.detail = undefined;
    this.#restart();
    const points = await this.#points.run((signal) => this.#requests.countyPoints(county, { signal }));
    if (points) this.announcement = this.#totalText(this.#listed().length);
  }

  #listed(): ListedPoint[] {
    return listPoints(this.#points.value ?? [], this.choice, this.#position.position);
  }

  #totalText(count: number): string {
    return fill(serviceFinderText.in(this.displayLocale).total, { count: formatNumber(count, this.displayLocale) });
  }

  #choose(patch: Partial<FinderChoice>): void {
    this.choice = { ...this.choice, ...patch };
    this.#restart();
    this.announcement = this.#totalText(this.#listed().length);
  }

  /** A new list: from its top, a page long. */
  #restart(): void {
    this.shownCount = PAGE;
    this.#window.reset();
  }

  #chooseCounty(county: string): void {
    this.county = county;
    this.choice = NO_CHOICE;
    if (county) void this.#load();
    else this.#points.reset();
  }

  #positionNews(news: PositionNews): void {
    const s = serviceFinderText.in(this.displayLocale);
    if (news !== 'locating') this.#restart();
    this.announcement = { locating: s.locating, found: s.sortedByDistance, failed: s.locationFailed }[news];
  }

  #open = (point: ServicePoint): void => {
    this.detail = this.#listed().find((listed) => listed.point.id === point.id);
    this.dispatchEvent(new PlsServicePointSelectEvent({ pointId: point.id, kind: point.kind, region: point.region, bookable: point.bookable }));
    this.moveFocus('#detail-name');
  };

  #close = (): void => {
    const id = this.detail?.point.id;
    this.detail = undefined;
    if (id) this.moveFocus(`button[data-point="${CSS.escape(id)}"]`);
  };

  /** The page's question form opens on the point's county; the resident chooses the topic there. */
  #ask = (): void => {
    const region = this.detail?.point.region ?? null;
    this.dispatchEvent(new PlsQuestionRequestEvent({ topic: null, region, source: this.localName }));
  };

  protected override backOnline(): void {
    if (this.#points.state.status === 'error') void this.#load();
  }

  protected override render(): TemplateResult {
    const s = serviceFinderText.in(this.displayLocale);
    const view: PointView = { s, locale: this.displayLocale, bookingPage: this.bookingPage };
    return html`<div class=${this.rootClass} part="base" lang=${this.displayLocale}
      @keydown=${(event: KeyboardEvent) => { if (event.key === 'Escape' && this.detail) this.#close(); }}>
      ${this.renderLiveRegion()}
      ${this.detail ? pointDetail(this.detail, view, this.#close, this.#ask) : html`
        <h2>${s.title}</h2>
        <p class="intro">${s.intro}</p>
        ${this.#renderChoices()}
        ${this.#renderList(view)}`}
    </div>`;
  }

  #renderChoices(): TemplateResult {
    const s = serviceFinderText.in(this.displayLocale);
    const points = this.#points.value ?? [];
    const townships = townshipsOf(points);
    const villages = this.choice.township ? villagesOf(points, this.choice.township) : [];
    const counts = countsByKind(points, this.choice.township);
    const value = (event: Event) => (event.target as HTMLSelectElement).value;
    const option = (code: string, label: string, current: string) => html`<option value=${code} ?selected=${code === current}>${label}</option>`;
    return html`<fieldset class="choices" part="choices">
        <legend>${s.choices}</legend>
        <label>${s.county}<select name="county" @change=${(event: Event) => this.#chooseCounty(value(event))}>
          ${option('', s.chooseCounty, this.county)}
          ${this.regions.filter((r) => REGION_CODE.test(r.code) && r.kind !== 'city').map((r) => option(r.code, localized(r.name, this.displayLocale), this.county))}
          ${this.county && !this.regions.some((r) => r.code === this.county) ? option(this.county, this.county, this.county) : nothing}
        </select></label>
        <label>${s.township}<select name="township" ?disabled=${!townships.length}
          @change=${(event: Event) => this.#choose({ township: value(event), village: '' })}>
          ${option('', s.anyTownship, this.choice.township)}
          ${townships.map((t) => option(t.code, t.name, this.choice.township))}
        </select></label>
        <label>${s.village}<select name="village" ?disabled=${!villages.length}
          @change=${(event: Event) => this.#choose({ village: value(event) })}>
          ${option('', s.anyVillage, this.choice.village)}
          ${villages.map((v) => option(v, v, this.choice.village))}
        </select></label>
      </fieldset>
      <fieldset class="kinds" part="kinds">
        <legend>${s.kinds}</legend>
        ${[['', s.allKinds, Object.values(counts).reduce((a, b) => a + b, 0)] as const,
          ...POINT_KINDS.map((kind) => [kind, s.kindNames[kind], counts[kind]] as const)].map(([kind, label, count]) => html`<label class="kind-choice">
          <input type="radio" name="kind" value=${kind} .checked=${this.choice.kind === kind}
            @change=${() => this.#choose({ kind: kind as ServicePointKind | '' })}>${label} (${formatNumber(count, this.displayLocale)})</label>`)}
      </fieldset>
      <div class="location">
        ${this.#position.position
          ? html`<p>${s.sortedByDistance}</p><button type="button" @click=${() => { this.#position.forget(); this.#restart(); }}>${s.forgetLocation}</button>`
          : html`<button type="button" part="location-button" ?disabled=${this.#position.locating} @click=${this.#position.ask}>${this.#position.locating ? s.locating : s.useLocation}</button>`}
        <p class="hint">${s.locationPrivacy}</p>
        <p class="hint" part="reach-note">${s.reachNote}</p>
      </div>`;
  }

  #renderList(view: PointView): TemplateResult | typeof nothing {
    const { s, locale } = view;
    const state = this.#points.state;
    if (!this.county) return nothing;
    if (state.status === 'error') return errorView(state.problem, locale, () => void this.#load());
    if (state.status !== 'ready') return loadingView(locale, 3);
    const listed = this.#listed();
    if (!listed.length) return html`<p class="empty" part="empty">${s.empty}</p>`;
    return html`<section class="results" aria-label=${s.title}>
      <p class="total" part="total">${this.#totalText(listed.length)}</p>
      <ul class="points" part="results">
        ${this.#window.blocks(listed.slice(0, this.shownCount)).map((block, index) => this.#window.shown(index)
          ? block.map((point) => pointLine(point, view, this.#open, index))
          : html`<li class="spacer" aria-hidden="true" data-block=${index}></li>`)}
      </ul>
      ${listed.length > this.shownCount
        ? html`<button type="button" class="more" part="load-more-button" @click=${() => { this.shownCount += PAGE; }}>${s.more}</button>`
        : nothing}
    </section>`;
  }
}
