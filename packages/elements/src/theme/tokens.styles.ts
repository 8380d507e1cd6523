import { css, unsafeCSS } from 'lit';
import { DESIGN_TOKENS } from './design-tokens.js';

// A site sets the public `--pls-*` properties (they inherit into shadow roots);
// components read only the private `--_*` copies, so defaults and senior mode
// live in design-tokens.ts and nowhere else. Senior mode (适老化) clamps with
// max(): a site may enlarge but never shrink text, line height or targets.
const declarations = (senior: boolean) => DESIGN_TOKENS.filter((token) => Boolean(token.senior) === senior).map((token) => {
  const value = `var(--pls-${token.name}, ${token.default})`;
  return token.senior
    ? `--_${token.senior.replaces}: ${token.senior.floor ? `max(${token.senior.floor}, ${value})` : value};`
    : `--_${token.name}: ${value};`;
}).join('\n');

export const tokens = css`
  :host {
    /* nothing inherits in from the host page except what we choose */
    all: initial;
    display: block;
    contain: content;
  }
  :host([hidden]) { display: none; }
  .root {
    ${unsafeCSS(declarations(false))}
    padding: calc(var(--_space) * 0.5);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  .root.senior {
    ${unsafeCSS(declarations(true))}
  }
`;

/** The tokens a site may set, with their defaults (docs, Storybook controls). */
// pure: a bundle that never reads it (the CDN's) leaves it out
export const TOKEN_DEFAULTS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.fromEntries(
  DESIGN_TOKENS.map((token) => [`--pls-${token.name}`, token.default]),
);
