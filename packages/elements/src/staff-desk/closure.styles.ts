import { css } from 'lit';

/** The closure screens' look, added when their chunk arrives. */
export const closureStyles = css`
  dialog { border: 3px solid var(--_color-danger); border-radius: var(--_radius); padding: calc(var(--_space) * 2); max-width: 32em;
    color: var(--_color-text); background: var(--_color-background); }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  button.danger { border: 2px solid var(--_color-danger); color: var(--_color-danger); font-weight: 600; }
  textarea { width: 100%; max-width: 32em; }
`;
