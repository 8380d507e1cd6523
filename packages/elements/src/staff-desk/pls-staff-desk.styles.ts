import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// The roster and what every screen shares; the closure screens bring their
// own styles with their code (closure.styles.ts).
const desk = css`
  h3 { font-size: 1.15em; margin: calc(var(--_space) * 2) 0 var(--_space); }
  .pick { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0 calc(var(--_space) * 2); }
  .pick .field { margin: var(--_space) 0; }
  .pick button { margin: var(--_space) 0; }
  .scroll { overflow-x: auto; }
  .closures { list-style: none; padding: 0; margin: 0 0 var(--_space); }
  .closures li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); font-weight: 600;
    border-inline-start: 6px solid var(--_color-danger); padding-inline-start: var(--_space); margin-bottom: calc(var(--_space) * 0.5); }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: start; vertical-align: top; padding: calc(var(--_space) * 0.5); border-bottom: 1px solid var(--_color-border); }
  thead th { font-weight: 600; }
  tbody th { font-weight: normal; }
  .reference { font-family: ui-monospace, monospace; white-space: nowrap; }
  .marks { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); }
  tr[data-status='checked-in'] [part~='status'] { font-weight: 600; }
  tr[data-status^='cancelled'] td, tr[data-status^='cancelled'] th { color: var(--_color-muted); }
  [part~='status']:focus { outline: 2px solid var(--_color-primary); outline-offset: 2px; }
  .message { border-inline-start: 6px solid var(--_color-danger); padding-inline-start: var(--_space); font-weight: 600; }
  .problem { color: var(--_color-danger); font-weight: 600; }
  [aria-invalid='true'] { border: 2px solid var(--_color-danger); }
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); }
`;

export const staffDeskStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, desk];
