import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import { LAWYER_CATEGORIES, type Lawyer, type LawyerCategory, type PracticeArea, type Region } from '../api/directory-types.js';
import { REGION_CODE } from '../api/region-code.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { PlsElement } from '../base/pls-element.js';
import { formatNumber, languageName, pluralCategory } from '../locale/intl-formats.js';
import { localized } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { lawyerCard, type LawyerView } from './lawyer-card.js';
import { lawyerDetail } from './lawyer-detail.js';
import { lawyerFinderText } from './lawyer-finder.strings.js';
import { lawyerFinderStyles } from './pls-lawyer-finder.styles.js';
import { lawyerDirectory, type LawyerDirectory } from './lawyer-directory.js';
import { LawyerSearchController, type LawyerResults } from './lawyer-search-controller.js';
import { ResultWindow } from '../windowing/result-window.js';
import { PlsLawyerSelectEvent } from './pls-lawyer-select-event.js';
import { PlsSearchChangeEvent } from './pls-search-change-event.js';
import {
  FILTER_LANGUAGES, MIN_YEARS_CHOICES, NO_FILTERS, filtersFromSearchParams, filtersToSearchParams, toLawyerQuery, SEARCH_TEXT_MAX_LENGTH, type LawyerSearchFilters,
} from './lawyer-search-filters.js';

/**
 * Search and filter the city's lawyers, see one with the firm, and choose one.
 *
 * @tag pls-lawyer-finder
 * @summary Find a lawyer by name, firm or licence number; filter; choose.
 *
 * @slot intro - Content above the search form (e.g. the site's own guidance).
 * @slot empty - Replaces the text shown when nothing matches.
 * @slot detail-actions - Extra actions in the detail view, before "choose this lawyer".
 *
 * @event {PlsLawyerSelectEvent} pls-lawyer-select - A resident chose a lawyer in the detail view. Detail: `{ lawyerId, firmId, region }`.
 * @event {PlsSearchChangeEvent} pls-search-change - A new search settled. Detail: its public filters and `total`.
 * @event {PlsErrorEvent} pls-error - A request failed. Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart search - The search form.
 * @csspart search-input - The text field for name, firm or licence number.
 * @csspart filters - The group of filters.
 * @csspart total - The line with the number of lawyers found.
 * @csspart results - The list of result cards.
 * @csspart card - One result card.
 * @csspart card-name - The lawyer's name on a card.
 * @csspart badge - The "takes legal-aid cases" label on a card.
 * @csspart details-button - A card's "details" button.
 * @csspart load-more-button - The "show more" button.
 * @csspart detail - The detail view.
 * @csspart detail-name - The lawyer's name in the detail view.
 * @csspart back-button - The detail view's "back to results" button.
 * @csspart select-button - The detail view's "choose this lawyer" button.
 * @csspart empty - The "nothing found" panel.
 * @csspart loading - The placeholder shown while the first results load.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 */
export class PlsLawyerFinder extends PlsElement {
  static override styles = lawyerFinderStyles;
  static override textTables = [lawyerFinderText];

  /** Preset practice-area filter (a PracticeArea code such as "labour"). */
  @property({ attribute: 'practice-area' }) practiceArea?: string;

  /** Preset category filter: full-time, part-time, public-sector, company or legal-aid. */
  @property() category?: string;

  /** Lawyers per page, 1–50 (default 10). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Reflect the filters into the page URL (prefixed `lawyer-*` parameters) so a search can be shared. Opt-in. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private filters: LawyerSearchFilters = NO_FILTERS;
  @state() private detail: Lawyer | undefined;
  @state() private practiceAreas: ReadonlyMap<string, PracticeArea> = new Map();
  @state() private regions: Region[] = [];

  private readonly search = new LawyerSearchController(this, {
    directory: () => lawyerDirectory(this.requireConnection()),
    locale: () => this.dataLocale,
    pageSize: () => Math.min(50, Math.max(1, Math.trunc(this.pageSize) || 10)),
    onResults: (results) => this.#settled(results),
    onMore: (results) => {
      this.announcement = fill(lawyerFinderText.in(this.displayLocale).shown, { shown: formatNumber(results.items.length, this.displayLocale) });
    },
    onProblem: this.reportAndAnnounce,
  });

  /** Only the cards near the viewport are rendered: the cost does not grow with the results loaded. */
  private readonly window = new ResultWindow<Lawyer>(this, () => this.renderRoot.querySelector<HTMLElement>('.cards'));

  #searchedWith: Connection | undefined;
  #started = false;
  #detailTrigger: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    const validCategory = (value: string | undefined): LawyerCategory | '' =>
      (LAWYER_CATEGORIES as readonly string[]).includes(value ?? '') ? (value as LawyerCategory) : '';
    let presetsChanged = false;
    if (!this.#started) {
      const presets: LawyerSearchFilters = {
        ...NO_FILTERS,
        region: this.effectiveRegion ?? '',
        practiceArea: this.practiceArea ?? '',
        category: validCategory(this.category),
      };
      this.filters = this.syncUrl ? filtersFromSearchParams(new URLSearchParams(location.search), presets) : presets;
    } else {
      // a preset that changes after the start (attribute, or the provider's default region) searches again
      const next = {
        ...this.filters,
        ...(changed.has('region') || changed.has('providerSettings') ? { region: this.effectiveRegion ?? '' } : {}),
        ...(changed.has('practiceArea') ? { practiceArea: this.practiceArea ?? '' } : {}),
        ...(changed.has('category') ? { category: validCategory(this.category) } : {}),
      };
      presetsChanged = next.region !== this.filters.region || next.practiceArea !== this.filters.practiceArea
        || next.category !== this.filters.category;
      if (presetsChanged) this.filters = next;
    }
    // searching from willUpdate renders the loading state in this same update
    const connection = this.connection;
    if (!this.#started || connection !== this.#searchedWith || presetsChanged || changed.has('pageSize')) {
      this.#started = true;
      this.#searchedWith = connection;
      this.search.search(this.filters);
      if (connection) void this.#loadChoices(lawyerDirectory(connection));
    }
  }

  /**
   * Practice-area names and regions for the filters; the finder still works without them.
   * Regions without a 6-digit code (functional zones) are not offered: the search's
   * `region` parameter accepts only GB/T 2260 codes.
   */
  async #loadChoices(directory: LawyerDirectory): Promise<void> {
    try {
      const [areas, regions] = await Promise.all([directory.listPracticeAreas(), directory.listRegions()]);
      this.practiceAreas = new Map(areas.items.map((area) => [area.code, area]));
      this.regions = regions.items;
    } catch (error) {
      if (!isAbort(error)) this.reportProblem('load-filter-choices', ApiProblem.from(error));
    }
  }

  #settled(results: LawyerResults): void {
    this.window.reset();
    const s = lawyerFinderText.in(this.displayLocale);
    this.announcement = results.total === 0 ? s.empty : this.#totalText(results.total);
    this.dispatchEvent(new PlsSearchChangeEvent({ ...toLawyerQuery(results.filters), total: results.total }));
    if (this.syncUrl) {
      const url = new URL(location.href);
      url.search = filtersToSearchParams(results.filters, url.searchParams).toString();
      history.replaceState(history.state, '', url);
    }
  }

  #totalText(total: number): string {
    const s = lawyerFinderText.in(this.displayLocale);
    const template = pluralCategory(total, this.displayLocale) === 'one' ? s.totalOne : s.totalOther;
    return fill(template, { count: formatNumber(total, this.displayLocale) });
  }

  #change(patch: Partial<LawyerSearchFilters>, debounce = false): void {
    this.filters = { ...this.filters, ...patch };
    this.search.search(this.filters, debounce);
  }

  protected override backOnline(): void {
    if (this.search.state.status === 'error' || this.search.moreProblem) this.search.retry();
  }

  #openDetail = (lawyer: Lawyer): void => {
    this.detail = lawyer;
    this.#detailTrigger = lawyer.id;
    this.moveFocus('#detail-name');
  };

  #closeDetail = (): void => {
    this.detail = undefined;
    if (this.#detailTrigger) this.moveFocus(`button[data-lawyer="${CSS.escape(this.#detailTrigger)}"]`);
  };

  #select = (lawyer: Lawyer): void => {
    this.dispatchEvent(new PlsLawyerSelectEvent({ lawyerId: lawyer.id, firmId: lawyer.firm?.id ?? null, region: lawyer.region }));
    this.announcement = `${lawyerFinderText.in(this.displayLocale).selected}: ${lawyer.name}`;
  };

  #onKeydown = (event: KeyboardEvent): void => {
    // Escape leaves the detail view, like closing a dialog
    if (event.key === 'Escape' && this.detail) {
      event.stopPropagation();
      this.#closeDetail();
    }
  };

  protected override render(): TemplateResult {
    const view: LawyerView = { locale: this.displayLocale, practiceAreas: this.practiceAreas };
    return html`<div class=${this.rootClass} part="base" lang=${this.languageTag} @keydown=${this.#onKeydown}>
      ${this.renderLiveRegion()}
      ${this.detail
        ? lawyerDetail(this.detail, view, { back: this.#closeDetail, select: this.#select })
        : html`<slot name="intro"></slot>${this.#renderForm()}${this.#renderResults(view)}`}
    </div>`;
  }

  #renderForm(): TemplateResult {
    const locale = this.displayLocale;
    const s = lawyerFinderText.in(locale);
    const f = this.filters;
    const selected = (value: string, current: string | number) => value === String(current);
    return html`<form class="search" part="search" role="search" aria-label=${s.title}
      @submit=${(event: Event) => { event.preventDefault(); this.#change({}); }}>
      <div class="query">
        <label for="q">${s.searchLabel}</label>
        <div class="query-row">
          <input id="q" name="q" type="search" part="search-input" autocomplete="off" aria-describedby="q-hint"
            maxlength=${SEARCH_TEXT_MAX_LENGTH}
            .value=${f.q} @input=${(event: InputEvent) => this.#change({ q: (event.target as HTMLInputElement).value }, true)}>
          <button type="submit" class="primary">${s.searchButton}</button>
        </div>
        <p id="q-hint" class="hint">${s.searchHint}</p>
      </div>
      <fieldset class="filters" part="filters">
        <legend>${s.filters}</legend>
        <label>${s.region}
          <select name="region" @change=${(event: Event) => this.#change({ region: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.region}>${s.anyRegion}</option>
            ${this.regions.filter((region) => REGION_CODE.test(region.code)).map((region) => html`<option value=${region.code} ?selected=${selected(region.code, f.region)}>${localized(region.name, locale)}</option>`)}
            ${f.region && !this.regions.some((region) => region.code === f.region)
              ? html`<option value=${f.region} selected>${f.region}</option>` : nothing}
          </select></label>
        <label>${s.practiceArea}
          <select name="practiceArea" @change=${(event: Event) => this.#change({ practiceArea: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.practiceArea}>${s.anyPracticeArea}</option>
            ${[...this.practiceAreas.values()].map((area) => html`<option value=${area.code} ?selected=${selected(area.code, f.practiceArea)}>${localized(area.name, locale)}</option>`)}
            ${f.practiceArea && !this.practiceAreas.has(f.practiceArea)
              ? html`<option value=${f.practiceArea} selected>${f.practiceArea}</option>` : nothing}
          </select></label>
        <label>${s.category}
          <select name="category" @change=${(event: Event) => this.#change({ category: (event.target as HTMLSelectElement).value as LawyerCategory | '' })}>
            <option value="" ?selected=${!f.category}>${s.anyCategory}</option>
            ${LAWYER_CATEGORIES.map((category) => html`<option value=${category} ?selected=${selected(category, f.category)}>${lawyerFinderText.in(locale).lawyerCategoryNames[category]}</option>`)}
          </select></label>
        <label>${s.language}
          <select name="language" @change=${(event: Event) => this.#change({ language: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!f.language}>${s.anyLanguage}</option>
            ${FILTER_LANGUAGES.map((code) => html`<option value=${code} ?selected=${selected(code, f.language)}>${languageName(code, locale)}</option>`)}
          </select></label>
        <label>${s.minYears}
          <select name="minYears" @change=${(event: Event) => this.#change({ minYears: Number((event.target as HTMLSelectElement).value) })}>
            <option value="0" ?selected=${!f.minYears}>${s.anyYears}</option>
            ${MIN_YEARS_CHOICES.map((years) => html`<option value=${years} ?selected=${selected(String(years), f.minYears)}>${fill(s.atLeastYears, { years })}</option>`)}
          </select></label>
        <label class="check">
          <input type="checkbox" name="acceptsLegalAid" .checked=${f.acceptsLegalAid}
            @change=${(event: Event) => this.#change({ acceptsLegalAid: (event.target as HTMLInputElement).checked })}>
          ${s.acceptsLegalAid}</label>
      </fieldset>
    </form>`;
  }

  /** A block of cards, or one spacer standing in for them when it is far from the viewport (ResultWindow sizes it). */
  #renderBlock(block: Lawyer[], index: number, view: LawyerView): unknown {
    return this.window.shown(index)
      ? block.map((lawyer) => lawyerCard(lawyer, view, this.#openDetail, index))
      : html`<li class="spacer" aria-hidden="true" data-block=${index}></li>`;
  }

  #renderResults(view: LawyerView): TemplateResult {
    const s = lawyerFinderText.in(view.locale);
    const state = this.search.state;
    if (state.status === 'error') return errorView(state.problem, view.locale, () => this.search.retry());
    const results = this.search.results;
    if (!results) return loadingView(view.locale, Math.min(3, this.pageSize));
    const busy = state.status === 'loading';
    if (results.total === 0 && !busy) {
      return html`<div class="empty" part="empty"><slot name="empty"><p>${s.empty}</p><p>${s.emptyHint}</p></slot></div>`;
    }
    return html`<section class="results" aria-label=${s.results} aria-busy=${busy ? 'true' : 'false'}>
      <p class="total" part="total">${this.#totalText(results.total)}
        <span class="shown">(${fill(s.shown, { shown: formatNumber(results.items.length, view.locale) })})</span></p>
      <ul class="cards" part="results">
        ${this.window.blocks(results.items).map((block, index) => this.#renderBlock(block, index, view))}
      </ul>
      ${this.search.moreProblem ? errorView(this.search.moreProblem, view.locale, () => this.search.retry()) : nothing}
      ${results.nextCursor && !this.search.moreProblem
        ? html`<button type="button" class="more" part="load-more-button" ?disabled=${this.search.loadingMore || busy}
            @click=${() => void this.search.loadMore()}>${this.search.loadingMore ? s.loadingMore : s.loadMore}</button>`
        : nothing}
    </section>`;
  }
}
