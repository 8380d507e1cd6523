import type { WorkOrderKind } from '@plskit/core';

/** What a host may know of a question asked: its reference and codes, never the question, the name or the phone. */
export interface PlsQuestionAskedDetail {
  reference: string;
  kind: WorkOrderKind;
  /** The practice-area code. */
  topic: string;
  region: string;
  /** The last day to answer (YYYY-MM-DD, Asia/Shanghai). */
  dueBy: string;
}

/** Fires when <pls-legal-question> has sent a question or a call-back request and the API has it. */
export class PlsQuestionAskedEvent extends Event {
  static readonly eventName = 'pls-question-asked';
  constructor(readonly detail: PlsQuestionAskedDetail) {
    super(PlsQuestionAskedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-question-asked': PlsQuestionAskedEvent;
  }
}
