import { css } from 'lit';

export const asyncStateStyles = css`
  .problem {
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  .problem p { margin: 0 0 var(--_space); }
  .loading { display: grid; gap: var(--_space); }
  .skeleton {
    height: 9em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  /* forced colours paint backgrounds over with the page's: the placeholders keep their outline */
  @media (forced-colors: active) { .skeleton { border: 1px solid GrayText; } }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton { animation: pls-pulse 1.2s ease-in-out infinite alternate; }
  }
  @keyframes pls-pulse { from { opacity: 1; } to { opacity: 0.5; } }
`;
