// The notary checklist's promise on the demo partner page: for the four cases
// of a Jining resident, from nothing to a printed, complete, cited list with
// the keyboard alone, in senior mode and in English; and a gift through an
// agent refused with the rule's article and what to do instead. Needs
// `npm run build` first (npm test runs it before this step).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoSession, engine } from './demo-session.mjs';

const demo = demoSession('notary');

/** The demo page in senior mode and English, switched with the keyboard; window.print is recorded. */
async function openSeniorEnglish() {
  const page = await demo.browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  await page.goto(`${demo.sandbox.url}/demo/`);
  for (const id of ['toggle-senior', 'toggle-locale']) {
    await page.focus(`#${id}`);
    await page.keyboard.press('Enter');
  }
  const widget = page.locator('pls-notary-checklist');
  await widget.locator('[part~="search"]').waitFor();
  return { page, widget, problems };
}

/**
 * Waits, as a keyboard user listens for it, until the new screen has put focus
 * on its heading (after it painted): keys pressed before that would still act
 * on the screen before.
 */
const headingFocused = (page) => page.waitForFunction(() =>
  document.querySelector('pls-notary-checklist')?.shadowRoot?.activeElement?.id === 'step-heading', undefined, { timeout: 10_000 });

/** Types the search, picks the first match with Tab + Enter, then answers each one-screen question with the keyboard. */
async function walk(page, widget, { query, matter, answers }) {
  await widget.locator('[part~="search"]').focus();
  await page.keyboard.type(query);
  await widget.locator(`[part~="matter-button"][data-matter="${matter}"]`).first().waitFor();
  // the first match is the only one, or the one searched for
  assert.equal(await widget.locator('[part~="matter-button"]').first().getAttribute('data-matter'), matter);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (const answer of answers) {
    const form = widget.locator('[part~="questions"]');
    await form.waitFor();
    await headingFocused(page);
    const screen = await form.locator('.question').getAttribute('data-question');
    await page.keyboard.press('Tab'); // from the screen's heading to its control
    if (screen === 'destinationCountry') {
      const label = await form.locator(`option[value="${answer}"]`).textContent();
      await page.keyboard.type(label); // a closed select picks the option typed
      assert.equal(await form.locator('select').inputValue(), answer);
      // Enter does not submit from a select: on to "Back", then "Show the checklist"
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
    } else if (answer === true) {
      await page.keyboard.press('ArrowDown'); // the second choice: yes (or "someone else")
    } else {
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Enter');
    await form.locator(`.question[data-question="${screen}"]`).waitFor({ state: 'detached' });
  }
  const sheet = widget.locator('[part~="checklist"]');
  await sheet.waitFor();
  return sheet;
}

async function printWithKeyboard(page, widget) {
  await widget.locator('[part~="print-button"]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.printed), 1);
  if (engine !== 'chromium') return; // WebDriver cannot print to PDF; the print layout is a component test in every engine
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await page.emulateMedia({ media: 'screen' });
}

async function everyItemCited(widget) {
  const items = widget.locator('[part~="item"]');
  const count = await items.count();
  assert.ok(count > 2);
  for (let i = 0; i < count; i += 1) assert.match(await items.nth(i).locator('.basis').innerText(), /^(Basis|Source): .+/);
}

const CASES = [
  { name: 'a will, in person', query: 'will', matter: 'will', answers: [false, true, false],
    check: async (widget, sheet) => {
      assert.match(await widget.locator('[part~="home-visit"]').innerText(), /Rules on the Notarisation of Wills Art 5/);
      assert.equal(await sheet.getAttribute('data-legalisation'), 'none');
    } },
  { name: 'a power of attorney for a property sale, married, for Germany', query: 'power of', matter: 'power-of-attorney-property',
    answers: [false, false, true, true, true, 'DE'],
    check: async (widget, sheet) => {
      assert.equal(await sheet.getAttribute('data-legalisation'), 'apostille');
      assert.equal(await widget.locator('[data-item="marriage-certificate"]').count(), 1);
    } },
  { name: 'a no-criminal-record certificate for Vietnam', query: 'criminal', matter: 'no-criminal-record', answers: [false, true, 'VN'],
    check: async (widget, sheet) => {
      assert.equal(await sheet.getAttribute('data-legalisation'), 'consular');
      assert.match(await widget.locator('[data-item="consular-legalisation"]').innerText(), /Art 33/);
    } },
  { name: 'an inheritance through an agent', query: 'inherit', matter: 'inheritance', answers: [true, false, false, true, false],
    check: async (widget) => {
      assert.match(await widget.locator('[data-item="power-of-attorney"]').innerText(), /must itself be notarised/);
    } },
];

for (const { name, check, ...walkTo } of CASES) {
  test(`demo page, keyboard only, senior mode, English: ${name}`, async () => {
    const { page, widget, problems } = await openSeniorEnglish();
    const sheet = await walk(page, widget, walkTo);
    await everyItemCited(widget);
    assert.match(await widget.locator('[part~="time-limit"]').innerText(), /15 working days/);
    assert.match(await widget.locator('[part~="fee"]').innerText(), /unverified/);
    await check(widget, sheet);
    await printWithKeyboard(page, widget);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('demo page: a gift through an agent is refused with the article and what to do instead', async () => {
  const { page, widget } = await openSeniorEnglish();
  await walk(page, widget, { query: 'gift', matter: 'gift', answers: [true, false, true, true, false] });
  const refusal = await widget.locator('[part~="refusal"]').innerText();
  assert.match(refusal, /Notary Procedure Rules \(Ministry of Justice, 2006, amended 2020\), Art 11/);
  assert.match(refusal, /comes to the notary office/);
  // "book a visit" with the keyboard: the demo opens the booker on notarization at the checklist's center
  await widget.locator('[part~="offices"] .office').first().waitFor();
  const center = await widget.locator('[part~="offices"] .office').first().getAttribute('data-center');
  await widget.locator('[part~="book-button"]').focus();
  await page.keyboard.press('Enter');
  const booker = page.locator('pls-appointment-booker');
  assert.equal(await booker.getAttribute('service'), 'notarization');
  assert.equal(await booker.getAttribute('center'), center);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'appointments-title');
  await page.close();
});
