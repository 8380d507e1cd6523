// The design tokens as Storybook controls, from the single list in the elements package.
import type { ArgTypes } from '@storybook/web-components-vite';
import { TOKEN_DEFAULTS } from '../packages/elements/src/index.js';

export type TokenArgs = Record<string, string>;

export const tokenArgTypes: ArgTypes = Object.fromEntries(Object.keys(TOKEN_DEFAULTS).map((token) => [token, {
  control: token.includes('color') ? 'color' : 'text',
  table: { category: 'design tokens (--pls-*)', defaultValue: { summary: TOKEN_DEFAULTS[token] } },
}]));

/** Sets the tokens a designer changed through CSSOM (allowed by a strict CSP, unlike style=""). */
export function applyTokens(element: HTMLElement, args: Record<string, unknown>): void {
  for (const token of Object.keys(TOKEN_DEFAULTS)) {
    const value = args[token];
    if (typeof value === 'string' && value && value !== TOKEN_DEFAULTS[token]) element.style.setProperty(token, value);
    else element.style.removeProperty(token);
  }
}
