/**
 * A failed API call, reduced to what a widget and a host's log may hold: the
 * status, the contract's stable machine code and the names of the fields a
 * refusal named. Never the URL, the body or a server message, which could carry
 * a resident's data.
 */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** Stable code: the contract's `code` (or the SDK's "unexpected-response"), or "network-error" / "offline" / "timeout" / "not-configured". */
    readonly code: string,
    /** Seconds the server asked to wait (Retry-After on 429 and 503), when it said so. */
    readonly retryAfter?: number,
    /** The JSON pointers of the fields a refusal named (`/text`, `/callbackWindow/date`): where, never what. */
    readonly fields: readonly string[] = [],
    /** With `verification-code-incorrect`, the codes that may still be tried. */
    readonly attemptsLeft?: number,
  ) {
    super(`plskit API problem: ${code} (${status})`);
  }

  /** Any failure of a call as an ApiProblem: one already is, anything else counts as a network error. */
  static from(error: unknown): ApiProblem {
    return error instanceof ApiProblem ? error : new ApiProblem(0, 'network-error');
  }

  /** The browser is offline, or the request never reached a server. */
  get unreachable(): boolean {
    return this.status === 0;
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
