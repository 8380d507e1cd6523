import { css } from 'lit';

/** Buttons, fields, focus and the screen-reader-only class, shared by every element. */
export const controls = css`
  *, *::before, *::after { box-sizing: border-box; }
  button, input, select { font: inherit; color: inherit; line-height: inherit; }
  button, input, select {
    min-height: var(--_target-size);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    padding: 0 calc(var(--_space) * 1.5);
  }
  input[type='checkbox'] { min-height: auto; width: 1.25em; height: 1.25em; margin: 0; }
  button { cursor: pointer; min-width: var(--_target-size); }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    border-color: var(--_color-primary);
    font-weight: 600;
  }
  button:disabled { cursor: not-allowed; opacity: 0.7; }
  /* focus is always an outline, never colour alone (nor a shadow: forced colours drop shadows);
     a date field's calendar button is a part of its own, which never matches :focus-visible */
  :focus-visible, input[type='date']:focus-within { outline: 3px solid var(--_color-focus); outline-offset: 2px; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;
