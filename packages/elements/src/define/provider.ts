import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsProvider } from '../provider/pls-provider.js';

attachContextRoot();
define('pls-provider', PlsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pls-provider': PlsProvider;
  }
}

export { PlsProvider };
