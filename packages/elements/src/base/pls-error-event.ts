/** What a host may log about a failure: no URL, no query, no personal data. */
export interface PlsErrorDetail {
  /** The element that failed, e.g. "pls-lawyer-finder". */
  source: string;
  /** What it was doing, e.g. "search-lawyers". */
  operation: string;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  /** Stable machine code, e.g. "rate-limited", "network-error", "offline". */
  code: string;
}

/** Fires when a request of an element fails, so the host can log it. */
export class PlsErrorEvent extends CustomEvent<PlsErrorDetail> {
  static readonly eventName = 'pls-error';
  constructor(detail: PlsErrorDetail) {
    super(PlsErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-error': PlsErrorEvent;
  }
}
