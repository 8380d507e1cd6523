#!/usr/bin/env node
// Fails when packages/sdk/src/generated/schema.ts is not exactly what
// openapi-typescript makes of the contract today: it is generated, never edited.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'packages/sdk/src/generated/schema.ts';
const fresh = join(mkdtempSync(join(tmpdir(), 'plskit-gen-')), 'schema.ts');
execFileSync('npx', ['openapi-typescript', 'openapi/public-legal-services.yaml', '-o', fresh], { stdio: 'pipe' });
if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
  console.error(`${committed} is stale: run \`npm run generate\` and commit the result (never edit it by hand).`);
  process.exit(1);
}
console.log(`${committed} matches the contract.`);
