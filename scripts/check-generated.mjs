#!/usr/bin/env node
// Fails when a file generated from the contract (see scripts/generate.mjs) is
// not exactly what the generators make of the contract today: generated files
// are never edited by hand.
import { readFileSync } from 'node:fs';
import { generatedFiles } from './generate.mjs';
import { ROOT } from './contract-schemas.mjs';

let stale = 0;
for (const [path, content] of generatedFiles()) {
  if (content === readFileSync(new URL(path, ROOT), 'utf8')) console.log(`${path} matches the contract.`);
  else {
    console.error(`${path} is stale: run \`npm run generate\` and commit the result (never edit it by hand).`);
    stale++;
  }
}
process.exit(stale > 0 ? 1 : 0);
