import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

const checklist = css`
  h3 { font-size: 1.2em; margin: calc(var(--_space) * 2.5) 0 var(--_space); }
  h4 { font-size: 1.05em; margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5); }
  ul, ol { margin: 0; padding: 0; list-style: none; }
  label { display: block; font-weight: 600; }
  .note, .basis, .count { color: var(--_color-muted); }
  input[type='search'], select { width: 100%; max-width: 32em; }
  .matters { display: grid; gap: calc(var(--_space) * 0.5); grid-template-columns: repeat(auto-fill, minmax(14em, 1fr)); }
  .matters button { width: 100%; text-align: start; min-height: var(--_target-size); }
  .badge { display: inline-block; font-size: 0.85em; font-weight: 600; border: 1px solid currentColor; border-radius: var(--_radius); padding: 0 0.3em; }
  .unverified { color: var(--_color-danger); }
  fieldset { margin: calc(var(--_space) * 2) 0; }
  .question { margin: calc(var(--_space) * 2) 0; }
  .choice { font-weight: 400; min-height: var(--_target-size); cursor: pointer; }
  .error, .problem { color: var(--_color-danger); font-weight: 600; }
  [aria-invalid='true'] { border-inline-start: 3px solid var(--_color-danger); padding-inline-start: var(--_space); }
  .sheet { max-width: 180mm; }
  .refusal { border: 3px solid var(--_color-danger); border-radius: var(--_radius); padding: 0 calc(var(--_space) * 2) var(--_space); }
  .items > li { display: flex; gap: var(--_space); padding: var(--_space) 0; border-bottom: 1px solid var(--_color-border); break-inside: avoid; }
  .tickbox { flex: none; width: 1.1em; height: 1.1em; margin-top: 0.25em; border: 2px solid var(--_color-text); border-radius: 2px; }
  .items p { margin: 0 0 calc(var(--_space) * 0.25); }
  .sources { list-style: disc; padding-inline-start: 1.2em; font-size: 0.9em; }
  @media print {
    /* A4 portrait: the sheet only, black on white, no buttons */
    .root { padding: 0; font-size: 11pt; color: #000; background: #fff; }
    .actions, [part~='copy-status'], .visually-hidden { display: none !important; }
    .sheet { max-width: none; }
    h2 { font-size: 15pt; margin-top: 0; }
    h3 { font-size: 12.5pt; margin: 10pt 0 4pt; break-after: avoid; }
    .items > li { padding: 4pt 0; }
  }
`;

export const notaryChecklistStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, checklist];
