// The booker's own words, for the booker's steps on the staff desk: loaded with
// the caller booking's chunk (PlsStepsElement.loadView), so they are ready in
// the locale shown, and a switch of language waits for them too.
export { appointmentBookerText as strings } from '../../appointment-booker/appointment-booker.strings.js';
