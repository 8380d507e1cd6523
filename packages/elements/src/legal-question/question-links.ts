import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetManageLink, readManageLink, type ManageCredentials } from '../links/manage-link.js';
import { PlsQuestionRequestEvent, type PlsQuestionRequestDetail } from '../links/pls-question-request-event.js';

export interface QuestionLinkOptions {
  /** A manage link (#pls-question=…): its token is already gone from the address bar. */
  follow(credentials: ManageCredentials): void;
  /** Another widget's "ask a question about this", not taken over by the host. */
  open(request: PlsQuestionRequestDetail): void;
}

/** Every "ask a question about this" is answered by one question form: the first that hears it. */
const answered = new WeakSet<Event>();

/**
 * What brings a resident to the question form from elsewhere on the page: a
 * manage link in the page's fragment (when it connects, and whenever the
 * fragment changes), and another widget's pls-question-request that the host
 * did not cancel (heard on the document; decided once the event has reached
 * every listener, so a host listening on the document may still cancel it).
 */
export class QuestionLinks implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly options: QuestionLinkOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.#read);
    globalThis.document?.addEventListener(PlsQuestionRequestEvent.eventName, this.#requested);
    this.#read();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.#read);
    globalThis.document?.removeEventListener(PlsQuestionRequestEvent.eventName, this.#requested);
  }

  #read = (): void => {
    const credentials = readManageLink(globalThis.location?.hash ?? '', 'pls-question');
    if (!credentials) return;
    forgetManageLink('pls-question');
    this.options.follow(credentials);
  };

  #requested = (event: PlsQuestionRequestEvent): void => {
    queueMicrotask(() => {
      if (event.defaultPrevented || answered.has(event)) return;
      answered.add(event);
      this.options.open(event.detail);
    });
  };
}
