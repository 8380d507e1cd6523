// All published bundles. tsc (npm run build) compiles each package to dist/ first;
// rollup then bundles that JavaScript, so types are checked once, by tsc. The
// plugins and the chunk plan are in scripts/bundling/.
import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { ALL_WIDGETS_PAGE_BUDGET, CONTAINER_TAGS, LATER_SCREEN_BUDGETS, STAFF_TAGS, WIDGET_BUDGETS, WIDGET_TAGS } from './packages/elements/dist/widgets.js';
import { cdnChunks } from './scripts/bundling/cdn-chunks.mjs';
import { subresourceIntegrity } from './scripts/bundling/integrity.mjs';
import { loaderOwnsItsVersion } from './scripts/bundling/loader-version.mjs';
import { sizeBudgets } from './scripts/bundling/size-budgets.mjs';
import { cssTemplates, templateIndentation } from './scripts/bundling/template-text.mjs';

const minified = { format: 'es', sourcemap: true, plugins: [terser({ format: { comments: false }, compress: { passes: 2 } }), templateIndentation] };

// tsc's decorator helper starts with `this && this.__decorate`: harmless at module top level
const onwarn = (warning, warn) => { if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning); };

const SDK_BUNDLE = 'packages/sdk/dist/browser/plskit-sdk.min.js';
const CDN_DIR = 'packages/elements/dist/cdn';
const LOADER = 'plskit';
const folder = (tag) => tag.replace(/^pls-/, '');

const CDN_INPUT = {
  input: {
    [LOADER]: 'packages/elements/dist/cdn-entry.js',
    ...Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, `packages/elements/dist/${folder(tag)}/define.js`])),
  },
  onwarn,
  // a lazy chunk (English strings, the checker's result) may import from its widget's chunk,
  // instead of the widget's code moving into a shared chunk behind a facade
  preserveEntrySignatures: 'allow-extension',
};

export default async () => [
  // The SDK for browsers without a bundler, ky included (a server's webhook verifier left out).
  {
    input: 'packages/sdk/dist/browser.js',
    output: { ...minified, file: SDK_BUNDLE },
    plugins: [nodeResolve({ browser: true })],
  },
  // ELEMENTS for CMS pages, lit bundled: the loader plskit.js, one self-registering
  // chunk per tag (pls-<name>.js, also importable directly to preload a tag) and
  // the chunks they share. <script type="module" src=".../plskit.js"></script>
  {
    ...CDN_INPUT,
    output: {
      // entries keep their names (the loader and partners import them; revalidated by ETag), shared
      // chunks carry a hash of their content, so a cache may keep them for good
      ...minified, dir: CDN_DIR, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', hashCharacters: 'hex',
      manualChunks: await cdnChunks({
        options: { ...CDN_INPUT, plugins: [loaderOwnsItsVersion(), nodeResolve({ browser: true })] },
        output: {},
        // the shared chunk is what every resident widget loads: a staff tag takes from it, never adds to it
        widgetTags: WIDGET_TAGS.filter((tag) => !CONTAINER_TAGS.includes(tag) && !STAFF_TAGS.includes(tag)),
        staffTags: STAFF_TAGS,
      }),
    },
    // a fresh directory: a chunk an older build left behind would be served and shipped
    plugins: [{ name: 'plskit-clean-cdn', buildStart: () => rmSync(CDN_DIR, { recursive: true, force: true }) },
      cssTemplates, loaderOwnsItsVersion(), nodeResolve({ browser: true }),
      sizeBudgets({ cdnDir: CDN_DIR, loader: LOADER, sdkBundle: SDK_BUNDLE, tags: WIDGET_TAGS, staffTags: STAFF_TAGS, budgets: WIDGET_BUDGETS, allWidgetsPage: ALL_WIDGETS_PAGE_BUDGET,
        laterScreens: LATER_SCREEN_BUDGETS }),
      subresourceIntegrity()],
  },
];
