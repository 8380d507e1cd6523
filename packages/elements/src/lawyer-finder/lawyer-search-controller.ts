import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lawyer } from '../api/directory-types.js';
import { RequestController, type ReportProblem } from '../async-state/request-controller.js';
import type { Locale } from '../locale/locale.js';
import type { LawyerDirectory } from './lawyer-directory.js';
import { toLawyerQuery, type LawyerSearchFilters } from './lawyer-search-filters.js';

export interface LawyerResults {
  filters: LawyerSearchFilters;
  items: Lawyer[];
  total: number;
  nextCursor: string | null;
}

export interface LawyerSearchOptions {
  directory(): LawyerDirectory;
  /** Accept-Language of each search (the results themselves do not depend on it). */
  locale(): Locale;
  pageSize(): number;
  /** A new search (not a further page) has its first page. */
  onResults(results: LawyerResults): void;
  /** A further page arrived ("load more"). */
  onMore(results: LawyerResults): void;
  onProblem: ReportProblem;
}

/** Typing waits this long for a pause before it searches. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Runs lawyer searches for the finder: typing is debounced, and a search and
 * its "load more" are each the kit's latest-wins request; a new search also
 * drops a "load more" in flight, so a slow old answer never overwrites a newer one.
 */
export class LawyerSearchController implements ReactiveController {
  readonly #search: RequestController<LawyerResults>;
  readonly #more: RequestController<LawyerResults>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastFilters: LawyerSearchFilters | undefined;

  constructor(host: ReactiveControllerHost, private readonly options: LawyerSearchOptions) {
    host.addController(this);
    this.#search = new RequestController(host, 'search-lawyers', options.onProblem);
    this.#more = new RequestController(host, 'search-lawyers', options.onProblem);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  get state() {
    return this.#search.state;
  }

  get results(): LawyerResults | undefined {
    return this.#search.shown;
  }

  /** A "load more" is in flight. */
  get loadingMore(): boolean {
    return this.#more.state.status === 'loading';
  }

  /** Why the last "load more" failed. */
  get moreProblem() {
    return this.#more.state.status === 'error' ? this.#more.state.problem : undefined;
  }

  /** Searches now, or after the typing pause when `debounce` is set. */
  search(filters: LawyerSearchFilters, debounce = false): void {
    clearTimeout(this.#timer);
    this.#lastFilters = filters;
    if (debounce) this.#timer = setTimeout(() => void this.#run(filters), SEARCH_DEBOUNCE_MS);
    else void this.#run(filters);
  }

  retry(): void {
    if (this.moreProblem) void this.loadMore();
    else if (this.#lastFilters) this.search(this.#lastFilters);
  }

  async #run(filters: LawyerSearchFilters): Promise<void> {
    this.#more.reset();
    const results = await this.#search.run(async (signal) => {
      const page = await this.options.directory().searchLawyers(
        { ...toLawyerQuery(filters), limit: this.options.pageSize() }, { signal, locale: this.options.locale() },
      );
      return { filters, items: page.items, total: page.total, nextCursor: page.nextCursor };
    });
    if (results) this.options.onResults(results);
  }

  /** Appends the next page; the DOM grows by what the resident asked for, never by the total. */
  async loadMore(): Promise<void> {
    const current = this.#search.value;
    const cursor = current?.nextCursor;
    if (!current || !cursor || this.loadingMore) return;
    const results = await this.#more.run(async (signal) => {
      const page = await this.options.directory().searchLawyers(
        { ...toLawyerQuery(current.filters), limit: this.options.pageSize(), cursor },
        { signal, locale: this.options.locale() },
      );
      return { ...current, items: [...current.items, ...page.items], total: page.total, nextCursor: page.nextCursor };
    });
    // a new search since? it has reset this request, and its results stand
    if (!results || this.#search.value !== current) return;
    this.#search.reset({ status: 'ready', value: results });
    this.options.onMore(results);
  }
}
