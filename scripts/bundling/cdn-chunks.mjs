import { rollup } from 'rollup';

/** The shared chunk every widget loads. */
export const SHARED_CHUNK = 'plskit-base';

/**
 * Which chunk each module of the CDN build goes to (rollup's `manualChunks`):
 * where rollup would put it, found by a quick unminified pass of the same
 * input, except that the chunks every widget loads (lit, the SDK's
 * transport, the element base) become one. Left to itself rollup splits those
 * by which tags use them (the provider uses less), and each split costs a page
 * a request and what gzip saves on files compressed together. Every module
 * with code is named, since a manual chunk also takes in whatever its modules
 * import that no chunk claims: through a package's index, the whole package.
 */
export async function cdnChunks({ options, output, widgetTags }) {
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
  const everyWidgetLoads = (chunk) => !chunk.isEntry && widgets.every((files) => files.has(chunk.fileName));
  const chunkOf = new Map();
  for (const chunk of byFile.values()) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength > 0) chunkOf.set(id, everyWidgetLoads(chunk) ? SHARED_CHUNK : chunk.name);
    }
  }
  return (id) => chunkOf.get(id);
}
