// Registers <pls-service-finder>: the package entry "@plskit/elements/service-finder.js" and the CDN chunk pls-service-finder.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsServiceFinder } from './pls-service-finder.js';

attachContextRoot();
define('pls-service-finder', PlsServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'pls-service-finder': PlsServiceFinder;
  }
}

export { PlsServiceFinder };
