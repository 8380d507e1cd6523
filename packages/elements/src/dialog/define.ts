// Registers <pls-dialog>: the package entry "@plskit/elements/dialog.js" and the CDN chunk pls-dialog.js,
// and the page's listener for data-pls-open (no script of the page's own).
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { openDialogsOnClick } from './open-on-click.js';
import { PlsDialog } from './pls-dialog.js';

attachContextRoot();
openDialogsOnClick();
define('pls-dialog', PlsDialog);

declare global {
  interface HTMLElementTagNameMap {
    'pls-dialog': PlsDialog;
  }
}

export { PlsDialog };
