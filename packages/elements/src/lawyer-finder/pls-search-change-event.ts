import type { LawyerQuery } from '../api/directory-types.js';

/** The filters a search ran with: public directory filters, nothing personal. */
export type PlsSearchChangeDetail = Omit<LawyerQuery, 'cursor' | 'limit'> & { total: number };

/** Fires when a lawyer search settles with a new result (not on "load more"). */
export class PlsSearchChangeEvent extends CustomEvent<PlsSearchChangeDetail> {
  static readonly eventName = 'pls-search-change';
  constructor(detail: PlsSearchChangeDetail) {
    super(PlsSearchChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-search-change': PlsSearchChangeEvent;
  }
}
