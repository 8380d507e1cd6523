// All published bundles. tsc (npm run build) compiles each package to dist/ first;
// rollup then bundles that JavaScript, so types are checked once, by tsc.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { WIDGET_BUDGETS, WIDGET_TAGS } from './packages/elements/dist/widgets.js';

// after terser, a line break can only be inside a template literal (html``, css``): the
// indentation after it is markup or style whitespace, never content
const templateIndentation = { name: 'plskit-template-indentation', renderChunk: (code) => ({ code: code.replace(/\n[ \t]+/g, '\n'), map: null }) };
const minified = { format: 'es', sourcemap: true, plugins: [terser({ format: { comments: false }, compress: { passes: 2 } }), templateIndentation] };

/**
 * Minifies the static text of css`` templates (comments, and the white space
 * around braces, colons, semicolons, commas and child combinators): terser
 * leaves template text alone. A space before a colon is kept, as in
 * `.filters :focus` it is a descendant combinator.
 */
const minifyCssText = (text) => text
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}');
const cssTemplates = {
  name: 'plskit-css-templates',
  transform: (code) => (code.includes('css `') || code.includes('css`')
    ? { code: code.replace(/\bcss ?`([^`]*)`/g, (_template, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((part, index) => (index % 2 ? part : minifyCssText(part))).join('')}\``), map: null }
    : null),
};

// tsc's decorator helper starts with `this && this.__decorate`: harmless at module top level
const onwarn = (warning, warn) => { if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning); };

const SDK_BUNDLE = 'packages/sdk/dist/browser/plskit-sdk.min.js';
const CDN_DIR = 'packages/elements/dist/cdn';
const LOADER = 'plskit';
const folder = (tag) => tag.replace(/^pls-/, '');

/**
 * Writes .size-limit.json from the bundle just built: each tag's own chunk,
 * and for each widget every file a page with only that widget loads through
 * the loader, so size-limit sums them as the page does (gzip per file, lit
 * included). The budgets come from src/widgets.ts.
 */
function sizeBudgets() {
  return {
    name: 'plskit-size-budgets',
    generateBundle(_options, bundle) {
      const closure = (fileName, into = new Set()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of bundle[fileName].imports) closure(imported, into);
        return into;
      };
      const path = (fileName) => `${CDN_DIR}/${fileName}`;
      const checks = [{ name: '@plskit/sdk (browser bundle, ky included)', path: SDK_BUNDLE, limit: '10 KB', gzip: true }];
      checks.push({ name: 'plskit.js, the CDN loader', path: path(`${LOADER}.js`), limit: '1 KB', gzip: true });
      for (const tag of WIDGET_TAGS) {
        const budget = WIDGET_BUDGETS[tag];
        checks.push({ name: `<${tag}>'s own chunk (zh-CN)`, path: path(`${tag}.js`), limit: budget.chunk, gzip: true });
        if (!budget.page) continue;
        const files = new Set();
        for (const entry of [`${LOADER}.js`, `${tag}.js`]) closure(entry, files);
        checks.push({ name: `a page with only <${tag}>: every file it loads, lit included`, path: [...files].sort().map(path), limit: budget.page, gzip: true });
      }
      writeFileSync('.size-limit.json', `${JSON.stringify(checks, null, 2)}\n`);
    },
  };
}

/**
 * The loader reads the version first thing: it gets its own copy of version.js
 * rather than sharing a chunk with the widgets, one round trip later.
 */
function loaderOwnsItsVersion() {
  const id = '\0plskit-loader-version';
  return {
    name: 'plskit-loader-version',
    resolveId: (source, importer) => (source === './version.js' && importer?.endsWith('/elements/dist/autoloader.js') ? id : null),
    load: (loading) => (loading === id ? readFileSync('packages/elements/dist/version.js', 'utf8') : null),
  };
}

export default [
  // The SDK for browsers without a bundler, ky included.
  {
    input: 'packages/sdk/dist/index.js',
    output: { ...minified, file: SDK_BUNDLE },
    plugins: [nodeResolve({ browser: true })],
  },
  // ELEMENTS for CMS pages, lit bundled: the loader plskit.js, one self-registering
  // chunk per tag (pls-<name>.js, also importable directly to preload a tag) and
  // the chunks they share. <script type="module" src=".../plskit.js"></script>
  {
    input: {
      [LOADER]: 'packages/elements/dist/cdn-entry.js',
      ...Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, `packages/elements/dist/${folder(tag)}/define.js`])),
    },
    onwarn,
    // a lazy chunk (English strings, the checker's result) may import from its widget's chunk,
    // instead of the widget's code moving into a shared chunk behind a facade
    preserveEntrySignatures: 'allow-extension',
    output: {
      ...minified, dir: CDN_DIR, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js',
      // a shared chunk of a few bytes costs a request of its own: merged into a neighbour
      experimentalMinChunkSize: 300,
    },
    // a fresh directory: a chunk an older build left behind would be served and shipped
    plugins: [{ name: 'plskit-clean-cdn', buildStart: () => rmSync(CDN_DIR, { recursive: true, force: true }) },
      cssTemplates, loaderOwnsItsVersion(), nodeResolve({ browser: true }), sizeBudgets()],
  },
];
