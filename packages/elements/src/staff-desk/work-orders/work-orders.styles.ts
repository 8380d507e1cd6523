import { css } from 'lit';
import { privacyNoticeStyles } from '../../privacy/privacy-notice-view.js';

/** The work-order screens' look (the notice read to a caller's too), added when their chunk arrives. */
export const workOrdersStyles = css`
  ${privacyNoticeStyles}
  .details { display: grid; grid-template-columns: max-content 1fr; gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2); margin: 0 0 var(--_space); }
  .details div { display: contents; }
  .details dt { font-weight: 600; }
  .details dd { margin: 0; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; border-inline-start: 4px solid var(--_color-border); padding-inline-start: var(--_space); }
  .timeline { padding-inline-start: 1.2em; }
  .overdue { color: var(--_color-danger); }
  tr[data-overdue] th { border-inline-start: 6px solid var(--_color-danger); }
  [part~='count'].over { color: var(--_color-danger); font-weight: 600; }
  #order-status:focus { outline: 2px solid var(--_color-primary); outline-offset: 2px; }
  textarea {
    font: inherit; color: inherit; line-height: inherit; width: 100%; max-width: 40em; min-height: var(--_target-size);
    border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-background);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
  }
  form + form { border-top: 1px solid var(--_color-border); }
  /* a return's confirmation: what follows, then the two answers side by side */
  .confirm { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .confirm p { flex-basis: 100%; margin: 0; font-weight: 600; }
  /* a tick and its words tapped as one target, as tall as any other */
  .choice label { min-height: var(--_target-size); display: flex; align-items: center; cursor: pointer; }
`;
