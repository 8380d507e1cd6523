// What each design token is for, as custom-elements.json documents it: read
// by the manifest build only, so none of it ships to a browser.
import type { DesignTokenName } from './design-tokens.js';

export const DESIGN_TOKEN_DESCRIPTIONS: Readonly<Record<DesignTokenName, string>> = {
  'font-family': 'Font stack.',
  'font-size': 'Base text size.',
  'line-height': 'Line height.',
  'color-text': 'Text colour.',
  'color-muted': 'Secondary text colour (keep 4.5:1 on the background).',
  'color-background': 'Background colour.',
  'color-surface': 'Card and placeholder background.',
  'color-border': 'Borders of fields and cards (keep 3:1 on the background).',
  'color-primary': 'Primary buttons and links.',
  'color-on-primary': 'Text on primary buttons.',
  'color-danger': 'Failure panels, error summaries and error text.',
  'color-focus': 'Focus outline.',
  'radius': 'Corner radius.',
  'space': 'Spacing unit.',
  'target-size': 'Smallest control size.',
  'senior-font-size': 'Senior-mode text size (never below 18px).',
  'senior-line-height': 'Senior-mode line height (never below 1.3).',
  'senior-target-size': 'Senior-mode control size (never below 60px).',
  'senior-color-text': 'Senior-mode text colour.',
  'senior-color-muted': 'Senior-mode secondary text colour.',
  'senior-color-border': 'Senior-mode borders.',
  'senior-color-primary': 'Senior-mode primary colour.',
};
