// The design tokens a site may set, in one place: the element styles
// (tokens.styles.ts), TOKEN_DEFAULTS (docs, Storybook controls) and every
// element's documented `--pls-*` properties in custom-elements.json (added by
// the manifest build) are all generated from this list.

export interface DesignToken {
  /** The public custom property is `--pls-<name>`. */
  name: string;
  default: string;
  description: string;
  /**
   * Senior-mode tokens replace the private `--_<replaces>` when senior mode is
   * on; `floor` is a minimum a site may raise but never lower.
   */
  senior?: { replaces: string; floor?: string };
}

export const DESIGN_TOKENS: readonly DesignToken[] = [
  { name: 'font-family', default: "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif", description: 'Font stack.' },
  { name: 'font-size', default: '16px', description: 'Base text size.' },
  { name: 'line-height', default: '1.5', description: 'Line height.' },
  { name: 'color-text', default: '#1f2328', description: 'Text colour.' },
  { name: 'color-muted', default: '#4d555e', description: 'Secondary text colour (keep 4.5:1 on the background).' },
  { name: 'color-background', default: '#ffffff', description: 'Background colour.' },
  { name: 'color-surface', default: '#f3f5f7', description: 'Card and placeholder background.' },
  { name: 'color-border', default: '#6b737c', description: 'Borders of fields and cards (keep 3:1 on the background).' },
  { name: 'color-primary', default: '#0b5cad', description: 'Primary buttons and links.' },
  { name: 'color-on-primary', default: '#ffffff', description: 'Text on primary buttons.' },
  { name: 'color-danger', default: '#a4160f', description: 'Failure panels, error summaries and error text.' },
  { name: 'color-focus', default: '#0b5cad', description: 'Focus outline.' },
  { name: 'radius', default: '6px', description: 'Corner radius.' },
  { name: 'space', default: '8px', description: 'Spacing unit.' },
  { name: 'target-size', default: '44px', description: 'Smallest control size.' },
  { name: 'senior-font-size', default: '20px', description: 'Senior-mode text size (never below 18px).', senior: { replaces: 'font-size', floor: '18px' } },
  { name: 'senior-line-height', default: '1.6', description: 'Senior-mode line height (never below 1.3).', senior: { replaces: 'line-height', floor: '1.3' } },
  { name: 'senior-target-size', default: '60px', description: 'Senior-mode control size (never below 60px).', senior: { replaces: 'target-size', floor: '60px' } },
  { name: 'senior-color-text', default: '#000000', description: 'Senior-mode text colour.', senior: { replaces: 'color-text' } },
  { name: 'senior-color-muted', default: '#2b2b2b', description: 'Senior-mode secondary text colour.', senior: { replaces: 'color-muted' } },
  { name: 'senior-color-border', default: '#000000', description: 'Senior-mode borders.', senior: { replaces: 'color-border' } },
  { name: 'senior-color-primary', default: '#003f7f', description: 'Senior-mode primary colour.', senior: { replaces: 'color-primary' } },
];
