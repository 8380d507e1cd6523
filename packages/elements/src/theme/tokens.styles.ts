import { css } from 'lit';

/**
 * The design tokens, all in one place. A site sets the public `--pls-*`
 * properties (they inherit into shadow roots); components read only the private
 * `--_*` copies below, so defaults and senior mode live here and nowhere else.
 * Senior mode (适老化) clamps with max(): a site may enlarge but never shrink
 * text below 18px, line height below 1.3 or targets below 60px.
 */
export const tokens = css`
  :host {
    display: block;
    /* nothing inherits in from the host page except what we choose */
    all: initial;
    display: block;
    contain: content;
  }
  .root {
    --_font-family: var(--pls-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--pls-font-size, 16px);
    --_line-height: var(--pls-line-height, 1.5);
    --_color-text: var(--pls-color-text, #1f2328);
    --_color-muted: var(--pls-color-muted, #4d555e);
    --_color-background: var(--pls-color-background, #ffffff);
    --_color-surface: var(--pls-color-surface, #f3f5f7);
    --_color-border: var(--pls-color-border, #6b737c);
    --_color-primary: var(--pls-color-primary, #0b5cad);
    --_color-on-primary: var(--pls-color-on-primary, #ffffff);
    --_color-danger: var(--pls-color-danger, #a4160f);
    --_color-focus: var(--pls-color-focus, #0b5cad);
    --_radius: var(--pls-radius, 6px);
    --_space: var(--pls-space, 8px);
    --_target-size: var(--pls-target-size, 44px);

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  .root.senior {
    --_font-size: max(18px, var(--pls-senior-font-size, 20px));
    --_line-height: max(1.3, var(--pls-senior-line-height, 1.6));
    --_target-size: max(60px, var(--pls-senior-target-size, 60px));
    --_color-text: var(--pls-senior-color-text, #000000);
    --_color-muted: var(--pls-senior-color-muted, #2b2b2b);
    --_color-border: var(--pls-senior-color-border, #000000);
    --_color-primary: var(--pls-senior-color-primary, #003f7f);
  }
`;

/** The tokens a site may set, with their defaults: the single source for docs and Storybook controls. */
export const TOKEN_DEFAULTS: Readonly<Record<string, string>> = {
  '--pls-font-family': "system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif",
  '--pls-font-size': '16px',
  '--pls-line-height': '1.5',
  '--pls-color-text': '#1f2328',
  '--pls-color-muted': '#4d555e',
  '--pls-color-background': '#ffffff',
  '--pls-color-surface': '#f3f5f7',
  '--pls-color-border': '#6b737c',
  '--pls-color-primary': '#0b5cad',
  '--pls-color-on-primary': '#ffffff',
  '--pls-color-danger': '#a4160f',
  '--pls-color-focus': '#0b5cad',
  '--pls-radius': '6px',
  '--pls-space': '8px',
  '--pls-target-size': '44px',
  '--pls-senior-font-size': '20px',
  '--pls-senior-line-height': '1.6',
  '--pls-senior-target-size': '60px',
  '--pls-senior-color-text': '#000000',
  '--pls-senior-color-muted': '#2b2b2b',
  '--pls-senior-color-border': '#000000',
  '--pls-senior-color-primary': '#003f7f',
};
