// Types `addEventListener('pls-…', (event) => event.detail…)` in host code.
import type { PlsEligibilityResultEvent } from './pls-eligibility-result-event.js';
import type { PlsErrorEvent } from './pls-error-event.js';
import type { PlsLawyerSelectEvent } from './pls-lawyer-select-event.js';
import type { PlsSearchChangeEvent } from './pls-search-change-event.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-eligibility-result': PlsEligibilityResultEvent;
    'pls-error': PlsErrorEvent;
    'pls-lawyer-select': PlsLawyerSelectEvent;
    'pls-search-change': PlsSearchChangeEvent;
  }
}

export {};
