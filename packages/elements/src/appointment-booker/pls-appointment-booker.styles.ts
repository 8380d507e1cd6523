import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

const booker = css`
  h3 { font-size: 1.15em; margin: calc(var(--_space) * 2) 0 var(--_space); }
  .progress, .detail, .level, .basis { color: var(--_color-muted); }
  .detail { display: block; overflow-wrap: anywhere; }
  input.medium, select, textarea { width: 100%; max-width: 24em; }
  textarea { font: inherit; border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: calc(var(--_space) * 0.5); }
  .choice { align-items: flex-start; }
  .choice input { margin: 0.6em 0 0; }
  .choice label { flex: 1; min-height: var(--_target-size); cursor: pointer; padding: calc(var(--_space) * 0.5) 0; }
  .center { border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: calc(var(--_space) * 0.5) var(--_space); }
  .slots { grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); }
  [aria-invalid='true'] { border: 2px solid var(--_color-danger); }
  .message { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); font-weight: 600; }
  .grid { border-collapse: collapse; width: 100%; max-width: 32em; table-layout: fixed; }
  .grid th { font-weight: 600; padding: calc(var(--_space) * 0.25); }
  .grid td { text-align: center; padding: 0; border: 1px solid var(--_color-border); height: var(--_target-size); }
  .grid td.day { cursor: pointer; }
  .grid td.shut { background: var(--_color-surface); color: var(--_color-muted); cursor: default; }
  .grid td.open .number { font-weight: 700; }
  .grid td[aria-selected='true'] { background: var(--_color-primary); color: var(--_color-on-primary); }
  .grid td.provisional .number::after { content: '*'; }
  .grid .number { display: block; }
  .grid .word { display: block; font-size: 0.7em; line-height: 1.1; overflow-wrap: anywhere; }
  .root.senior .grid .word { font-size: 0.8em; }
  .notice { border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: var(--_space); max-height: 22em; overflow: auto; }
  .notice ul { padding-inline-start: 1.2em; }
  .summary .row { display: grid; grid-template-columns: minmax(6em, 1fr) 2fr auto; gap: var(--_space); border-bottom: 1px solid var(--_color-border); padding: calc(var(--_space) * 0.5) 0; }
  .summary dt { font-weight: 600; }
  .summary dd { margin: 0; overflow-wrap: anywhere; }
  .reference { font-size: 2em; font-weight: 700; letter-spacing: 0.05em; font-family: ui-monospace, monospace; margin: 0; }
  button.danger { border: 2px solid var(--_color-danger); color: var(--_color-danger); font-weight: 600; }
  a { overflow-wrap: anywhere; }
  @media print {
    .root { color: #000; background: #fff; }
    button, .actions, .back, .progress { display: none !important; }
    a { color: #000; }
  }
`;

export const bookerStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, booker];
