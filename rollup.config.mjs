// All published bundles. tsc (npm run build) compiles each package to dist/ first;
// rollup then bundles that JavaScript, so types are checked once, by tsc.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const minified = { format: 'es', sourcemap: true, plugins: [terser({ format: { comments: false } })] };

export default [
  // The SDK for browsers without a bundler, ky included. Also what size-limit measures.
  {
    input: 'packages/sdk/dist/index.js',
    output: { ...minified, file: 'packages/sdk/dist/browser/plskit-sdk.min.js' },
    plugins: [nodeResolve({ browser: true })],
  },
];
