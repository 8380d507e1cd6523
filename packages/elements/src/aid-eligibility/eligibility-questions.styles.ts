import { css } from 'lit';

/** The questions' and check-your-answers' look, added when their chunk arrives. */
export const eligibilityQuestionsStyles = css`
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
`;
