// What the result screen needs (the evaluator, the result view, the text to
// copy, the centers where to apply): its own chunk, fetched while the resident
// answers the questions, so a page that only shows the start screen never
// loads it. The evaluator is the questions' (their chunk comes first).
import { copyText as copy } from '../clipboard/clipboard-copy.js';
import { evaluateEligibility as evaluate } from './eligibility-questions.js';

// Bound here rather than re-exported: the chunk then serves as the dynamic
// import itself, where re-exports of other chunks' code would need a facade
// chunk in front of it (one more request on the way to the result).
export const evaluateEligibility = evaluate;
export const copyText = copy;
export { resultAsText } from './eligibility-result-text.js';
export { centersWhereToApply, resultAnnouncement, resultView } from './eligibility-result-view.js';
/** The result's own words and look, which come with it (PlsStepsElement.loadView). */
export { eligibilityResultText as strings } from './eligibility-result.strings.js';
export { eligibilityResultStyles as styles } from './eligibility-result.styles.js';
export { sameEligibility } from './same-eligibility.js';
export { whereToApplyRequests } from './where-to-apply-requests.js';
