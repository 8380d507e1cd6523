import { css } from 'lit';

/** The code step's look, added when its chunk arrives: a code field wide enough for six digits and no wider. */
export const phoneCodeStyles = css`
  input.code { width: 8em; max-width: 100%; font-size: 1.25em; letter-spacing: 0.2em; font-variant-numeric: tabular-nums; }
  .resend { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
`;
