// Registers <pls-appointment-booker>: the package entry "@plskit/elements/appointment-booker.js" and the CDN chunk pls-appointment-booker.js.
import { attachContextRoot } from '../context/context-root.js';
import { define } from '../define.js';
import { PlsAppointmentBooker } from './pls-appointment-booker.js';

attachContextRoot();
define('pls-appointment-booker', PlsAppointmentBooker);

declare global {
  interface HTMLElementTagNameMap {
    'pls-appointment-booker': PlsAppointmentBooker;
  }
}

export { PlsAppointmentBooker };
