import { css } from 'lit';

/** The questions' look, added when their chunk arrives. */
export const checklistQuestionsStyles = css`
  select { width: 100%; max-width: 32em; }
  fieldset { margin: calc(var(--_space) * 2) 0; }
  .question { margin: calc(var(--_space) * 2) 0; }
  .choice { font-weight: 400; min-height: var(--_target-size); cursor: pointer; }
  .error { color: var(--_color-danger); font-weight: 600; }
  [aria-invalid='true'] { border-inline-start: 3px solid var(--_color-danger); padding-inline-start: var(--_space); }
`;
