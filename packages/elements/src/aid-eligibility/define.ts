// Registers <pls-aid-eligibility>: the package entry "@plskit/elements/aid-eligibility.js" and the CDN chunk pls-aid-eligibility.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsAidEligibility } from './pls-aid-eligibility.js';

attachContextRoot();
define('pls-aid-eligibility', PlsAidEligibility);

declare global {
  interface HTMLElementTagNameMap {
    'pls-aid-eligibility': PlsAidEligibility;
  }
}

export { PlsAidEligibility };
