/**
 * What <pls-appointment-booker> needs to open on the right place:
 * `<pls-appointment-booker service="notarization" center="…" region="…">`.
 */
export interface PlsBookRequestDetail {
  service: 'notarization';
  /** The service center chosen on the checklist, when the region has one. */
  center: string | null;
  region: string | null;
  /** The notary matter, so the host can show it beside the booker. */
  matter: string;
}

/** Fires when the resident asks to book a visit from the checklist; the host opens the booker. */
export class PlsBookRequestEvent extends CustomEvent<PlsBookRequestDetail> {
  static readonly eventName = 'pls-book-request';
  constructor(detail: PlsBookRequestDetail) {
    super(PlsBookRequestEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-book-request': PlsBookRequestEvent;
  }
}
