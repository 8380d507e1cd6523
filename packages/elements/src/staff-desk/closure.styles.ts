import { css } from 'lit';

/** The closure screens' look, added when their chunk arrives. */
export const closureStyles = css`
  dialog { border: 3px solid var(--_color-danger); border-radius: var(--_radius); padding: calc(var(--_space) * 2); max-width: 32em;
    color: var(--_color-text); background: var(--_color-background); }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  button.danger { border: 2px solid var(--_color-danger); color: var(--_color-danger); font-weight: 600; }
  textarea {
    font: inherit; color: inherit; line-height: inherit; width: 100%; max-width: 32em; min-height: var(--_target-size);
    border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-background);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
  }
`;
