import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { errorSummaryStyles } from '../error-summary/error-summary.js';
import { controls } from '../theme/controls.styles.js';
import { forms } from '../theme/forms.styles.js';
import { tokens } from '../theme/tokens.styles.js';

const eligibility = css`
  h3 { font-size: 1.2em; margin: calc(var(--_space) * 3) 0 var(--_space); }
  h4 { font-size: 1.05em; margin: calc(var(--_space) * 2) 0 var(--_space); }
  h2[tabindex='-1']:focus-visible { outline-offset: 4px; }
  fieldset { margin: 0; }
  .progress { margin: 0; color: var(--_color-muted); }
  progress { display: block; width: 100%; height: 0.5em; margin: calc(var(--_space) * 0.5) 0 var(--_space); accent-color: var(--_color-primary); }
  /* the whole label is the target: 60px tall in senior mode (MIIT 适老化 app spec, 2021: targets >= 60x60) */
  .choice label { flex: 1; display: flex; flex-direction: column; justify-content: center; min-height: var(--_target-size); cursor: pointer; }
  .legal-term { display: block; color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .legal-term { font-size: 1em; }
  .field .hint { margin: 0 0 calc(var(--_space) * 0.5); }
  input.short { width: 6em; }
  input.medium { width: 12em; max-width: 100%; }
  select { max-width: 100%; }
  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) { border: 2px solid var(--_color-danger); }
  .answers { margin: var(--_space) 0; }
  .answer-row {
    display: grid; grid-template-columns: minmax(8em, 1fr) 2fr auto; gap: var(--_space);
    border-bottom: 1px solid var(--_color-border); padding: var(--_space) 0; align-items: center;
  }
  .answer-row dt { font-weight: 600; }
  .answer-row dd { margin: 0; overflow-wrap: anywhere; }
  @media (max-width: 30em) { .answer-row { grid-template-columns: 1fr auto; } .answer-row dt { grid-column: 1 / -1; } }
  .result-kicker { color: var(--_color-muted); margin: 0; }
  .result h2 { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); }
  .confirmation { background: var(--_color-surface); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
  .confirmation[data-confirmation='differs'], .confirmation[data-confirmation^='unconfirmed'] { border: 2px solid var(--_color-danger); }
  .reasons li, .next-steps li, .documents li { margin-bottom: var(--_space); }
  .basis { display: block; color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .basis { font-size: 1em; }
  .note { display: block; }
  .centers { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_space); }
  .center { border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
  .center-name { margin: 0 0 calc(var(--_space) * 0.5); font-size: 1em; }
  .center p { margin: 0; overflow-wrap: anywhere; }
  .center .label { color: var(--_color-muted); }
  .stations { margin-top: var(--_space); }
  .stations summary { cursor: pointer; min-height: var(--_target-size); display: flex; align-items: center; color: var(--_color-primary); }
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); }
  .ruleset { margin-top: calc(var(--_space) * 3); color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .ruleset { font-size: 1em; }
  .copy-status { font-weight: 600; }
  /* a printed result is the whole answer, without the controls */
  @media print {
    :host { contain: none; }
    .root { padding: 0; color: #000; background: #fff; }
    button, .actions, .back, progress, .problem button { display: none !important; }
    .stations > *:not(summary) { display: block; }
    .basis, .ruleset, .hint { color: #000; }
    a { color: #000; text-decoration: none; }
    .result h2 { border: 0; padding: 0; }
  }
`;

export const aidEligibilityStyles = [tokens, controls, asyncStateStyles, forms, errorSummaryStyles, eligibility];
