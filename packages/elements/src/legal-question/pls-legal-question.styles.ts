import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// The first step and what every step shares; the later steps' views bring
// their own looks with their code (contact: the notice; follow: the timeline).
const question = css`
  h3 { font-size: 1.15em; margin: calc(var(--_space) * 2) 0 var(--_space); }
  .progress, .detail { color: var(--_color-muted); }
  .detail { display: block; }
  input.medium, select { width: 100%; max-width: 24em; }
  textarea {
    display: block; width: 100%; font: inherit; line-height: 1.6; border: 1px solid var(--_color-border);
    border-radius: var(--_radius); padding: calc(var(--_space) * 0.5);
  }
  .count { margin-top: calc(var(--_space) * 0.5); color: var(--_color-muted); }
  .count.over { color: var(--_color-danger); font-weight: 600; }
  .choice { align-items: flex-start; }
  .choice input { margin: 0.3em 0 0; }
  .choice label { flex: 1; min-height: var(--_target-size); cursor: pointer; padding: calc(var(--_space) * 0.25) 0; }
  [aria-invalid='true'] { border: 2px solid var(--_color-danger); }
  .message { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); font-weight: 600; }
  .summary .row { display: grid; grid-template-columns: minmax(6em, 1fr) 2fr auto; gap: var(--_space); border-bottom: 1px solid var(--_color-border); padding: calc(var(--_space) * 0.5) 0; }
  .summary dt { font-weight: 600; }
  .summary dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
  .reference { font-size: 2em; font-weight: 700; letter-spacing: 0.05em; font-family: ui-monospace, monospace; margin: 0; }
  a { overflow-wrap: anywhere; }
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); }
  @media print {
    .root { color: #000; background: #fff; }
    button, .actions, .back, .progress { display: none !important; }
  }
`;

export const legalQuestionStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, question];
