// <pls-legal-question> on the demo partner page: in senior mode and English,
// with the keyboard alone, a resident asks for a call back and keeps the
// link; the link opens the question. Needs `npm run build`
// first (npm test runs it before this step).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoSession } from './demo-session.mjs';

const demo = demoSession('question');

/** Waits until the new screen has put focus on its heading (keys pressed before would act on the screen before). */
const headingIs = (page, text) => page.waitForFunction((wanted) => {
  const active = document.querySelector('pls-legal-question')?.shadowRoot?.activeElement;
  return active?.id === 'step-heading' && active.textContent.trim() === wanted;
}, text, { timeout: 10_000 });

test('demo page, keyboard only, senior mode, English: a call back asked for, and followed with its link', async () => {
  const page = await demo.browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${demo.sandbox.url}/demo/`);
  for (const id of ['toggle-senior', 'toggle-locale']) {
    await page.focus(`#${id}`);
    await page.keyboard.press('Enter');
  }
  const form = page.locator('pls-legal-question');
  // 1. the topic (the county comes from the page's provider)
  await form.locator('#t-labour').focus();
  await page.keyboard.press('Space');
  await form.locator('[part~="continue-button"]').focus();
  await page.keyboard.press('Enter');
  // 2. the question
  await headingIs(page, 'Write your question');
  await form.locator('#question').focus();
  await page.keyboard.type('My employer has not paid my wages for three months. What can I do?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // 3. a call back on the first day offered, in the morning
  await headingIs(page, 'How would you like your answer?');
  await form.locator('#kind-list-callback').focus();
  await page.keyboard.press('Space');
  await form.locator('#day-list input').first().focus();
  await page.keyboard.press('Space');
  await form.locator('#part-list-morning').focus();
  await page.keyboard.press('Space');
  await form.locator('[part~="continue-button"]').focus();
  await page.keyboard.press('Enter');
  // 4. contact, the notice, consent
  await headingIs(page, 'How we can reach you');
  await form.locator('#name').focus();
  await page.keyboard.type('Wang Xiaoming');
  await form.locator('#phone').focus();
  await page.keyboard.type('13800138000');
  await form.locator('#consent').focus();
  await page.keyboard.press('Space');
  await form.locator('[part~="continue-button"]').focus();
  await page.keyboard.press('Enter');
  // 5. check and send
  await headingIs(page, 'Check your question');
  await form.locator('[part~="send-button"]').focus();
  await page.keyboard.press('Enter');
  // 6. the reference, the call's day, and the link
  const reference = (await form.locator('[part~="reference"]').textContent({ timeout: 15_000 })).trim();
  assert.match(reference, /^GD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.match(await form.locator('[part~="next"]').innerText(), /^Staff will phone you on .+ \(Morning\)\.$/);
  const link = await form.locator('[part~="follow-link"]').getAttribute('href');
  assert.equal(new URL(link).pathname, '/demo/');
  assert.equal(new URL(link).search, '');
  assert.match(new URL(link).hash, new RegExp(`^#pls-question=${reference}\\.`));

  // the link, opened: the question, received, and the token gone from the address bar
  await page.goto(link);
  assert.equal((await form.locator('[part~="status"]').textContent({ timeout: 15_000 })).trim(), 'Received');
  assert.equal(new URL(await page.url()).hash, '');
  assert.equal(await form.locator('[part~="timeline"] li').count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});
