// ESLint rule `plskit/no-import-circle`: no file may reach itself through its
// imports. Every edge counts: `import type`, `export … from`, `import()` (a
// lazy chunk's type-only import of its loader is still a circle), so a
// type-only back-edge cannot quietly become a value import. Modules are found
// as TypeScript finds them (tsconfig.base.json's resolution, so a workspace
// package resolves to its sources); packages from node_modules are leaves.
// import-x/no-cycle skips type-only imports by design, which is why this rule
// exists.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

const base = ts.readConfigFile(new URL('../../tsconfig.base.json', import.meta.url).pathname, ts.sys.readFile).config;
const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, dirname(new URL('../../tsconfig.base.json', import.meta.url).pathname));
const resolution = { ...options, allowJs: true, noEmit: true };
const host = ts.createCompilerHost(resolution);

/** Which of the repository's files a specifier in `from` names, or undefined (a package, or nothing). */
function resolve(specifier, from) {
  const found = ts.resolveModuleName(specifier, from, resolution, host).resolvedModule?.resolvedFileName;
  return found && !found.includes('/node_modules/') ? found : undefined;
}

/** A file's imports, read from disk once per version of the file. */
const edgesByFile = new Map();
function importsOf(file) {
  let modified;
  try {
    modified = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = edgesByFile.get(file);
  if (known?.modified === modified) return known.edges;
  const edges = importedFiles(readFileSync(file, 'utf8'), file).map((edge) => edge.target);
  edgesByFile.set(file, { modified, edges });
  return edges;
}

function importedFiles(text, file) {
  return ts.preProcessFile(text, true, true).importedFiles
    .map((imported) => ({ ...imported, target: resolve(imported.fileName, file) }))
    .filter((imported) => imported.target);
}

/** A path of files from `start` back to `file`, or undefined when there is none. */
function pathBack(start, file) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const current = queue.shift();
    if (current === file) {
      const path = [];
      for (let at = current; at !== undefined; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const next of importsOf(current)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const relative = (file, root) => (file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file);

export const noImportCircle = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse an import that closes a circle of imports, type-only and dynamic imports included' },
    schema: [],
    messages: { circle: 'Import circle: {{path}}. Move what both sides need into a module both import.' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!/\.[cm]?[jt]sx?$/.test(file)) return {};
    return {
      Program() {
        // the file as it is in the editor, its neighbours as they are on disk
        for (const imported of importedFiles(context.sourceCode.text, file)) {
          const path = imported.target === file ? [file] : pathBack(imported.target, file);
          if (!path) continue;
          context.report({
            loc: { start: context.sourceCode.getLocFromIndex(imported.pos), end: context.sourceCode.getLocFromIndex(imported.end) },
            messageId: 'circle',
            data: { path: [file, ...path].map((step) => relative(step, context.cwd)).join(' -> ') },
          });
        }
      },
    };
  },
};

export default { rules: { 'no-import-circle': noImportCircle } };
