import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ELEMENTS = resolve('packages/elements/dist');
/** What the loader imports that a widget chunk imports too, by the loader's module that imports it. */
const OWN = new Map([
  [`${ELEMENTS}/autoloader.js`, ['./version.js']],
  [`${ELEMENTS}/cdn-entry.js`, ['./dialog/open-on-click.js']],
]);

/**
 * The CDN loader reads the version first thing, and opens dialogs from the
 * first click: it gets its own copy of version.js and dialog/open-on-click.js
 * (a few hundred bytes) rather than sharing a chunk with the widgets, one
 * round trip later.
 */
export function loaderOwnsItsVersion() {
  const prefix = '\0plskit-loader:';
  return {
    name: 'plskit-loader-version',
    resolveId: (source, importer) => (importer && OWN.get(importer)?.includes(source) ? `${prefix}${resolve(importer, '..', source)}` : null),
    load: (id) => (id.startsWith(prefix) ? readFileSync(id.slice(prefix.length), 'utf8') : null),
  };
}
