import { basename, dirname, resolve } from 'node:path';
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
 * load at once (SMALL_SHARED) unless the same widgets load a chunk they can
 * join (smallChunkHome). Left to itself rollup splits those by which
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
  const loadedBy = (chunk) => widgets.filter((files) => files.has(chunk.fileName)).length;
  // which tags (staff and containers too) load a chunk at once: two chunks alike in this always load together
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => loads(chunk.fileName));
  const loadedWith = (chunk) => entries.map((files) => (files.has(chunk.fileName) ? 1 : 0)).join('');
  const groups = new Map();
  for (const chunk of chunks) if (!chunk.isEntry) groups.set(loadedWith(chunk), [...(groups.get(loadedWith(chunk)) ?? []), chunk]);
  const into = new Map();
  for (const chunk of chunks) {
    if (chunk.isEntry) continue;
    const widgetsLoading = loadedBy(chunk);
    if (widgetsLoading === widgets.length) into.set(chunk, SHARED_CHUNK);
    else if (widgetsLoading >= 2 && chunk.code.length < SMALL_SHARED) into.set(chunk, smallChunkHome(groups.get(loadedWith(chunk))));
  }
  const chunkOf = new Map();
  for (const chunk of byFile.values()) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength > 0) chunkOf.set(id, into.get(chunk) ?? ownName(chunk));
    }
  }
  return chunkOf;
}

/**
 * Where a small chunk that some widgets load at once goes: into the largest
 * of the chunks that exactly the same tags load at once (the booking link
 * into the booker's and service finder's opening hours), when together they
 * are worth a request of their own (SMALL_SHARED); else into the shared
 * chunk. A page whose widget never uses it (a finder-only page) then does
 * not load it.
 */
function smallChunkHome(alike) {
  const largest = alike.reduce((a, b) => (b.code.length > a.code.length ? b : a));
  const together = alike.reduce((sum, chunk) => sum + chunk.code.length, 0);
  return together >= SMALL_SHARED ? ownName(largest) : SHARED_CHUNK;
}

/**
 * A chunk's name in the plan, unique: two widgets' modules of the same name
 * (the booker's and the question form's check-view) share `name`, and one
 * manual chunk of that name would make each screen load the other's; the
 * second (which rollup's file name numbers) is named after its folder too
 * ("legal-question-check-view").
 */
function ownName(chunk) {
  if (chunk.fileName === `${chunk.name}.js`) return chunk.name;
  const module = chunk.facadeModuleId ?? Object.keys(chunk.modules).at(-1);
  return `${basename(dirname(module))}-${chunk.name}`;
}
