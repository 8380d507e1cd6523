// What the staff demo page promises: `npm start`'s sandbox says loudly that it
// trusts its development key, `plskit-sandbox staff-token` prints a token for
// it, and pasted into /demo/staff.html the desk shows the member's roster of a
// center (a booking made on the web with its contact masked) and checks the
// visitor in, under the demo's strict policy; a hotline operator books a visit
// for a caller there (the caller booking's chunk importing the booker's, as the
// CDN plan keeps it). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoSession } from './demo-session.mjs';

const demo = demoSession('staff');
const CLI = fileURLToPath(new URL('../packages/sandbox/bin/plskit-sandbox.js', import.meta.url));

/** A token as an operator gets one: `plskit-sandbox staff-token` on the demo's database. */
const staffToken = (...args) => execFileSync(process.execPath, [CLI, 'staff-token', ...args],
  { env: { ...process.env, PLSKIT_DB: demo.db }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The staff demo page opened, with the console's errors and uncaught ones collected. */
async function staffPage() {
  const page = await demo.browser.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${demo.sandbox.url}/demo/staff.html`);
  return { page, problems };
}

test('a token printed by staff-token, pasted into the staff demo page, opens the center\'s roster and checks a visitor in', async () => {
  assert.match(demo.sandbox.printed(), /development/i);
  const token = staffToken('--role', 'center-staff', '--center', 'sc-370811', '--name', '李主任');
  const notice = await (await fetch(`${demo.sandbox.url}/v1/privacy-notices/appointments`)).json();
  const booked = await fetch(`${demo.sandbox.url}/v1/appointments`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ center: 'sc-370811', service: 'mediation', slotStart: '2026-09-01T15:00:00+08:00',
      contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: notice.version, agreed: true } }),
  });
  assert.equal(booked.status, 201);
  const { reference } = await booked.json();

  const { page, problems } = await staffPage();
  const desk = page.locator('pls-staff-desk');
  await desk.locator('[part~="error"]', { hasText: '尚未登录' }).waitFor({ timeout: 15000 });
  await page.locator('#token').fill(token);
  await page.getByRole('button', { name: '使用这个令牌 / Use this token' }).click();
  assert.equal(await page.locator('#token').inputValue(), '', 'the field forgets the token once handed over');
  await desk.locator('[part~="member"]', { hasText: '李主任' }).waitFor({ timeout: 15000 });
  // the demo's day is the sandbox's (1 September 2026), not the browser's: the page picks it, as a portal may
  await page.evaluate(() => document.querySelector('pls-staff-desk').setAttribute('date', '2026-09-01'));
  const row = desk.locator('[part~="visit"]', { hasText: reference });
  await row.waitFor({ timeout: 15000 });
  assert.match(await row.textContent(), /王\*\*[\s\S]*138\*\*\*\*8000/);
  await row.locator('[part~="check-in-button"]').click();
  await desk.locator(`#status-${reference}`, { hasText: '已到' }).waitFor({ timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, location.href.includes('ey')]), [0, 0, false]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a hotline operator books a visit for a caller on the demo page (the CDN chunks, the strict policy): it is on the roster marked hotline', async () => {
  const token = staffToken('--role', 'hotline-operator', '--name', '周话务员');
  const { page, problems } = await staffPage();
  const desk = page.locator('pls-staff-desk');
  await page.evaluate(() => { const element = document.querySelector('pls-staff-desk'); element.setAttribute('center', 'sc-370811'); element.setAttribute('date', '2026-09-01'); });
  await page.locator('#token').fill(token);
  await page.getByRole('button', { name: '使用这个令牌 / Use this token' }).click();
  await desk.locator('[part~="book-for-caller-button"]').click();
  await desk.locator('#service').selectOption('legal-consultation');
  await desk.locator('#c-sc-370811').waitFor({ timeout: 15000 });
  await desk.locator('[part~="continue-button"]').click();
  await desk.locator('[data-date="2026-09-10"]').click();
  await desk.locator('[part~="slots"] input:not([disabled])').first().check();
  await desk.locator('[part~="continue-button"]').click();
  await desk.locator('#name').fill('李秀兰');
  await desk.locator('#phone').fill('13900139000');
  await desk.locator('#consent').check();
  await desk.locator('[part~="continue-button"]').click();
  await desk.locator('[part~="book-button"]').click();
  const reference = (await desk.locator('[part~="reference"]').textContent({ timeout: 15000 })).trim();
  await desk.locator('[part~="back-to-roster-button"]').click();
  await desk.locator('[part~="visit"]', { hasText: reference }).filter({ hasText: '热线' }).waitFor({ timeout: 15000 });
  assert.deepEqual(problems, []);
  await page.close();
});
