// All published bundles. tsc (npm run build) compiles each package to dist/ first;
// rollup then bundles that JavaScript, so types are checked once, by tsc.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const minified = { format: 'es', sourcemap: true, plugins: [terser({ format: { comments: false } })] };

// npm users share one copy of lit with their app: never bundle it into the npm entries
// tsc's decorator helper starts with `this && this.__decorate`: harmless at module top level
const onwarn = (warning, warn) => { if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning); };

const litExternal = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/');

export default [
  // The SDK for browsers without a bundler, ky included. Also what size-limit measures.
  {
    input: 'packages/sdk/dist/index.js',
    output: { ...minified, file: 'packages/sdk/dist/browser/plskit-sdk.min.js' },
    plugins: [nodeResolve({ browser: true })],
  },
  // ELEMENTS: the one self-registering file for CMS pages, lit bundled:
  // <script type="module" src=".../plskit.js"></script>
  {
    input: 'packages/elements/dist/define/all.js',
    onwarn,
    output: { ...minified, file: 'packages/elements/dist/cdn/plskit.js' },
    plugins: [nodeResolve({ browser: true })],
  },
  // ELEMENTS: the finder's npm entry as one file with lit external: what size-limit
  // measures for "@plskit/elements/lawyer-finder.js" (npm users get tsc's dist/define/ files)
  {
    input: 'packages/elements/dist/define/lawyer-finder.js',
    external: litExternal,
    onwarn,
    output: { ...minified, file: 'packages/elements/dist/size/lawyer-finder.min.js' },
    plugins: [nodeResolve({ browser: true })],
  },
  { input: 'packages/elements/dist/define/aid-eligibility.js', external: litExternal, onwarn, output: { ...minified, file: 'packages/elements/dist/size/aid-eligibility.min.js' }, plugins: [nodeResolve({ browser: true })] },
];
