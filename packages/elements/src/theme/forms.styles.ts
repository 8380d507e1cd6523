import { css } from 'lit';

/**
 * The step-by-step widgets' screens (the checker, the checklist, the booker):
 * a heading, a hint, fields and choices with targets that grow in senior
 * mode, the actions, link-styled buttons and "back". Each widget adds only what
 * is its own.
 */
export const forms = css`
  h2 { font-size: 1.5em; line-height: 1.3; margin: var(--_space) 0; }
  p { margin: 0 0 var(--_space); }
  fieldset { border: 0; margin: var(--_space) 0; padding: 0; min-width: 0; }
  legend { padding: 0; font-weight: 600; }
  .hint { color: var(--_color-muted); }
  .field { margin: calc(var(--_space) * 2) 0; }
  .field label, .field-label { display: block; font-weight: 600; }
  .choices { display: grid; gap: calc(var(--_space) * 0.5); margin: var(--_space) 0; }
  .choice { display: flex; align-items: center; gap: var(--_space); }
  .choice input { flex: none; width: 1.5em; height: 1.5em; min-height: auto; margin: 0; padding: 0; accent-color: var(--_color-primary); }
  .root.senior .choice input { width: 2em; height: 2em; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin: calc(var(--_space) * 2) 0; }
  button.link {
    border: 0; background: none; padding: 0 calc(var(--_space) * 0.5); color: var(--_color-primary);
    text-decoration: underline; font-weight: normal;
  }
  .back { margin-bottom: var(--_space); }
  a { color: var(--_color-primary); text-decoration: underline; }
`;
