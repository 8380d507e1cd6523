// The resident's position, for sorting places by distance in the page: asked
// of the browser only when the resident presses a button, and kept here only.
// Precise location is sensitive personal information (PIPL Art 28): it never
// goes into a request, an event, storage or the URL.
import type { GeoPosition } from '@plskit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of the Geolocation API used (a host or a test may give its own). */
export type PositionSource = Pick<Geolocation, 'getCurrentPosition'>;

export type PositionNews = 'locating' | 'found' | 'failed';

export class ResidentPosition implements ReactiveController {
  position: GeoPosition | undefined;
  locating = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly source: () => PositionSource | undefined,
    private readonly tell: (news: PositionNews) => void) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks once, on the resident's press; a position about five minutes old will do. */
  ask = (): void => {
    const source = this.source() ?? globalThis.navigator?.geolocation;
    if (!source) return this.tell('failed');
    this.#set(undefined, true);
    this.tell('locating');
    source.getCurrentPosition(({ coords }) => {
      this.#set({ latitude: coords.latitude, longitude: coords.longitude }, false);
      this.tell('found');
    }, () => {
      this.#set(undefined, false);
      this.tell('failed');
    }, { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 });
  };

  forget = (): void => this.#set(undefined, false);

  #set(position: GeoPosition | undefined, locating: boolean): void {
    [this.position, this.locating] = [position, locating];
    this.host.requestUpdate();
  }
}
