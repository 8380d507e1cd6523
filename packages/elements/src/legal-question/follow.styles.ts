import { css } from 'lit';

/** The follow screen's look (the answer, the timeline), added when its chunk arrives. */
export const followStyles = css`
  .answer { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); margin: var(--_space) 0; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  .when { color: var(--_color-muted); }
  .timeline { padding-inline-start: 1.4em; }
  .timeline li { margin: calc(var(--_space) * 0.5) 0; }
`;
