// A page pays for its own widget only: no file a one-widget page loads through
// the CDN loader, and no later screen's chunk, carries another widget's code.
// Read from the build's size budgets (.size-limit.json lists every file each
// page and later screen loads) and the source maps of those files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WIDGET_TAGS } from '../packages/elements/dist/widgets.js';
import { budgets, files } from './budget-files.mjs';

const dist = fileURLToPath(new URL('../packages/elements/dist', import.meta.url));
/** The modules of the elements package a built file holds, as paths in dist/ ("links/booking-link.js"). */
const modulesOf = (file) => JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources
  .map((source) => relative(dist, resolve(dirname(file), source)))
  .filter((module) => !module.startsWith('..'));
const folder = (tag) => tag.replace(/^pls-/, '');
const widgetFolders = WIDGET_TAGS.map(folder);
const widgetOf = (module) => widgetFolders.find((name) => module.startsWith(`${name}/`));

test('a page with one widget loads no module of another widget; a finder-only page not the booking link or the clipboard code others use', () => {
  const pages = WIDGET_TAGS.map((tag) => [tag, budgets.find((check) => check.name === `a page with only <${tag}>: every file it loads, lit included`)]).filter(([, page]) => page);
  assert.ok(pages.length >= 7, 'every widget with a page budget');
  for (const [tag, page] of pages) {
    const modules = files(page.path).flatMap(modulesOf);
    assert.deepEqual(modules.filter((module) => widgetOf(module) && widgetOf(module) !== folder(tag)), [], page.name);
  }
  const finder = files(pages.find(([tag]) => tag === 'pls-lawyer-finder')[1].path).flatMap(modulesOf);
  assert.ok(finder.includes('lawyer-finder/pls-lawyer-finder.js') && finder.includes('base/pls-element.js'));
  for (const module of ['links/booking-link.js', 'clipboard/clipboard-copy.js']) assert.ok(!finder.includes(module), module);
});

test('a later screen\'s own chunk holds one widget\'s modules at most (the booker\'s check view never the question form\'s)', () => {
  const screens = budgets.filter((check) => check.name.includes(', a later screen: '));
  assert.ok(screens.length >= 19, 'every later screen has its budget');
  for (const screen of screens) {
    const name = screen.name.slice(0, screen.name.indexOf(','));
    const own = files(screen.path).find((file) => file.endsWith('.js') && file.slice(file.lastIndexOf('/') + 1, -12) === name);
    assert.ok(own, `${name}: its chunk is among its files`);
    const widgets = new Set(modulesOf(own).map(widgetOf).filter(Boolean));
    assert.ok(widgets.size <= 1, `${name}: ${[...widgets].join(', ')}`);
  }
});
