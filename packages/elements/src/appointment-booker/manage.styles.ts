import { css } from 'lit';

/** The manage screens' look, added when their chunk arrives. */
export const manageStyles = css`
  button.danger { border: 2px solid var(--_color-danger); color: var(--_color-danger); font-weight: 600; }
`;
