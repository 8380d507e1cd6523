import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// The first step and what every step shares; the later steps' views bring
// their own styles with their code (when, who, manage .styles.ts). The staff
// desk's booking for a caller adds these to its own with the booker's steps.
export const bookerStepStyles = css`
  h3 { font-size: 1.15em; margin: calc(var(--_space) * 2) 0 var(--_space); }
  .progress, .detail, .level, .basis { color: var(--_color-muted); }
  .detail { display: block; overflow-wrap: anywhere; }
  input.medium, select, textarea { width: 100%; max-width: 24em; }
  .choice { align-items: flex-start; }
  .choice input { margin: 0.6em 0 0; }
  .choice label { flex: 1; min-height: var(--_target-size); cursor: pointer; padding: calc(var(--_space) * 0.5) 0; }
  /* one line per center, rows touching: a county's 18 fit two phone screens in senior mode */
  #center-list .choices { gap: 0; }
  .center { border: 1px solid var(--_color-border); padding: 0 var(--_space); }
  .center + .center { border-top-width: 0; }
  .center:first-child { border-start-start-radius: var(--_radius); border-start-end-radius: var(--_radius); }
  .center:last-child { border-end-start-radius: var(--_radius); border-end-end-radius: var(--_radius); }
  [aria-invalid='true'] { border: 2px solid var(--_color-danger); }
  .message { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); font-weight: 600; }
  .summary .row { display: grid; grid-template-columns: minmax(6em, 1fr) 2fr auto; gap: var(--_space); border-bottom: 1px solid var(--_color-border); padding: calc(var(--_space) * 0.5) 0; }
  .summary dt { font-weight: 600; }
  .summary dd { margin: 0; overflow-wrap: anywhere; }
  .reference { font-size: 2em; font-weight: 700; letter-spacing: 0.05em; font-family: ui-monospace, monospace; margin: 0; }
  a { overflow-wrap: anywhere; }
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); }
  @media print {
    .root { color: #000; background: #fff; }
    button, .actions, .back, .progress { display: none !important; }
    a { color: #000; }
  }
`;

export const bookerStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, bookerStepStyles];
