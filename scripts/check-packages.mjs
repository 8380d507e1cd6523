#!/usr/bin/env node
// What a partner installs, checked as npm would publish it: packs every
// workspace package (after `npm run build`), then for each tarball: the files
// (licence, readme, changelog; no build leftovers), the metadata npm shows,
// publint and are-the-types-wrong, readme links that work on npmjs.com; then
// that the packages release together at the version the docs load from the
// CDN (every CDN URL in the docs versioned, on a real CDN or the example
// host), and that no runtime dependency refuses the Node we support.
// `--out <dir>` keeps the tarballs (the example apps install them).
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';
import { cdnUrlProblems } from './releasing/cdn-urls.mjs';

const root = resolve(import.meta.dirname, '..');
const rootPackage = readJson(join(root, 'package.json'));
const REPOSITORY = rootPackage.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const WORKSPACES = rootPackage.workspaces; // packages/core, packages/sdk, ...
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : mkdtempSync(join(tmpdir(), 'plskit-packs-'));
mkdirSync(out, { recursive: true });

const problems = [];
const problem = (where, text) => problems.push(`${where}: ${text}`);

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
function run(command, args, options = {}) {
  return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

const execFileAsync = promisify(execFile);
async function lint(name, tool, args) {
  try {
    await execFileAsync(join(root, 'node_modules/.bin', tool), args, { cwd: root });
  } catch (error) {
    problem(name, `${tool}:\n${error.stdout}${error.stderr}`);
  }
}
const linting = [];

// 1. pack, as `npm publish` would (prepack scripts included)
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out, ...WORKSPACES.flatMap((w) => ['-w', w])]));

for (const [index, tarball] of packed.entries()) {
  const dir = WORKSPACES[index];
  const name = tarball.name;
  const manifest = readJson(join(root, dir, 'package.json'));
  const files = tarball.files.map((f) => f.path);

  // 2. files: what a user needs, nothing the build leaves behind
  for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!files.includes(required)) problem(name, `${required} is not in the tarball`);
  }
  // the sandbox validates against the contract it ships (copied in by prepack, removed by postpack)
  if (name === '@plskit/sandbox' && !files.includes('openapi/public-legal-services.yaml')) problem(name, 'the contract is not in the tarball');
  for (const file of files) {
    // (the build's .br/.gz copies are the sandbox's to serve: a CDN compresses for itself)
    if (/\.tsbuildinfo$|(^|\/)\.size-limit|^dist\/size\/|^test\/|\.test\.[cm]?[jt]s$|\.(br|gz)$/.test(file)) problem(name, `ships ${file}, which no user needs`);
  }

  // 3. what npmjs.com shows next to the readme
  if (manifest.license !== 'MIT') problem(name, 'license is not MIT');
  if (manifest.repository?.url !== rootPackage.repository.url || manifest.repository?.directory !== dir) {
    problem(name, `repository should be { url: ${rootPackage.repository.url}, directory: ${dir} }`);
  }
  if (!manifest.homepage?.startsWith(REPOSITORY)) problem(name, `homepage is not in ${REPOSITORY}`);
  if (manifest.bugs?.url !== `${REPOSITORY}/issues`) problem(name, `bugs.url is not ${REPOSITORY}/issues`);
  if (manifest.engines?.node !== rootPackage.engines.node) problem(name, `engines.node is not ${rootPackage.engines.node}`);

  // 4. the tarball as resolvers see it (in parallel: each tool takes seconds)
  const file = join(out, tarball.filename);
  linting.push(lint(name, 'publint', [file, '--strict', '--level', 'suggestion']),
    // a stylesheet (the elements' themes/*.css) is no module: there are no types to resolve for it
    lint(name, 'attw', [file, '--profile', 'esm-only', '--format', 'ascii', ...Object.keys(manifest.exports ?? {})
      .filter((entry) => entry.endsWith('.css')).flatMap((entry) => ['--exclude-entrypoints', entry])]));

  // 5. the readme is read on npmjs.com, where only absolute links resolve;
  // links into this repository must name a file that exists
  const readme = readFileSync(join(root, dir, 'README.md'), 'utf8');
  for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (target.startsWith('#')) continue;
    if (!/^https:\/\//.test(target)) { problem(name, `README link ${target} does not resolve on npmjs.com: use ${REPOSITORY}/blob/main/…`); continue; }
    const inRepository = target.match(new RegExp(`^${REPOSITORY.replace(/[.]/g, '\\.')}/(?:blob|tree)/main/([^#?]+)`));
    if (inRepository && !existsSync(join(root, inRepository[1]))) problem(name, `README link ${target} names a file the repository does not have`);
  }
}

await Promise.all(linting);

// 6. one release: the four packages version together, at the version the docs load
const versioned = mkdtempSync(join(tmpdir(), 'plskit-version-'));
cpSync(join(root, 'package.json'), join(versioned, 'package.json'));
cpSync(join(root, '.changeset'), join(versioned, '.changeset'), { recursive: true });
for (const dir of WORKSPACES) {
  mkdirSync(join(versioned, dir), { recursive: true });
  cpSync(join(root, dir, 'package.json'), join(versioned, dir, 'package.json'));
}
run('node', [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: versioned });
const released = new Map(WORKSPACES.map((dir) => [readJson(join(versioned, dir, 'package.json')).name, readJson(join(versioned, dir, 'package.json')).version]));
const versions = new Set(released.values());
if (versions.size !== 1) problem('changeset version', `the packages would release at different versions: ${[...released].map(([n, v]) => `${n}@${v}`).join(', ')}`);
const [release] = versions;
const documents = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => join('docs', f)), ...WORKSPACES.map((dir) => join(dir, 'README.md'))];
for (const document of documents.filter((d) => d.endsWith('.md'))) {
  for (const text of cdnUrlProblems(readFileSync(join(root, document), 'utf8'), release)) problem(document, text);
}

// 7. no runtime dependency that refuses the oldest Node we support
const oldestNode = semver.minVersion(rootPackage.engines.node).version;
for (const [path, entry] of Object.entries(readJson(join(root, 'package-lock.json')).packages)) {
  if (!path.includes('node_modules/') || entry.dev || !entry.engines?.node) continue;
  if (!semver.satisfies(oldestNode, entry.engines.node)) problem(path.replace(/^.*node_modules\//, ''), `${entry.version} wants Node ${entry.engines.node}; we support ${rootPackage.engines.node}`);
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(`${packed.map((t) => `${t.name}@${t.version} (${t.entryCount} files, ${(t.unpackedSize / 1024).toFixed(0)} KB)`).join(', ')}: `
  + `files, metadata, publint, are-the-types-wrong and readme links ok; next release ${release} for all four, as the docs say; `
  + `every runtime dependency runs on Node ${oldestNode}. Tarballs in ${out}`);
