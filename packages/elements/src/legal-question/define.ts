// Registers <pls-legal-question>: the package entry "@plskit/elements/legal-question.js" and the CDN chunk pls-legal-question.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsLegalQuestion } from './pls-legal-question.js';

attachContextRoot();
define('pls-legal-question', PlsLegalQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'pls-legal-question': PlsLegalQuestion;
  }
}

export { PlsLegalQuestion };
