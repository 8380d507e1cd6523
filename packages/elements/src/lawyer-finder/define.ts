// Registers <pls-lawyer-finder>: the package entry "@plskit/elements/lawyer-finder.js" and the CDN chunk pls-lawyer-finder.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsLawyerFinder } from './pls-lawyer-finder.js';

attachContextRoot();
define('pls-lawyer-finder', PlsLawyerFinder);

declare global {
  interface HTMLElementTagNameMap {
    'pls-lawyer-finder': PlsLawyerFinder;
  }
}

export { PlsLawyerFinder };
