import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// Finding a matter, and what every step shares; the questions and the
// checklist bring their own styles with their code (checklist-questions.styles.ts,
// checklist.styles.ts).
const checklist = css`
  h3 { font-size: 1.2em; margin: calc(var(--_space) * 2.5) 0 var(--_space); }
  ul, ol { margin: 0; padding: 0; list-style: none; }
  label { display: block; font-weight: 600; }
  .count { color: var(--_color-muted); }
  input[type='search'] { width: 100%; max-width: 32em; }
  .matters { display: grid; gap: calc(var(--_space) * 0.5); grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); }
  .matters button { width: 100%; text-align: start; min-height: var(--_target-size); }
  .badge { display: inline-block; font-size: 0.85em; font-weight: 600; border: 1px solid currentColor; border-radius: var(--_radius); padding: 0 0.3em; }
  .root.senior .badge { font-size: max(18px, 0.85em); }
  .problem { color: var(--_color-danger); font-weight: 600; }
  @media print {
    /* A4 portrait: the sheet only, black on white, no buttons */
    .root { padding: 0; font-size: 11pt; color: #000; background: #fff; }
    .actions, [part~='copy-status'], .visually-hidden { display: none !important; }
    h2 { font-size: 15pt; margin-top: 0; }
    h3 { font-size: 12.5pt; margin: 10pt 0 4pt; break-after: avoid; }
  }
`;

export const notaryChecklistStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, checklist];
