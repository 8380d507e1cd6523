// Registers <pls-provider>: the package entry "@plskit/elements/provider.js" and the CDN chunk pls-provider.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsProvider } from './pls-provider.js';

attachContextRoot();
define('pls-provider', PlsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pls-provider': PlsProvider;
  }
}

export { PlsProvider };
