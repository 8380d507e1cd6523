// The staff desk is for a city's intranet: no file a resident's page loads
// through the CDN loader may carry it or the SDK's staff calls. Read from the
// build's own size budgets (.size-limit.json lists every file each page loads).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { budgets, files } from './budget-files.mjs';

// the loader names every tag it may load; the staff calls and the desk's code are what must stay out
const STAFF_CODE = /v1\/staff\/|staff-token-missing|closures-write/;

test('a page with any resident widget, or all of them, loads no staff code; the staff desk\'s own page does', () => {
  const residentPages = budgets.filter((check) => check.name.startsWith('a page with') && !check.name.includes('pls-staff-desk'));
  assert.ok(residentPages.length >= 5, 'the four resident widgets and the page with every one');
  for (const page of residentPages) {
    for (const file of files(page.path)) assert.doesNotMatch(readFileSync(file, 'utf8'), STAFF_CODE, `${page.name}: ${file}`);
  }
  const desk = budgets.find((check) => check.name === 'a page with only <pls-staff-desk>: every file it loads, lit included');
  assert.ok(files(desk.path).some((file) => STAFF_CODE.test(readFileSync(file, 'utf8'))));
});
