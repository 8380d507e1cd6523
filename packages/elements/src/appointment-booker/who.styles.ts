import { css } from 'lit';
import { privacyNoticeStyles } from '../privacy/privacy-notice-view.js';

/** The contact step's look (the note, the privacy notice), added when its chunk arrives. */
export const whoStyles = css`
  ${privacyNoticeStyles}
  textarea { font: inherit; border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: calc(var(--_space) * 0.5); }
`;
