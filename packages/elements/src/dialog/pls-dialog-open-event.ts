/** What opened the dialog. */
export interface PlsDialogOpenDetail {
  /** "data-pls-open" (a page's button or link), the name of the hand-off event it answered (e.g. "pls-book-request"), or "show" (the method). */
  trigger: string;
}

/** Fires when a <pls-dialog> opens. */
export class PlsDialogOpenEvent extends CustomEvent<PlsDialogOpenDetail> {
  static readonly eventName = 'pls-dialog-open';
  constructor(detail: PlsDialogOpenDetail) {
    super(PlsDialogOpenEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-dialog-open': PlsDialogOpenEvent;
  }
}
