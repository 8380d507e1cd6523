// A journey's click lands on what it aims at even when the page moves under it:
// a widget above finishing its load can push the target away between the
// driver's aim and its press (in WebKit, a strict-CSP journey's "start" once
// landed on another widget's radio button that way). Playwright checks the
// hit target itself; scripts/webdriver/page.mjs does the same for WebKit.
//   node --test e2e/moving-click.test.mjs   (PLSKIT_ENGINE=webkit for WebKit)
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { launchBrowser } from '../scripts/launch-browser.mjs';

// three blocks 60 px tall; the pointer's coming over the page folds the top one away,
// so a press aimed at the target's centre before the move lands on the block below it
const movingPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>a page that moves</title>
<style>body { margin: 0 } #above, button { display: block; height: 60px; width: 200px; margin: 0 }</style></head>
<body><div id="above"></div><button id="target" type="button">target</button><button id="below" type="button">below</button>
<script type="module">
  window.heard = [];
  for (const button of document.querySelectorAll('button')) {
    button.addEventListener('click', () => window.heard.push(button.id));
  }
  // WebKit's driver says pointerover as it moves in, Playwright's mouse pointerover and pointermove
  const fold = () => { document.getElementById('above').style.height = '0'; };
  for (const type of ['pointerover', 'pointermove']) addEventListener(type, fold, { once: true });
</script></body></html>`;

let server;
let browser;

before(async () => {
  server = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(movingPage));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('a click aimed before the page moved is aimed again: the target hears it once, the element that moved under the pointer never', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => Array.isArray(window.heard));
  await tab.locator('#target').click();
  assert.deepEqual(await tab.evaluate(() => window.heard), ['target']);
  // the page did move: the target is where the block above it was
  assert.equal(await tab.locator('#target').evaluate((element) => element.getBoundingClientRect().top), 0);
  await context.close();
});
