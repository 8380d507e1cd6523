import { css } from 'lit';

/** The contact step's look (the note, the privacy notice), added when its chunk arrives. */
export const whoStyles = css`
  textarea { font: inherit; border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: calc(var(--_space) * 0.5); }
  .notice { border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: var(--_space); max-height: 22em; overflow: auto; }
  .notice ul { padding-inline-start: 1.2em; }
`;
