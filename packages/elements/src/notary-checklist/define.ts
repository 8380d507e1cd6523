// Registers <pls-notary-checklist>: the package entry "@plskit/elements/notary-checklist.js" and the CDN chunk pls-notary-checklist.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsNotaryChecklist } from './pls-notary-checklist.js';

attachContextRoot();
define('pls-notary-checklist', PlsNotaryChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'pls-notary-checklist': PlsNotaryChecklist;
  }
}

export { PlsNotaryChecklist };
