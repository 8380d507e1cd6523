import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServiceCode, type ServiceCode } from '@plskit/core';
import { readBookingLink } from '../links/booking-link.js';
import { forgetManageLink, readManageLink, type ManageCredentials } from '../links/manage-link.js';

export interface BookingLinkOptions {
  /** A manage link: its token is already gone from the address bar. */
  manage(credentials: ManageCredentials): void;
  /** A booking link (from the legal-aid check's "where to apply"): a center and a service to start with. */
  book(choice: { center: string; service: ServiceCode }): void;
}

/** Reads the page's fragment when the booker connects and whenever it changes: a manage link or a booking link. */
export class BookingLinks implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly options: BookingLinkOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.#read);
    this.#read();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.#read);
  }

  #read = (): void => {
    const hash = globalThis.location?.hash ?? '';
    const manage = readManageLink(hash);
    if (manage) {
      forgetManageLink();
      this.options.manage(manage);
      return;
    }
    const book = readBookingLink(hash);
    if (book && isServiceCode(book.service)) this.options.book({ center: book.center, service: book.service });
  };
}
