// The sandbox serves its demo page and bundle folders, and nothing else of the
// machine: no dotfile (.env, .git), no file a symlink inside the folder leads
// to outside it; links within the folder, and a folder that is itself a link
// (a release directory), keep working.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { FIXED_NOW, send } from './attacker.js';

const work = mkdtempSync(join(tmpdir(), 'plskit-static-'));
const outside = join(work, 'outside');
const release = join(work, 'release-42');
let sandbox: RunningSandbox;

beforeAll(async () => {
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'PLSKIT_DATA_KEY=not-for-the-web');
  mkdirSync(join(release, '.git'), { recursive: true });
  writeFileSync(join(release, 'plskit.js'), 'export {};\n');
  writeFileSync(join(release, '.env'), 'PLSKIT_DB=postgres://admin:secret@db/plskit');
  writeFileSync(join(release, '.git', 'config'), '[remote "origin"]');
  symlinkSync(join(outside, 'secret.txt'), join(release, 'leak.js'));
  symlinkSync(outside, join(release, 'linked'));
  symlinkSync('plskit.js', join(release, 'alias.js'));
  // the served folder is itself a link, as a deployment's current/ is
  symlinkSync(release, join(work, 'current'));
  sandbox = await startSandbox({ port: 0, db: ':memory:', now: FIXED_NOW, logger: false, demoDir: false, cdnDir: join(work, 'current'), rateLimit: false });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(work, { recursive: true, force: true });
});

describe('static files', () => {
  it('are never dotfiles, nor reached through a symlink out of their folder', async () => {
    for (const path of ['.env', '%2Eenv', '.git/config', 'leak.js', 'linked/secret.txt', 'linked/', '..%2Foutside%2Fsecret.txt']) {
      const reply = await send(`${sandbox.url}/cdn/${path}`);
      expect([path, reply.status]).toEqual([path, 404]);
      expect(reply.text).not.toContain('secret');
    }
  });

  it('are served from a folder that is a link, and through links that stay inside it', async () => {
    for (const path of ['plskit.js', 'alias.js']) expect((await send(`${sandbox.url}/cdn/${path}`)).text).toBe('export {};\n');
  });
});
