#!/usr/bin/env node
// Framework and editor types from custom-elements.json, by the generators made
// for a custom elements manifest; written to dist/ by `npm run build` and
// shipped as the package's documented exports:
//   ./react                          JSX IntrinsicElements for React 19 (props typed from the classes, events from the event classes)
//   ./vue                            Vue GlobalComponents (props, @pls-* events)
//   ./vscode.html-custom-data.json   VS Code: tags, attributes, values and docs in HTML
//   ./vscode.css-custom-data.json    VS Code: the --pls-* custom properties in CSS
//   ./web-types.json                 JetBrains IDEs (package.json "web-types" points at it)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// CommonJS on purpose: imported as ESM on Node 20, their synchronous prettier
// (@prettier/sync's worker) deadlocks before the first file is written
const require = createRequire(import.meta.url);
const { generateJsxTypes } = require('@wc-toolkit/jsx-types');
const { generateVuejsTypes } = require('custom-element-vuejs-integration');
const { generateVsCodeCustomElementData } = require('custom-element-vs-code-integration');
const { generateJetBrainsWebTypes } = require('custom-element-jet-brains-integration');

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const PACKAGE = '@plskit/elements';
const manifest = JSON.parse(readFileSync(here('../custom-elements.json'), 'utf8'));
const frameworks = here('../dist/frameworks/');
const editors = here('../dist/editors/');
mkdirSync(frameworks, { recursive: true });
mkdirSync(editors, { recursive: true });

// A framework prop is something a page can set: read-only getters
// (effectiveLocale, …) are the element's to report, not the page's to pass.
const settable = structuredClone(manifest);
for (const declaration of settable.modules.flatMap((module) => module.declarations ?? [])) {
  if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly && !member.static);
}
const eventClasses = [...new Set(manifest.modules.flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => declaration.tagName ? declaration.events ?? [] : [])
  .map((event) => event.type?.text).filter((type) => /^[A-Z]\w*$/.test(type ?? '')))].sort();

const rewrite = (file, edit) => writeFileSync(file, edit(readFileSync(file, 'utf8')));
// the generators log every file they write; the build prints its own summary
/* eslint-disable no-console */
const quiet = (generate) => {
  const log = console.log;
  console.log = () => {};
  try { generate(); } finally { console.log = log; }
};
/* eslint-enable no-console */

// React 19. The generator also augments preact, qwik, stencil, hono, solid-js
// and react-native; a project without those packages would fail on them
// (TS2664) unless it skips lib checks: keep React's modules only. It imports
// the element classes but not the event classes its handlers name: add them.
quiet(() => generateJsxTypes(settable, {
  outdir: frameworks, fileName: 'react.d.ts', globalTypePath: PACKAGE, stronglyTypedEvents: true,
}));
rewrite(`${frameworks}react.d.ts`, (text) => {
  const kept = text.replace(/\ndeclare (?:module "([^"]+)"|global) \{\n[\s\S]*?\n\}\n/g,
    (block, module) => (['react', 'react/jsx-runtime', 'react/jsx-dev-runtime'].includes(module) ? block : ''));
  return `import type { ${eventClasses.join(', ')} } from "${PACKAGE}";\n${kept}`;
});

// Vue 3. vue-tsc camelizes what a template writes (page-size → pageSize,
// @pls-lawyer-select → onPlsLawyerSelect) but the generator keys props and
// handlers as written in HTML ("page-size", "onpls-lawyer-select"), so strict
// templates rejected every dashed name: key them as Vue does. The generator
// also types each handler's event as CustomEvent<its class> (the classes are
// the events themselves), imports a class once per element that fires it, and
// augments the global JSX namespace, which belongs to React when both are installed.
// A tag is an HTML element: strict templates accept only declared props, so each
// component takes HTMLAttributes too (id, class, hidden, aria-*, native events).
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
quiet(() => generateVuejsTypes(settable, { outdir: frameworks, fileName: 'vue.d.ts', globalTypePath: PACKAGE }));
rewrite(`${frameworks}vue.d.ts`, (text) => text
  .replace(/^(\s*)"on([a-z][\w-]*)"\?:/gm, (_, indent, event) => `${indent}on${camelize(`-${event}`)}?:`)
  .replace(/^(\s*)"([a-z][\w-]*)"\?:/gm, (_, indent, name) => `${indent}${camelize(name)}?:`)
  .replace(/import type \{([^}]*)\} from "@plskit\/elements";/, (_, names) =>
    `import type {\n  ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(',\n  ')},\n} from "${PACKAGE}";`)
  .replace(/CustomEvent<(\w+Event)>/g, '$1')
  .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";')
  .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HTMLAttributes>')
  .replace(/\ndeclare global \{\n[\s\S]*?\n\}\n/, '\n'));

// Editors: both read only the manifest's text, so the literal unions in it
// ("zh-CN" | "en") become value completions.
quiet(() => generateVsCodeCustomElementData(manifest, {
  outdir: editors, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json',
}));
quiet(() => generateJetBrainsWebTypes(manifest, { outdir: editors, webTypesFileName: 'web-types.json', packageJson: false }));
