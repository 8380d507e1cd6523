// The booker's promise on the demo partner page, on a 360-px-wide phone, with the
// keyboard alone, in senior mode and in English: book a legal-aid application at
// the 任城区 center on a make-up working day (Sunday 20 September 2026, worked
// before National Day), add it to a calendar, print, come back with the manage
// link, move it and cancel it. Needs `npm run build` first. In WebKit the
// window is as narrow as MiniBrowser allows (447 px; the component test walks
// the same journey at 360 px in every engine) and the calendar file is the one
// the page offers: WebDriver cannot see a download.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { demoSession } from './demo-session.mjs';

const demo = demoSession('booker');

async function press(page, locator, key) {
  await locator.focus();
  await page.keyboard.press(key);
}

test('demo page, 360 px, keyboard only, senior mode, English: book on a make-up working day, calendar, print, manage link, move, cancel', async () => {
  const page = await demo.browser.newPage({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  await page.goto(`${demo.sandbox.url}/demo/`);
  for (const id of ['toggle-senior', 'toggle-locale']) await press(page, page.locator(`#${id}`), 'Enter');
  const booker = page.locator('pls-appointment-booker');

  // 1. where: the service typed into its closed select, the provider's county, the center
  // (once the English strings, a chunk of their own, have arrived: typing matches what the select shows)
  await booker.locator('#service option[value="legal-aid-application"]').filter({ hasText: /^Legal-aid/ }).waitFor({ state: 'attached' });
  await booker.locator('#service').focus();
  await page.keyboard.type('Legal-aid');
  assert.equal(await booker.locator('#service').inputValue(), 'legal-aid-application');
  await press(page, booker.locator('#c-sc-370811'), 'Space');
  await press(page, booker.locator('[part~="continue-button"]'), 'Enter');

  // 2. when: two weeks down, to the week's end: Sunday the 20th, open as a make-up day
  await booker.locator('td[tabindex="0"]').focus({ timeout: 15000 });
  for (const key of ['ArrowDown', 'ArrowDown', 'End']) await page.keyboard.press(key);
  const sunday = booker.locator('[data-date="2026-09-20"]');
  assert.match(await sunday.locator('.label').textContent(), /Make-up working day \(National Day\)/);
  await page.keyboard.press('Enter');
  await press(page, booker.locator('[part~="slots"] input:not([disabled])').first(), 'Space');
  await press(page, booker.locator('[part~="continue-button"]'), 'Enter');

  // 3. who, under the notice shown in full
  await booker.locator('[part~="privacy-notice"]').waitFor();
  await booker.locator('#name').focus();
  await page.keyboard.type('Wang Xiaoming');
  await booker.locator('#phone').focus();
  await page.keyboard.type('13800138000');
  await press(page, booker.locator('#consent'), 'Space');
  await press(page, booker.locator('[part~="continue-button"]'), 'Enter');

  // 4 and 5: book; the reference, the calendar file, printing
  await press(page, booker.locator('[part~="book-button"]'), 'Enter');
  const reference = (await booker.locator('[part~="reference"]').textContent({ timeout: 15000 })).trim();
  assert.match(reference, /^JN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, booker.locator('[part~="calendar-button"]'), 'Enter')]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /DTSTART;TZID=Asia\/Shanghai:20260920T083000/);
  assert.equal(ics.includes('Wang Xiaoming') || ics.includes('13800138000'), false);
  await press(page, booker.locator('[part~="print-button"]'), 'Enter');
  assert.equal(await page.evaluate(() => window.printed), 1);
  const link = await booker.locator('[part~="manage-link"]').getAttribute('href');
  assert.ok(new URL(link).hash.startsWith(`#pls-appointment=${reference}.`));

  // 6. back later with the link: masked contact; move to Monday; cancel after confirming
  await page.goto('about:blank');
  await page.goto(link);
  for (const id of ['toggle-senior', 'toggle-locale']) await press(page, page.locator(`#${id}`), 'Enter');
  await booker.locator('[part~="reschedule-button"]').waitFor({ timeout: 15000 });
  assert.equal(new URL(await page.url()).hash, '', 'the token is taken out of the address bar');
  assert.match(await booker.locator('.summary').innerText(), /138\*\*\*\*8000/);
  await press(page, booker.locator('[part~="reschedule-button"]'), 'Enter');
  await booker.locator('td[tabindex="0"]').focus({ timeout: 15000 });
  for (const key of ['ArrowDown', 'ArrowDown', 'End', 'ArrowRight']) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await press(page, booker.locator('[part~="slots"] input:not([disabled])').first(), 'Space');
  await press(page, booker.locator('[part~="confirm-button"]'), 'Enter');
  await booker.locator('.message', { hasText: 'Moved' }).waitFor();
  assert.match(await booker.locator('.summary').innerText(), /September 21/);
  await press(page, booker.locator('[part~="cancel-button"]'), 'Enter');
  await press(page, booker.locator('[part~="confirm-button"]'), 'Enter');
  await booker.locator('#step-heading', { hasText: 'Cancelled' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
