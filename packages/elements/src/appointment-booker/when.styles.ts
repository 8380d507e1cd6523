import { css } from 'lit';

/** The date grid's and the times' look, added when the day-and-time step's chunk arrives. */
export const whenStyles = css`
  .slots { grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); }
  .grid { border-collapse: collapse; width: 100%; max-width: 32em; table-layout: fixed; }
  .grid th { font-weight: 600; padding: calc(var(--_space) * 0.25); }
  .grid td { text-align: center; padding: 0; border: 1px solid var(--_color-border); height: var(--_target-size); }
  .grid td.day { cursor: pointer; }
  .grid td.shut { background: var(--_color-surface); color: var(--_color-muted); cursor: default; }
  .grid td.open .number { font-weight: 700; }
  /* the chosen day shows by its frame too, not by colour alone (WCAG 1.4.1; high contrast replaces the colours) */
  .grid td[aria-selected='true'] { background: var(--_color-primary); color: var(--_color-on-primary); border: 3px solid var(--_color-text); }
  @media (forced-colors: active) {
    .grid td[aria-selected='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: CanvasText; }
  }
  .grid td.provisional .number::after { content: '*'; }
  .grid .number { display: block; }
  .grid .word { display: block; font-size: 0.7em; line-height: 1.1; overflow-wrap: anywhere; }
  /* MIIT 适老化: senior text never below 18px, even where a site sets an 18px base */
  .root.senior .grid .word { font-size: max(18px, 0.8em); }
`;
