import { css } from 'lit';

/** The checklist's look (also the printed sheet), added when its chunk arrives. */
export const checklistStyles = css`
  h4 { font-size: 1.05em; margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5); }
  .note, .basis { color: var(--_color-muted); }
  .unverified { color: var(--_color-danger); }
  .sheet { max-width: 180mm; }
  .refusal { border: 3px solid var(--_color-danger); border-radius: var(--_radius); padding: 0 calc(var(--_space) * 2) var(--_space); }
  .items > li { display: flex; gap: var(--_space); padding: var(--_space) 0; border-bottom: 1px solid var(--_color-border); break-inside: avoid; }
  .tickbox { flex: none; width: 1.1em; height: 1.1em; margin-top: 0.25em; border: 2px solid var(--_color-text); border-radius: 2px; }
  .items p { margin: 0 0 calc(var(--_space) * 0.25); }
  .sources { list-style: disc; padding-inline-start: 1.2em; font-size: 0.9em; }
  @media print {
    .sheet { max-width: none; }
    .items > li { padding: 4pt 0; }
  }
`;
