#!/usr/bin/env node
// Fails when a generated copy of the contract's types is not exactly what
// openapi-typescript makes of the contract today: they are generated, never edited.
// The SDK and the sandbox each hold their own copy (the sandbox never depends on the SDK).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'plskit-gen-')), 'schema.ts');
execFileSync('npx', ['openapi-typescript', 'openapi/public-legal-services.yaml', '-o', fresh], { stdio: 'pipe' });
const expected = readFileSync(fresh, 'utf8');
let stale = false;
for (const committed of ['packages/sdk/src/generated/schema.ts', 'packages/sandbox/src/generated/contract.ts']) {
  if (readFileSync(committed, 'utf8') === expected) {
    console.log(`${committed} matches the contract.`);
  } else {
    console.error(`${committed} is stale: run \`npm run generate\` and commit the result (never edit it by hand).`);
    stale = true;
  }
}
if (stale) process.exit(1);
