/**
 * What <pls-legal-question> needs to open on the resident's subject:
 * `<pls-legal-question topic="…" region="…">`. Never the answers that led
 * there, and no topic that would tell of a criminal matter or of health
 * (sensitive personal information, PIPL Art 28): the resident chooses those
 * in the question form itself.
 */
export interface PlsQuestionRequestDetail {
  /** A practice-area code of GET /v1/practice-areas, or null: the resident chooses. */
  topic: string | null;
  /** The region the resident is asking about, when the element knows it. */
  region: string | null;
  /** The element the resident asked from, e.g. "pls-notary-checklist". */
  source: string;
}

/**
 * Fires when the resident chooses "ask a question about this". Cancelable:
 * unless the host calls preventDefault() (to open its own form, or another
 * page's `<pls-legal-question>`), the first <pls-legal-question> on the page
 * opens with the topic set and takes the resident there.
 */
export class PlsQuestionRequestEvent extends Event {
  static readonly eventName = 'pls-question-request';
  constructor(readonly detail: PlsQuestionRequestDetail) {
    super(PlsQuestionRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-question-request': PlsQuestionRequestEvent;
  }
}
