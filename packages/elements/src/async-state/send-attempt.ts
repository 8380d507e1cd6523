import { newIdempotencyKey } from '@plskit/sdk';

/**
 * One attempt at a request that must take effect once (a booking, a
 * question): its Idempotency-Key is made when the resident reaches "check" and
 * kept for every retry, so a reply lost on the way never doubles it; it ends
 * when the request succeeds or anything it would send changes. The
 * confirmation screen's module is fetched meanwhile (again after a failure,
 * offline), so a success never waits on it.
 */
export class SendAttempt {
  #key: string | undefined;
  #doneView: Promise<void> | undefined;
  readonly #loadDoneView: () => Promise<void>;

  constructor(loadDoneView: () => Promise<void>) {
    this.#loadDoneView = loadDoneView;
  }

  /** The key of the attempt under way, undefined when there is none. */
  get key(): string | undefined {
    return this.#key;
  }

  begin(): void {
    this.#key ??= newIdempotencyKey();
    this.prepareDoneView();
  }

  /** Sent, or changed: the next attempt gets a key of its own. */
  end(): void {
    this.#key = undefined;
  }

  prepareDoneView(): void {
    this.#doneView ??= this.#loadDoneView().catch(() => {
      this.#doneView = undefined;
    });
  }
}
