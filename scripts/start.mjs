#!/usr/bin/env node
// `npm start`: builds everything, then starts the sandbox (API + demo partner
// page, one process) on .plskit/sandbox.db, or PLSKIT_DB, HOST, PORT if set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('npm start: the build failed (see above); the sandbox was not started.');
  process.exit(build.status ?? 1);
}
if (!existsSync('packages/elements/dist/cdn/plskit.js')) {
  console.warn('npm start: packages/elements/dist/cdn/plskit.js is missing: the demo page will say the widgets are not built.');
}

// the sandbox handles SIGINT/SIGTERM itself: forward them and exit with it
const sandbox = spawn(process.execPath, ['packages/sandbox/bin/plskit-sandbox.js'], {
  stdio: 'inherit',
  env: { ...process.env, HOST: process.env.HOST ?? '127.0.0.1', PORT: process.env.PORT ?? '8787' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => sandbox.kill(signal));
sandbox.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
