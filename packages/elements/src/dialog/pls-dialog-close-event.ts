/** How the dialog was closed. */
export interface PlsDialogCloseDetail {
  reason: 'close-button' | 'escape' | 'backdrop' | 'close';
}

/** Fires when a <pls-dialog> closes; focus is back on what opened it. */
export class PlsDialogCloseEvent extends CustomEvent<PlsDialogCloseDetail> {
  static readonly eventName = 'pls-dialog-close';
  constructor(detail: PlsDialogCloseDetail) {
    super(PlsDialogCloseEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-dialog-close': PlsDialogCloseEvent;
  }
}
