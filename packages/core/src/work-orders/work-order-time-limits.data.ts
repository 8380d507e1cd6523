// How many working days a work order has, by kind. 国办发〔2020〕53号 sets the
// model (every request a work order, handled within a time limit and
// answered) and leaves the limits to each locality; these defaults follow the
// common local rule for consultations and are the operator's to change
// (PLSKIT_WORK_ORDER_DUE_DAYS in the sandbox).
import type { Source } from '../legal-basis/legal-basis.js';
import type { DataReview } from '../review/data-review.js';
import type { WorkOrderKind } from './work-order.js';

/** Working days to answer, by kind: counted from the day after the order is received. */
export type WorkOrderDueDays = Readonly<Record<WorkOrderKind, number>>;

export const DEFAULT_WORK_ORDER_DUE_DAYS: WorkOrderDueDays = {
  // a consultation not answered at once: within 3 working days
  question: 3,
  // a call-back: the resident chooses one of the next 2 working days
  callback: 2,
};

/** The defaults are a local choice, not a rule of national law: shown as unverified. */
export const WORK_ORDER_DUE_DAYS_UNVERIFIED = true;

export const WORK_ORDER_TIME_LIMIT_SOURCES: readonly Source[] = [
  {
    title: '国务院办公厅关于进一步优化地方政务服务便民热线的指导意见（国办发〔2020〕53号）: every request becomes a work order, passed on, handled within a time limit and answered; the limits are set locally',
    tag: 'V-3p',
  },
  {
    title: 'Municipal 12345 work-order procedures (third-party copies): consultations and requests for help not answered the same day are answered within 3 working days',
    tag: 'U',
  },
];

export const WORK_ORDER_TIME_LIMITS_REVIEW: DataReview = {
  table: 'DEFAULT_WORK_ORDER_DUE_DAYS',
  reviewed: '2026-12-06',
  sources: WORK_ORDER_TIME_LIMIT_SOURCES,
  reReview: {
    who: 'The operator’s 12345/12348 hotline manager',
    when: 'When the city or the province publishes its own 12345 work-order time limits, and every January',
  },
};
