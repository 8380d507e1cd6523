#!/usr/bin/env node
// A real PostgreSQL for the tests. PLSKIT_TEST_PG (a postgres:// URL) when
// given; otherwise a throwaway server from the machine's PostgreSQL binaries:
// initdb into a temporary folder, listen on a free loopback port, stop and
// delete it afterwards. Where none is found and we run as root on Debian,
// installs Debian's `postgresql` (as scripts/chromium.mjs does for Chromium);
// elsewhere it says exactly what to install and fails.
//
//   node scripts/postgres.mjs -- cmd …   runs cmd with PLSKIT_TEST_PG set
//   vitest globalSetup                    provides its URL as inject('plskitTestPg')
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDebianPackages } from './debian-packages.mjs';
import { freePort } from './free-port.mjs';

const isRoot = process.getuid?.() === 0;

/** The folder holding initdb, pg_ctl and postgres: Debian's newest, else the PATH's. */
function findBinaries() {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v pg_config'], { encoding: 'utf8' });
  if (which.status === 0) {
    const bindir = spawnSync(which.stdout.trim(), ['--bindir'], { encoding: 'utf8' }).stdout.trim();
    if (existsSync(join(bindir, 'initdb'))) return bindir;
  }
  return undefined;
}

function binaries() {
  let bin = findBinaries();
  if (bin) return bin;
  if (installDebianPackages(['postgresql'], '[postgres] none found (about 30 s)')) {
    bin = findBinaries();
    if (bin) return bin;
  }
  throw new Error(
    'No PostgreSQL server found. The storage tests need one:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y postgresql\n' +
      '  macOS:         brew install postgresql@16\n' +
      '  or set PLSKIT_TEST_PG=postgres://user@host:port/database (a database the tests may create databases on).',
  );
}

/** PostgreSQL refuses to run as root: as root, run its programs as the postgres user. */
function serverUser() {
  if (!isRoot) return undefined;
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('Running as root needs a "postgres" user to run the server as (Debian\'s package creates one).');
  return { uid, gid };
}

function run(bin, program, args, user) {
  const result = spawnSync(join(bin, program), args, { encoding: 'utf8', ...user });
  if (result.status !== 0) throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Starts (or, with PLSKIT_TEST_PG, borrows) a PostgreSQL server; one it started can also be taken down and up again.
 * @returns {Promise<{ url: string, stop(): Promise<void>, down?(): void, up?(): void }>}
 */
export async function startTestPostgres() {
  if (process.env.PLSKIT_TEST_PG) return { url: process.env.PLSKIT_TEST_PG, stop: async () => {} };
  const bin = binaries();
  const user = serverUser();
  const root = mkdtempSync(join(tmpdir(), 'plskit-pg-'));
  if (user) chownSync(root, user.uid, user.gid);
  const data = join(root, 'data');
  // trust on loopback only: the server lives as long as the test run, in a folder only we use
  run(bin, 'initdb', ['-D', data, '-U', 'plskit', '--auth=trust', '--encoding=UTF8', '--lc-collate=C', '--lc-ctype=C.UTF-8', '--no-sync'], user);
  const port = await freePort();
  // durability off: a test database is thrown away, and fsync would dominate the run time
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => run(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'server.log'), '-w', '-t', '60', 'start'], user);
  start();
  let stopped;
  return {
    url: `postgres://plskit@127.0.0.1:${port}/postgres`,
    // an outage on purpose (the storage-failure tests): down keeps the data, up starts it again on the same port
    down: () => run(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], user),
    up: start,
    stop() {
      stopped ??= new Promise((resolve) => {
        const stop = spawn(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], { stdio: 'ignore', ...user });
        stop.on('exit', () => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
      });
      return stopped;
    },
  };
}

/** Creates an empty database on the server at `serverUrl` and returns its URL. */
export async function createDatabase(serverUrl) {
  const { default: pg } = await import('pg');
  const name = `plskit_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Vitest's global setup: one server for the whole run, its URL given to the tests. */
export async function setup(project) {
  const pg = await startTestPostgres();
  project.provide('plskitTestPg', pg.url);
  return () => pg.stop();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dashes = process.argv.indexOf('--');
  const pg = await startTestPostgres();
  if (dashes === -1) {
    console.log(pg.url);
    await pg.stop();
  } else {
    const [cmd, ...args] = process.argv.slice(dashes + 1);
    const child = spawn(cmd, args, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: { ...process.env, PLSKIT_TEST_PG: pg.url, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` },
    });
    const stopAndExit = (code) => pg.stop().then(() => process.exit(code));
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => stopAndExit(code ?? (signal ? 1 : 0)));
  }
}
