// Which browser engine a test run uses: PLSKIT_ENGINE=chromium (the default),
// firefox or webkit. npm test runs each suite once per engine, one after another.
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine PLSKIT_ENGINE names, if the suite runs in it; otherwise an error that says which do. */
export function engineFromEnvironment(supported = ENGINES) {
  const engine = process.env.PLSKIT_ENGINE ?? 'chromium';
  if (!supported.includes(engine)) throw new Error(`PLSKIT_ENGINE=${engine}: this suite runs in ${supported.join(', ')}`);
  return engine;
}
