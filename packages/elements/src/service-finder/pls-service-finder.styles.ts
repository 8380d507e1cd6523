import { css } from 'lit';
import { asyncStateStyles } from '../async-state/async-state.styles.js';
import { controls } from '../theme/controls.styles.js';
import { tokens } from '../theme/tokens.styles.js';

// One line per point, so a county's list stays short on a phone; the detail view shows the rest.
const finder = css`
  h2 { margin: 0 0 var(--_space); font-size: 1.4em; }
  h2:focus-visible { outline-offset: 4px; }
  .intro { margin: 0 0 calc(var(--_space) * 2); }
  fieldset {
    border: 1px solid var(--_color-border); border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 2); padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  legend { font-weight: 600; padding: 0 var(--_space); }
  .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(12em, 1fr)); gap: var(--_space) calc(var(--_space) * 2); }
  .choices label { display: block; font-weight: 600; }
  .choices select { display: block; width: 100%; margin-top: calc(var(--_space) * 0.5); }
  .kinds { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2); }
  .kind-choice { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); min-height: var(--_target-size); }
  .root.senior .kind-choice input { width: 1.5em; height: 1.5em; }
  .location { margin: 0 0 calc(var(--_space) * 2); }
  .hint { margin: calc(var(--_space) * 0.5) 0 0; color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .hint { font-size: 1em; }
  .total { font-weight: 600; margin: var(--_space) 0; }
  .points { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .point {
    border: 1px solid var(--_color-border); border-radius: var(--_radius); background: var(--_color-background);
    padding: var(--_space) calc(var(--_space) * 2);
  }
  .point.own { border-width: 3px; border-color: var(--_color-primary); }
  .point p { margin: calc(var(--_space) * 0.25) 0; }
  .name { margin: 0; font-size: 1.1em; line-height: 1.3; overflow-wrap: anywhere; }
  .kind { color: var(--_color-muted); margin: calc(var(--_space) * 0.25) 0; }
  .badge { font-weight: 600; color: var(--_color-primary); }
  .distance { font-variant-numeric: tabular-nums; }
  .detail dl { display: grid; grid-template-columns: minmax(6em, max-content) 1fr; gap: calc(var(--_space) * 0.5) var(--_space); }
  .detail dt { color: var(--_color-muted); }
  .detail dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
  .detail .line { display: block; }
  a { color: var(--_color-primary); text-decoration: underline; }
  .root.senior a { display: inline-flex; align-items: center; min-height: var(--_target-size); min-width: var(--_target-size); }
  a.button { display: inline-flex; align-items: center; min-height: var(--_target-size); padding: 0 calc(var(--_space) * 2); border-radius: var(--_radius); }
  .detail > a.button, .detail > button { margin: var(--_space) var(--_space) 0 0; }
  a.button.primary { background: var(--_color-primary); color: var(--_color-on-primary); text-decoration: none; }
  /* forced colours remove its background: a frame keeps it a button, not text told apart by colour alone */
  @media (forced-colors: active) { a.button.primary { border: 2px solid LinkText; } }
  .more { display: block; width: 100%; margin-top: calc(var(--_space) * 2); }
  .empty { border: 1px dashed var(--_color-border); border-radius: var(--_radius); padding: calc(var(--_space) * 2); }
`;

export const serviceFinderStyles = [tokens, controls, asyncStateStyles, finder];
