/** Only what a host needs to act on the choice (e.g. open the appointment booker). */
export interface PlsLawyerSelectDetail {
  lawyerId: string;
  firmId: string | null;
  region: string;
}

/** Fires when a resident chooses a lawyer ("select this lawyer" in the detail view). */
export class PlsLawyerSelectEvent extends CustomEvent<PlsLawyerSelectDetail> {
  static readonly eventName = 'pls-lawyer-select';
  constructor(detail: PlsLawyerSelectDetail) {
    super(PlsLawyerSelectEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-lawyer-select': PlsLawyerSelectEvent;
  }
}
