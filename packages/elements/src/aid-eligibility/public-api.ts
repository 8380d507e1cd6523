// What @plskit/elements exports for <pls-aid-eligibility> (classes, event, types); defines nothing.
export { PlsAidEligibility } from './pls-aid-eligibility.js';
export { PlsEligibilityResultEvent, type PlsEligibilityResultDetail } from './pls-eligibility-result-event.js';
export type * from '../api/legal-aid-types.js';
