import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsLawyerFinder } from '../lawyer-finder/pls-lawyer-finder.js';

attachContextRoot();
define('pls-lawyer-finder', PlsLawyerFinder);

declare global {
  interface HTMLElementTagNameMap {
    'pls-lawyer-finder': PlsLawyerFinder;
  }
}

export { PlsLawyerFinder };
