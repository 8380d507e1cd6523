import { readFileSync } from 'node:fs';

/**
 * The CDN loader reads the version first thing: it gets its own copy of
 * version.js rather than sharing a chunk with the widgets, one round trip later.
 */
export function loaderOwnsItsVersion() {
  const id = '\0plskit-loader-version';
  return {
    name: 'plskit-loader-version',
    resolveId: (source, importer) => (source === './version.js' && importer?.endsWith('/elements/dist/autoloader.js') ? id : null),
    load: (loading) => (loading === id ? readFileSync('packages/elements/dist/version.js', 'utf8') : null),
  };
}
