import { css } from 'lit';

/** The result's look, added when its chunk arrives. */
export const eligibilityResultStyles = css`
  h3 { font-size: 1.2em; margin: calc(var(--_space) * 3) 0 var(--_space); }
  h4 { font-size: 1.05em; margin: calc(var(--_space) * 2) 0 var(--_space); }
  .result-kicker { color: var(--_color-muted); margin: 0; }
  .result h2 { border-inline-start: 6px solid var(--_color-primary); padding-inline-start: var(--_space); }
  .confirmation { background: var(--_color-surface); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
  .confirmation[data-confirmation='differs'], .confirmation[data-confirmation^='unconfirmed'] { border: 2px solid var(--_color-danger); }
  .reasons li, .next-steps li, .documents li { margin-bottom: var(--_space); }
  .basis { display: block; color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .basis { font-size: 1em; }
  .note { display: block; }
  .centers { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_space); }
  .center { border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5); }
  .center-name { margin: 0 0 calc(var(--_space) * 0.5); font-size: 1em; }
  .center p { margin: 0; overflow-wrap: anywhere; }
  .center .label { color: var(--_color-muted); }
  .stations { margin-top: var(--_space); }
  .stations summary { cursor: pointer; min-height: var(--_target-size); display: flex; align-items: center; color: var(--_color-primary); }
  .ruleset { margin-top: calc(var(--_space) * 3); color: var(--_color-muted); font-size: 0.875em; }
  .root.senior .ruleset { font-size: 1em; }
  .copy-status { font-weight: 600; }
  @media print {
    .stations > *:not(summary) { display: block; }
    .basis, .ruleset { color: #000; }
    .result h2 { border: 0; padding: 0; }
  }
`;
