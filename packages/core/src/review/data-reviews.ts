// Every table of facts core ships, with where it lives and its review: the list
// a reviewer works through (packages/core/README.md says who re-reads what when).
import { JINING_LEGAL_AID_DOCUMENTS_REVIEW } from '../legal-aid/jining-documents.data.js';
import { JINING_HARDSHIP_STANDARD_REVIEW, JINING_LEGAL_AID_RULESET_REVIEW } from '../legal-aid/jining-ruleset.data.js';
import { CHINA_HOLIDAYS_REVIEW } from '../calendar/china-holidays.data.js';
import { LUNAR_FESTIVAL_DATES_REVIEW } from '../calendar/lunar-festival-dates.data.js';
import { JINING_OPENING_HOURS_REVIEW } from '../calendar/jining-opening-hours.data.js';
import { NOTARY_CATALOGUE_REVIEW } from '../notary/notary-catalogue.data.js';
import { NOTARY_MATERIALS_REVIEW } from '../notary/notary-materials.data.js';
import { NOTARY_SOURCES_REVIEW } from '../notary/notary-sources.data.js';
import { APOSTILLE_PARTIES_REVIEW } from '../notary/apostille-parties.data.js';
import { VISIT_MATERIALS_REVIEW } from '../appointments/visit-materials.data.js';
import { APPOINTMENT_PRIVACY_NOTICE_REVIEW } from '../privacy/appointment-privacy-notice.data.js';
import { LAWS_REVIEW } from '../legal-basis/laws.data.js';
import { PROVINCE_CODES_REVIEW } from '../identity/province-codes.data.js';
import { WORK_ORDER_TIME_LIMITS_REVIEW } from '../work-orders/work-order-time-limits.data.js';
import { WORK_ORDER_PRIVACY_NOTICE_REVIEW } from '../privacy/work-order-privacy-notice.data.js';
import { NETWORK_REACH_REVIEW } from '../service-network/network-reach.data.js';
import type { DataReview } from './data-review.js';

/** A table's review and its file under packages/core/src. */
export interface TableReview extends DataReview {
  file: string;
}

const at = (file: string, review: DataReview): TableReview => ({ ...review, file });

export const DATA_REVIEWS: readonly TableReview[] = [
  at('legal-aid/jining-ruleset.data.ts', JINING_LEGAL_AID_RULESET_REVIEW),
  at('legal-aid/jining-ruleset.data.ts', JINING_HARDSHIP_STANDARD_REVIEW),
  at('legal-aid/jining-documents.data.ts', JINING_LEGAL_AID_DOCUMENTS_REVIEW),
  at('calendar/china-holidays.data.ts', CHINA_HOLIDAYS_REVIEW),
  at('calendar/lunar-festival-dates.data.ts', LUNAR_FESTIVAL_DATES_REVIEW),
  at('calendar/jining-opening-hours.data.ts', JINING_OPENING_HOURS_REVIEW),
  at('notary/notary-catalogue.data.ts', NOTARY_CATALOGUE_REVIEW),
  at('notary/notary-materials.data.ts', NOTARY_MATERIALS_REVIEW),
  at('notary/notary-sources.data.ts', NOTARY_SOURCES_REVIEW),
  at('notary/apostille-parties.data.ts', APOSTILLE_PARTIES_REVIEW),
  at('appointments/visit-materials.data.ts', VISIT_MATERIALS_REVIEW),
  at('privacy/appointment-privacy-notice.data.ts', APPOINTMENT_PRIVACY_NOTICE_REVIEW),
  at('legal-basis/laws.data.ts', LAWS_REVIEW),
  at('identity/province-codes.data.ts', PROVINCE_CODES_REVIEW),
  at('work-orders/work-order-time-limits.data.ts', WORK_ORDER_TIME_LIMITS_REVIEW),
  at('privacy/work-order-privacy-notice.data.ts', WORK_ORDER_PRIVACY_NOTICE_REVIEW),
  at('service-network/network-reach.data.ts', NETWORK_REACH_REVIEW),
];
