/**
 * The matter and the item codes only: never the answers (married, a minor,
 * the destination), which describe the resident.
 */
export interface PlsChecklistReadyDetail {
  matter: string;
  items: string[];
  /** True when the list comes with a refusal (e.g. an agent for an in-person matter). */
  refused: boolean;
  catalogueVersion: string;
}

/** Fires when <pls-notary-checklist> shows a checklist. */
export class PlsChecklistReadyEvent extends CustomEvent<PlsChecklistReadyDetail> {
  static readonly eventName = 'pls-checklist-ready';
  constructor(detail: PlsChecklistReadyDetail) {
    super(PlsChecklistReadyEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-checklist-ready': PlsChecklistReadyEvent;
  }
}
