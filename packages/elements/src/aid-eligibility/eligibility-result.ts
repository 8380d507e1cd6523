// What the result screen needs (the evaluator, the result view, the text to
// copy): its own chunk, fetched while the resident answers the questions, so
// a page that only shows the start screen never loads it.
export { evaluateEligibility } from '@plskit/core';
export { copyText } from '../clipboard/clipboard-copy.js';
export { resultAsText } from './eligibility-result-text.js';
export { centersWhereToApply, headline, resultView } from './eligibility-result-view.js';
export { sameEligibility } from './same-eligibility.js';
