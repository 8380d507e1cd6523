import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { controls } from '../theme/controls.styles.js';
import { tokens } from '../theme/tokens.styles.js';

const finder = css`
  label { display: block; font-weight: 600; }
  .query-row { display: flex; gap: var(--_space); flex-wrap: wrap; margin-top: calc(var(--_space) * 0.5); }
  .query-row input { flex: 1 1 14em; min-width: 0; }
  .hint { margin: calc(var(--_space) * 0.5) 0 0; color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .hint { font-size: 1em; }
  .filters {
    display: grid; grid-template-columns: repeat(auto-fill, minmax(12em, 1fr)); gap: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_color-border); border-radius: var(--_radius);
    margin: calc(var(--_space) * 2) 0; padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  .filters legend { font-weight: 600; padding: 0 var(--_space); }
  .filters select { display: block; width: 100%; margin-top: calc(var(--_space) * 0.5); }
  .filters .check {
    display: flex; align-items: center; gap: var(--_space); min-height: var(--_target-size); align-self: end;
  }
  .root.senior .filters .check input { width: 1.5em; height: 1.5em; }
  .total { font-weight: 600; margin: var(--_space) 0; }
  .shown { font-weight: normal; color: var(--_color-muted); }
  .results[aria-busy='true'] .cards { opacity: 0.6; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .card {
    border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-background);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  .name { margin: 0; font-size: 1.2em; line-height: 1.3; overflow-wrap: anywhere; }
  .category { margin: calc(var(--_space) * 0.5) 0; color: var(--_color-muted); }
  .badge {
    display: inline-block; margin-inline-start: var(--_space); padding: 0 calc(var(--_space) * 0.75);
    border: 1px solid currentColor; border-radius: var(--_radius); color: var(--_color-text);
  }
  .facts { margin: var(--_space) 0; display: grid; gap: calc(var(--_space) * 0.25); }
  .facts > div { display: grid; grid-template-columns: minmax(6em, max-content) 1fr; gap: var(--_space); }
  .facts dt { color: var(--_color-muted); }
  .facts dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
  .licence { font-variant-numeric: tabular-nums; letter-spacing: 0.02em; }
  a { color: var(--_color-primary); text-decoration: underline; }
  /* elder-friendly: links are tap targets too */
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); min-width: var(--_target-size); }
  .more { display: block; width: 100%; margin-top: calc(var(--_space) * 2); }
  .detail .name { margin: calc(var(--_space) * 2) 0 var(--_space); }
  .detail .name:focus-visible { outline-offset: 4px; }
  .empty {
    border: 1px dashed var(--_color-border); border-radius: var(--_radius); padding: calc(var(--_space) * 2);
  }
  .empty p { margin: 0 0 var(--_space); }
`;

export const lawyerFinderStyles = [tokens, controls, asyncStateStyles, finder];
