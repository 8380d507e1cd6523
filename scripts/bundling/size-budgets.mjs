import { writeFileSync } from 'node:fs';

/** A shared chunk's name ends in 8 hex digits of its content's hash: the sandbox serves such a name immutable. */
const HASHED_CHUNK = /-[0-9a-f]{8}\.js$/;

/**
 * Writes .size-limit.json from the bundle just built: the SDK's browser
 * bundle, the loader, each tag's own chunk, and for each widget every file a
 * page with only that widget loads through the loader, so size-limit sums them
 * as the page does (gzip per file, lit included). The budgets are the tags'
 * (packages/elements/src/widgets.ts), and one for a page with every resident
 * widget (`staffTags`, the intranet's, are never on such a page), and for
 * each later screen named in `laterScreens` (by its chunk's name) what
 * opening it loads: its chunk and the files it needs beyond its page.
 */
export function sizeBudgets({ cdnDir, loader, sdkBundle, tags, staffTags = [], budgets, allWidgetsPage, laterScreens = {} }) {
  return {
    name: 'plskit-size-budgets',
    generateBundle(_options, bundle) {
      const closure = (fileName, into = new Set()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of bundle[fileName].imports) closure(imported, into);
        return into;
      };
      // a shared chunk's name carries its content hash: a pattern keeps this file the same from build to build
      const path = (fileName) => `${cdnDir}/${fileName.replace(HASHED_CHUNK, '-????????.js')}`;
      const checks = [{ name: '@plskit/sdk (browser bundle, ky included)', path: sdkBundle, limit: '11 KB', gzip: true }];
      checks.push({ name: 'plskit.js, the CDN loader', path: path(`${loader}.js`), limit: '1 KB', gzip: true });
      for (const tag of tags) {
        const budget = budgets[tag];
        checks.push({ name: `<${tag}>'s own chunk (zh-CN)`, path: path(`${tag}.js`), limit: budget.chunk, gzip: true });
        if (!budget.page) continue;
        const files = new Set();
        for (const entry of [`${loader}.js`, `${tag}.js`]) closure(entry, files);
        checks.push({ name: `a page with only <${tag}>: every file it loads, lit included`, path: [...files].sort().map(path), limit: budget.page, gzip: true });
      }
      const everyTag = new Set();
      for (const entry of [`${loader}.js`, ...tags.filter((tag) => !staffTags.includes(tag)).map((tag) => `${tag}.js`)]) closure(entry, everyTag);
      checks.push({ name: 'a page with every widget for residents and the provider: every file it loads, lit included', path: [...everyTag].sort().map(path), limit: allWidgetsPage, gzip: true });
      const pages = tags.map((tag) => ({ entry: `${tag}.js`, files: closure(`${tag}.js`, closure(`${loader}.js`)) }));
      for (const [module, limit] of Object.entries(laterScreens)) {
        const chunk = Object.keys(bundle).find((fileName) => fileName === `chunks/${module}-${fileName.slice(-11, -3)}.js` && HASHED_CHUNK.test(fileName));
        if (!chunk) throw new Error(`no chunk for the later screen ${module}`);
        const files = waitedFor(bundle, chunk, pages, closure);
        checks.push({ name: `${module}, a later screen: its chunk and every file it needs beyond its page's first load`, path: files.map(path), limit, gzip: true });
      }
      writeFileSync('.size-limit.json', `${JSON.stringify(checks, null, 2)}\n`);
    },
  };
}

/**
 * What a resident (or a desk's staff) waits for when a later screen opens:
 * its chunk and every file that chunk imports which is not loaded yet, i.e.
 * neither by the page of a tag that reaches the import() nor by the chunk
 * that calls it (a screen that reuses a widget's steps brings that widget's
 * chunk). Of every way to the screen, the one that loads the most.
 */
function waitedFor(bundle, chunk, pages, closure) {
  const size = (files) => files.reduce((sum, fileName) => sum + bundle[fileName].code.length, 0);
  let most = [chunk];
  for (const [importer, output] of Object.entries(bundle)) {
    if (!output.dynamicImports?.includes(chunk)) continue;
    for (const page of pages.filter(({ entry }) => reaches(bundle, entry, importer))) {
      const loaded = closure(importer, new Set(page.files));
      const files = [...closure(chunk)].filter((fileName) => !loaded.has(fileName)).sort();
      if (size(files) > size(most)) most = files;
    }
  }
  return most;
}

/** Whether a tag's chunk leads to `fileName`, through imports and import()s. */
function reaches(bundle, entry, fileName) {
  const seen = new Set();
  const go = (name) => {
    if (name === fileName) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return [...bundle[name].imports, ...bundle[name].dynamicImports].some(go);
  };
  return go(entry);
}
