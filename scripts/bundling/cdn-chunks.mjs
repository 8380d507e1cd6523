import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';

/** The shared chunk every widget loads. */
export const SHARED_CHUNK = 'plskit-base';

/**
 * A chunk that two or more widgets load at once but not every one, under this
 * many characters before minifying (a few hundred bytes after), joins the
 * shared chunk: as a file of its own it would cost each of those pages a
 * request and a gzip stream of its own, more than it costs a page that does
 * not use it inside the shared one.
 */
const SMALL_SHARED = 1000;

/**
 * Which chunk each module of the CDN build goes to (rollup's `manualChunks`):
 * where rollup would put it, found by a quick unminified pass of the same
 * input, except that the chunks every widget loads (lit, the SDK's
 * transport, the element base) become one, with the small ones some widgets
 * load at once (SMALL_SHARED). Left to itself rollup splits those by which
 * tags use them (the provider uses less), and each split costs a page a
 * request and what gzip saves on files compressed together; asked to merge
 * small chunks (experimentalMinChunkSize), it may merge one a page loads at
 * once into a later screen's chunk, which the page then loads at once too.
 * Every module with code is named, since a manual chunk also takes in
 * whatever its modules import that no chunk claims: through a package's
 * index, the whole package.
 *
 * A staff tag's later screens (its folder's dynamic imports) are left out
 * of the plan of everything else: a staff screen that reuses a resident
 * widget's code (the desk's booking for a caller, the booker's steps) then
 * imports that widget's chunks as they are, so no resident page loads one
 * more file or byte for it. What only those screens use is planned in a
 * second pass with them.
 */
export async function cdnChunks({ options, output, widgetTags, staffTags = [] }) {
  const staffFolders = staffTags.map((tag) => dirname(resolve(options.input[tag])));
  const laterStaffScreens = {
    name: 'plskit-later-staff-screens',
    resolveDynamicImport: (_specifier, importer) => (staffFolders.some((folder) => importer.startsWith(folder)) ? false : null),
  };
  const chunkOf = await plan({ ...options, plugins: [laterStaffScreens, ...(options.plugins ?? [])] }, output, widgetTags);
  if (!staffTags.length) return (id) => chunkOf.get(id);
  const named = new Set(chunkOf.values());
  for (const [id, name] of await plan(options, output, widgetTags)) {
    // a staff screen's chunk never shares a name (and so a file) with one planned before
    if (!chunkOf.has(id)) chunkOf.set(id, named.has(name) ? `${name}-staff` : name);
  }
  return (id) => chunkOf.get(id);
}

/** Which chunk each module goes to, for one input (see cdnChunks). */
async function plan(options, output, widgetTags) {
  const pass = await rollup({ ...options, logLevel: 'silent' });
  const { output: chunks } = await pass.generate({ ...output, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' });
  await pass.close();
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loads = (fileName, into = new Set()) => {
    if (!into.has(fileName)) {
      into.add(fileName);
      for (const imported of byFile.get(fileName).imports) loads(imported, into);
    }
    return into;
  };
  const widgets = widgetTags.map((tag) => loads(`${tag}.js`));
  const shared = (chunk) => {
    if (chunk.isEntry) return false;
    const loadedBy = widgets.filter((files) => files.has(chunk.fileName)).length;
    return loadedBy === widgets.length || (loadedBy >= 2 && chunk.code.length < SMALL_SHARED);
  };
  const chunkOf = new Map();
  for (const chunk of byFile.values()) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength > 0) chunkOf.set(id, shared(chunk) ? SHARED_CHUNK : chunk.name);
    }
  }
  return chunkOf;
}
