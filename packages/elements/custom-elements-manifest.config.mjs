// custom-elements.json from the classes' JSDoc (@slot, @csspart, @event): the
// one place the public API is written; docs and Storybook read it. Every
// element with a shadow root documents the same design tokens, generated from
// src/theme/design-tokens.ts (compiled by tsc before this runs).
import { readFileSync } from 'node:fs';
import { LOCALES } from '@plskit/core';
import { DESIGN_TOKEN_DESCRIPTIONS } from './dist/theme/design-token-descriptions.js';
import { DESIGN_TOKENS } from './dist/theme/design-tokens.js';

const designTokens = () => ({
  name: 'plskit-design-tokens',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement || !declaration.tagName || declaration.tagName === 'pls-provider') continue;
        declaration.cssProperties = DESIGN_TOKENS.map((token) => ({
          name: `--pls-${token.name}`, default: token.default, description: DESIGN_TOKEN_DESCRIPTIONS[token.name],
        }));
      }
    }
  },
});

// What the generated framework and editor types read, made exact:
// - modules in path order, and the sources read in path order too (globby
//   lists them in the file system's directory order, which differs from one
//   machine to the next, and a committed manifest must be reproducible: lint
//   compares it);
// - an event an inherited method fires without naming it (reportProblem's
//   PlsErrorEvent) is dropped when the class names an event of that type
//   (it came out as `onundefined`); any other unnamed event of an element
//   fails the build;
// - an inherited member, attribute or event names the class or mixin that
//   declares it (the analyzer names whichever ancestor it resolved first);
// - `Locale` spelled out as its literal union, so editors offer "zh-CN" | "en";
// - module paths point at the published JavaScript (dist/*.js), not src/*.ts.
const publishedManifest = () => ({
  name: 'plskit-published-manifest',
  packageLinkPhase({ customElementsManifest: manifest }) {
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    const declarations = new Map(manifest.modules.flatMap((module) =>
      (module.declarations ?? []).map((declaration) => [`${module.path}#${declaration.name}`, declaration])));
    const declarer = (kind, entry, from) => {
      const ancestor = declarations.get(`${from.module}#${from.name}`);
      const own = ancestor?.[kind]?.find((e) => e.name === entry.name && e.static === entry.static);
      return own?.inheritedFrom ? declarer(kind, entry, own.inheritedFrom) : from;
    };
    for (const declaration of declarations.values()) {
      for (const kind of ['members', 'attributes', 'events']) {
        for (const entry of declaration[kind] ?? []) {
          if (entry.inheritedFrom) entry.inheritedFrom = declarer(kind, entry, entry.inheritedFrom);
        }
      }
    }
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      if (!declaration.events) continue;
      const named = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
      for (const event of declaration.events.filter((e) => !e.name)) {
        if (declaration.tagName && !named.has(event.type?.text)) {
          throw new Error(`${declaration.name} fires an unnamed ${event.type?.text ?? 'event'}: name it with @event in the class's JSDoc`);
        }
      }
      declaration.events = declaration.events.filter((event) => event.name);
    }
    const localeUnion = LOCALES.map((locale) => `"${locale}"`).join(' | ');
    const rewrite = (node) => {
      if (Array.isArray(node)) return node.forEach(rewrite);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string' && /^\/?src\/.*\.ts$/.test(value)) {
          node[key] = value.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
        } else if (key === 'text' && typeof value === 'string') {
          node[key] = value.replace(/\bLocale\b/g, localeUnion);
        } else rewrite(value);
      }
    };
    rewrite(manifest.modules);
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.strings.*.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [designTokens(), publishedManifest()],
  overrideModuleCreation: ({ ts, globs }) => [...globs].sort().map((path) =>
    ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
