// Registers <pls-staff-desk>: the package entry "@plskit/elements/staff-desk.js" and the CDN chunk pls-staff-desk.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsStaffDesk } from './pls-staff-desk.js';

attachContextRoot();
define('pls-staff-desk', PlsStaffDesk);

declare global {
  interface HTMLElementTagNameMap {
    'pls-staff-desk': PlsStaffDesk;
  }
}

export { PlsStaffDesk };
