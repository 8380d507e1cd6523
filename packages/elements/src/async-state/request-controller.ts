import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { AsyncState } from './async-state.js';

/** Tells the host what failed (pls-error, the live region); `operation` names the request in the contract's words. */
export type ReportProblem = (operation: string, problem: ApiProblem) => void;

/**
 * One kind of request of a widget, and what it brought as an AsyncState. Only
 * the latest reply wins: each run aborts the one before it, and a reply that
 * arrives after a newer run started (late, or failed) is dropped, so a slow
 * old answer never overwrites a newer one. While a run loads, the last value
 * stays at hand (`previous`), so nothing jumps. Failures are reported once,
 * except those `quiet` calls answers rather than failures.
 */
export class RequestController<T> implements ReactiveController {
  state: AsyncState<T> = { status: 'idle' };
  #run = 0;
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly operation: string,
    private readonly report: ReportProblem,
    private readonly quiet: (problem: ApiProblem) => boolean = () => false,
  ) {
    host.addController(this);
  }

  /** A page that removes the widget stops its request; put back, the widget asks again (it loads what is idle). */
  hostDisconnected(): void {
    if (this.state.status === 'loading') this.reset();
  }

  /** The value, when ready. */
  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** The value shown: the ready one, or the one before the run that is loading. */
  get shown(): T | undefined {
    return this.state.status === 'loading' ? this.state.previous : this.value;
  }

  /** Runs `request`; its value once it is the latest reply, else undefined (failed, aborted or superseded). */
  async run(request: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const previous = this.shown;
    const run = this.#begin({ status: 'loading', ...(previous === undefined ? {} : { previous }) });
    try {
      const value = await request(run.signal);
      if (run.id !== this.#run) return undefined;
      this.#set({ status: 'ready', value });
      return value;
    } catch (error) {
      if (isAbort(error) || run.id !== this.#run) return undefined;
      const problem = ApiProblem.from(error);
      this.#set({ status: 'error', problem });
      if (!this.quiet(problem)) this.report(this.operation, problem);
      return undefined;
    }
  }

  /** Drops any run in flight and shows `state` (idle by default, or a value that came another way). */
  reset(state: AsyncState<T> = { status: 'idle' }): void {
    this.#begin(state);
  }

  #begin(state: AsyncState<T>): { id: number; signal: AbortSignal } {
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.#run += 1;
    this.#set(state);
    return { id: this.#run, signal: this.#abort.signal };
  }

  #set(state: AsyncState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
