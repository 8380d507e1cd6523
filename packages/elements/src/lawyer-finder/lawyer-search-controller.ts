import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Lawyer } from '../api/directory-types.js';
import type { AsyncState } from '../async-state/async-state.js';
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
  onProblem(operation: string, problem: ApiProblem): void;
}

/** Typing waits this long for a pause before it searches. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Runs lawyer searches for the finder: typing is debounced, every new search
 * aborts the one in flight, and a response that is not the latest is dropped,
 * so a slow old answer can never overwrite a newer one.
 */
export class LawyerSearchController implements ReactiveController {
  state: AsyncState<LawyerResults> = { status: 'idle' };
  /** A "load more" is in flight, or failed (then `moreProblem` says why). */
  loadingMore = false;
  moreProblem: ApiProblem | undefined;

  #latest = 0;
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastFilters: LawyerSearchFilters | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LawyerSearchOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  get results(): LawyerResults | undefined {
    if (this.state.status === 'ready') return this.state.value;
    if (this.state.status === 'loading') return this.state.previous;
    return undefined;
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
    const ticket = this.#begin();
    this.state = { status: 'loading', ...(this.results ? { previous: this.results } : {}) };
    this.moreProblem = undefined;
    this.loadingMore = false;
    this.host.requestUpdate();
    try {
      const page = await this.options.directory().searchLawyers(
        { ...toLawyerQuery(filters), limit: this.options.pageSize() }, { signal: ticket.signal, locale: this.options.locale() },
      );
      if (ticket.id !== this.#latest) return;
      const results = { filters, items: page.items, total: page.total, nextCursor: page.nextCursor };
      this.state = { status: 'ready', value: results };
      this.options.onResults(results);
    } catch (error) {
      if (isAbort(error) || ticket.id !== this.#latest) return;
      const problem = ApiProblem.from(error);
      this.state = { status: 'error', problem };
      this.options.onProblem('search-lawyers', problem);
    }
    this.host.requestUpdate();
  }

  /** Appends the next page; the DOM grows by what the resident asked for, never by the total. */
  async loadMore(): Promise<void> {
    const current = this.state.status === 'ready' ? this.state.value : undefined;
    if (!current?.nextCursor || this.loadingMore) return;
    const ticket = this.#begin();
    this.loadingMore = true;
    this.moreProblem = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.options.directory().searchLawyers(
        { ...toLawyerQuery(current.filters), limit: this.options.pageSize(), cursor: current.nextCursor },
        { signal: ticket.signal, locale: this.options.locale() },
      );
      if (ticket.id !== this.#latest) return;
      const value = { ...current, items: [...current.items, ...page.items], total: page.total, nextCursor: page.nextCursor };
      this.state = { status: 'ready', value };
      this.options.onMore(value);
    } catch (error) {
      if (isAbort(error) || ticket.id !== this.#latest) return;
      this.moreProblem = ApiProblem.from(error);
      this.options.onProblem('search-lawyers', this.moreProblem);
    } finally {
      if (ticket.id === this.#latest) this.loadingMore = false;
    }
    this.host.requestUpdate();
  }

  #begin(): { id: number; signal: AbortSignal } {
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.#latest += 1;
    return { id: this.#latest, signal: this.#abort.signal };
  }
}
