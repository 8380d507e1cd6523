// All published bundles. tsc (npm run build) compiles each package to dist/ first;
// rollup then bundles that JavaScript, so types are checked once, by tsc.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
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
/** A shared chunk's name ends in 8 hex digits of its content's hash: the sandbox serves such a name immutable. */
const HASHED_CHUNK = /-[0-9a-f]{8}\.js$/;

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
      // a shared chunk's name carries its content hash: a pattern keeps this file the same from build to build
      const path = (fileName) => `${CDN_DIR}/${fileName.replace(HASHED_CHUNK, '-????????.js')}`;
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

const CDN_OPTIONS = {
  input: {
    [LOADER]: 'packages/elements/dist/cdn-entry.js',
    ...Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, `packages/elements/dist/${folder(tag)}/define.js`])),
  },
  onwarn,
  // a lazy chunk (English strings, the checker's result) may import from its widget's chunk,
  // instead of the widget's code moving into a shared chunk behind a facade
  preserveEntrySignatures: 'allow-extension',
};
// a shared chunk of a few bytes costs a request of its own: merged into a neighbour
const MIN_CHUNK_SIZE = 300;
const SHARED_CHUNK = 'plskit-base';

/**
 * Which chunk each module goes to: where rollup would put it (found by a quick
 * unminified pass), except that the chunks every widget loads (lit, ky, the
 * SDK's transport, the element base) become one. Left to itself rollup splits
 * those by which tags use them (the provider uses less), and each split costs
 * a page a request and what gzip saves on files compressed together. Every
 * module with code is named, since a manual chunk also takes in whatever its
 * modules import that no chunk claims: through a package's index, the whole
 * package.
 */
async function cdnChunks() {
  const pass = await rollup({ ...CDN_OPTIONS, logLevel: 'silent', plugins: [loaderOwnsItsVersion(), nodeResolve({ browser: true })] });
  const { output } = await pass.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js', experimentalMinChunkSize: MIN_CHUNK_SIZE });
  await pass.close();
  const chunks = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const loads = (fileName, into = new Set()) => {
    if (!into.has(fileName)) {
      into.add(fileName);
      for (const imported of chunks.get(fileName).imports) loads(imported, into);
    }
    return into;
  };
  const widgets = WIDGET_TAGS.filter((tag) => tag !== 'pls-provider').map((tag) => loads(`${tag}.js`));
  const everyWidgetLoads = (chunk) => !chunk.isEntry && widgets.every((files) => files.has(chunk.fileName));
  const chunkOf = new Map();
  for (const chunk of chunks.values()) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength > 0) chunkOf.set(id, everyWidgetLoads(chunk) ? SHARED_CHUNK : chunk.name);
    }
  }
  return (id) => chunkOf.get(id);
}

export default async () => [
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
    ...CDN_OPTIONS,
    output: {
      // entries keep their names (the loader and partners import them; revalidated by ETag), shared
      // chunks carry a hash of their content, so a cache may keep them for good
      ...minified, dir: CDN_DIR, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', hashCharacters: 'hex',
      manualChunks: await cdnChunks(),
    },
    // a fresh directory: a chunk an older build left behind would be served and shipped
    plugins: [{ name: 'plskit-clean-cdn', buildStart: () => rmSync(CDN_DIR, { recursive: true, force: true }) },
      cssTemplates, loaderOwnsItsVersion(), nodeResolve({ browser: true }), sizeBudgets()],
  },
];
