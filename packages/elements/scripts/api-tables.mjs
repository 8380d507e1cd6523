#!/usr/bin/env node
// Writes the API tables (attributes, events, slots, parts, CSS properties) from
// custom-elements.json into the marked sections of the docs, so the API is
// written once, in the classes' JSDoc. Run by `npm run analyze` after the analyzer.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const manifest = JSON.parse(readFileSync(here('../custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) => rows.length === 0 ? '_none_\n' :
  `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`;

const sections = {
  attributes: () => elements.map((e) => `#### \`<${e.tagName}>\`\n\n${e.summary ?? ''}\n\n${table(['attribute', 'property', 'type', 'default', 'description'],
    (e.attributes ?? []).map((a) => [`\`${a.name}\``, `\`${a.fieldName ?? ''}\``, a.type?.text ?? '', a.default ?? '', a.description ?? '']))}`).join('\n'),
  events: () => table(['element', 'event', 'class', 'description'], elements.flatMap((e) =>
    (e.events ?? []).filter((ev) => ev.name).map((ev) => [`\`<${e.tagName}>\``, `\`${ev.name}\``, ev.type?.text ?? '', ev.description ?? '']))),
  slots: () => table(['element', 'slot', 'description'], elements.flatMap((e) =>
    (e.slots ?? []).map((s) => [`\`<${e.tagName}>\``, s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']))),
  parts: () => table(['element', 'part', 'description'], elements.flatMap((e) =>
    (e.cssParts ?? []).map((p) => [`\`<${e.tagName}>\``, `\`${p.name}\``, p.description ?? '']))),
  tokens: () => {
    const seen = new Map();
    for (const e of elements) for (const p of e.cssProperties ?? []) if (!seen.has(p.name)) seen.set(p.name, p.description ?? '');
    return table(['custom property', 'description'], [...seen].map(([name, description]) => [`\`${name}\``, description]));
  },
};

const targets = ['../README.md', '../../../docs/embedding.md', '../../../docs/theming.md', '../../../docs/events.md'];
for (const target of targets) {
  const path = here(target);
  let text;
  try { text = readFileSync(path, 'utf8'); } catch { continue; }
  const next = text.replace(/(<!-- api:(\w+) -->\n)[\s\S]*?(<!-- \/api:\2 -->)/g, (match, open, name, close) =>
    sections[name] ? `${open}${sections[name]()}${close}` : match);
  if (next !== text) writeFileSync(path, next);
}
