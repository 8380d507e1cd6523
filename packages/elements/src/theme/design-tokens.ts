// The design tokens a site may set, in one place: the element styles
// (tokens.styles.ts), TOKEN_DEFAULTS (docs, Storybook controls) and every
// element's documented `--pls-*` properties in custom-elements.json (added by
// the manifest build, with the descriptions in design-token-descriptions.ts,
// which stay out of the browser's code) are all generated from this list.

export interface DesignToken {
  /** The public custom property is `--pls-<name>`. */
  name: string;
  default: string;
  /**
   * Senior-mode tokens replace the private `--_<replaces>` when senior mode is
   * on; `floor` is a minimum a site may raise but never lower.
   */
  senior?: { replaces: string; floor?: string };
}

const TOKENS = [
  { name: 'font-family', default: "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif" },
  { name: 'font-size', default: '16px' },
  { name: 'line-height', default: '1.5' },
  { name: 'color-text', default: '#1f2328' },
  { name: 'color-muted', default: '#4d555e' },
  { name: 'color-background', default: '#ffffff' },
  { name: 'color-surface', default: '#f3f5f7' },
  { name: 'color-border', default: '#6b737c' },
  { name: 'color-primary', default: '#0b5cad' },
  { name: 'color-on-primary', default: '#ffffff' },
  { name: 'color-danger', default: '#a4160f' },
  { name: 'color-focus', default: '#0b5cad' },
  { name: 'radius', default: '6px' },
  { name: 'space', default: '8px' },
  { name: 'target-size', default: '44px' },
  { name: 'senior-font-size', default: '20px', senior: { replaces: 'font-size', floor: '18px' } },
  { name: 'senior-line-height', default: '1.6', senior: { replaces: 'line-height', floor: '1.3' } },
  { name: 'senior-target-size', default: '60px', senior: { replaces: 'target-size', floor: '60px' } },
  { name: 'senior-color-text', default: '#000000', senior: { replaces: 'color-text' } },
  { name: 'senior-color-muted', default: '#2b2b2b', senior: { replaces: 'color-muted' } },
  { name: 'senior-color-border', default: '#000000', senior: { replaces: 'color-border' } },
  { name: 'senior-color-primary', default: '#003f7f', senior: { replaces: 'color-primary' } },
] as const satisfies readonly DesignToken[];

export type DesignTokenName = (typeof TOKENS)[number]['name'];

export const DESIGN_TOKENS: readonly (DesignToken & { name: DesignTokenName })[] = TOKENS;
