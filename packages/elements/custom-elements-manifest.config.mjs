// custom-elements.json from the classes' JSDoc (@slot, @csspart, @cssprop, @event):
// the one place the public API is written; docs and Storybook read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
