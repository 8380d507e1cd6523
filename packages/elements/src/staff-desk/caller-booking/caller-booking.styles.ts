import { css } from 'lit';
import { bookerStepStyles } from '../../appointment-booker/pls-appointment-booker.styles.js';
import { privacyNoticeStyles } from '../../privacy/privacy-notice-view.js';

/** Booking for a caller: the booker's steps look as they do in the booker; the notice read aloud stands out. Added when its chunk arrives. */
export const callerBookingStyles = css`
  ${bookerStepStyles}
  ${privacyNoticeStyles}
  .read-aloud { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); margin: calc(var(--_space) * 2) 0; }
  .read-aloud ul { padding-inline-start: 1.2em; }
  .read-aloud details { margin-top: var(--_space); }
  .read-aloud summary { cursor: pointer; min-height: var(--_target-size); display: flex; align-items: center; color: var(--_color-primary); text-decoration: underline; }
`;
