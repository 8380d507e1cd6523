// custom-elements.json from the classes' JSDoc (@slot, @csspart, @event): the
// one place the public API is written; docs and Storybook read it. Every
// element with a shadow root documents the same design tokens, generated from
// src/theme/design-tokens.ts (compiled by tsc before this runs).
import { DESIGN_TOKENS } from './dist/theme/design-tokens.js';

const designTokens = () => ({
  name: 'plskit-design-tokens',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName || declaration.tagName === 'pls-provider') continue;
        declaration.cssProperties = DESIGN_TOKENS.map((token) => ({
          name: `--pls-${token.name}`, default: token.default, description: token.description,
        }));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.strings.*.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [designTokens()],
};
