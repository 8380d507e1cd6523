import type { ServicePointKind } from '@plskit/sdk';

/** Only what a host needs to act on the choice: never the resident's position, nor a distance from it. */
export interface PlsServicePointSelectDetail {
  pointId: string;
  kind: ServicePointKind;
  region: string;
  bookable: boolean;
}

/** Fires when a resident opens a service point's details. */
export class PlsServicePointSelectEvent extends Event {
  static readonly eventName = 'pls-service-point-select';
  constructor(readonly detail: PlsServicePointSelectDetail) {
    super(PlsServicePointSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-service-point-select': PlsServicePointSelectEvent;
  }
}
