import { PlsAidEligibility } from '../aid-eligibility/pls-aid-eligibility.js';
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';

attachContextRoot();
define('pls-aid-eligibility', PlsAidEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'pls-aid-eligibility': PlsAidEligibility;
  }
}

export { PlsAidEligibility };
