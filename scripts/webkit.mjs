// WebKit for the browser tests: Debian's WebKitGTK, whose WebKitWebDriver
// drives its MiniBrowser (Safari's engine) on a virtual display (Xvfb), over
// classic WebDriver. Nothing is downloaded. Where a piece is missing and we run
// as root on Debian, installs webkit2gtk-driver and xvfb (with the CJK fonts
// the widgets' Chinese text needs); elsewhere it says exactly what to install
// and exits non-zero.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { installDebianPackages } from './debian-packages.mjs';
import { freePort } from './free-port.mjs';

/** MiniBrowser lives under the multiarch library folder: /usr/lib/<triplet>/webkit2gtk-4.1/. */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const lib = '/usr/lib';
  const triplets = existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('-linux-gnu')) : [];
  return triplets.map((triplet) => `${lib}/${triplet}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path));
}

function found() {
  const pieces = { driver: process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver', browser: miniBrowser(), xvfb: '/usr/bin/Xvfb' };
  return Object.values(pieces).every((path) => path && existsSync(path)) ? pieces : undefined;
}

/** The WebKitWebDriver, MiniBrowser and Xvfb binaries. */
export function findWebKit() {
  let pieces = found();
  if (pieces) return pieces;
  if (installDebianPackages(['webkit2gtk-driver', 'xvfb', 'fonts-noto-cjk'], '[webkit] WebKitGTK\'s driver or Xvfb not found (about 40 s)')) {
    pieces = found();
    if (pieces) return pieces;
  }
  console.error(
    '[webkit] No WebKitGTK WebDriver found. The browser tests run in WebKit too:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y webkit2gtk-driver xvfb fonts-noto-cjk\n' +
      '  or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER to a WebKitWebDriver and the MiniBrowser it drives.',
  );
  process.exit(1);
}

/**
 * What WebKitWebDriver needs to start MiniBrowser for a session, asked through
 * webdriverio: classic WebDriver, since WebKitWebDriver refuses a session that
 * asks for BiDi (webdriverio's default).
 */
export function webkitCapabilities(browser = findWebKit().browser) {
  return { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
    'wdio:enforceWebDriverClassic': true };
}

/** Starts a process in its own group, so that stopping it also stops what it started (MiniBrowser, its web processes). */
function start(command, args, options) {
  const child = spawn(command, args, { detached: true, ...options });
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    return exited;
  };
  // never leave a display or a browser behind, even when the test run is interrupted
  process.once('exit', () => child.exitCode === null && child.signalCode === null && process.kill(-child.pid, 'SIGKILL'));
  return { child, stop };
}

/** A virtual X display on a number Xvfb picks itself (-displayfd), so parallel runs never collide. */
async function startDisplay(xvfb) {
  const display = start(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let said = '';
  display.child.stderr.on('data', (chunk) => { said += chunk; });
  const number = await new Promise((resolve, reject) => {
    let digits = '';
    display.child.stdio[3].on('data', (chunk) => {
      digits += chunk;
      if (digits.includes('\n')) resolve(digits.trim());
    });
    display.child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before opening a display:\n${said}`)));
  });
  return { name: `:${number}`, stop: display.stop };
}

/**
 * Starts Xvfb and WebKitWebDriver on free loopback ports; `url` is the driver's
 * endpoint, `capabilities` what a session needs; `stop()` ends both.
 */
export async function startWebKitDriver() {
  const { driver, browser, xvfb } = findWebKit();
  const display = await startDisplay(xvfb);
  const port = await freePort();
  let said = '';
  const server = start(driver, [`--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: display.name } });
  for (const stream of [server.child.stdout, server.child.stderr]) stream.on('data', (chunk) => { said += chunk; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`${url}/status`).then((reply) => reply.ok, () => false);
    if (ready) break;
    if (server.child.exitCode !== null || Date.now() > deadline) {
      await Promise.all([server.stop(), display.stop()]);
      throw new Error(`WebKitWebDriver did not start on ${url}:\n${said}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    capabilities: webkitCapabilities(browser),
    async stop() {
      await server.stop();
      await display.stop();
    },
  };
}
