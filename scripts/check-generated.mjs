#!/usr/bin/env node
// Fails when a file generated from the contract (see scripts/generate.mjs) is
// not exactly what the generators make of the contract today: generated files
// are never edited by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { GENERATED_DIRS, generatedFiles } from './generate.mjs';
import { ROOT } from './contract-schemas.mjs';

let stale = 0;
const files = generatedFiles();
for (const dir of GENERATED_DIRS) {
  for (const name of readdirSync(new URL(dir, ROOT))) {
    if (files.has(`${dir}/${name}`)) continue;
    console.error(`${dir}/${name} is no longer generated from the contract: run \`npm run generate\` and commit the result.`);
    stale++;
  }
}
for (const [path, content] of files) {
  if (!existsSync(new URL(path, ROOT))) {
    console.error(`${path} is missing: run \`npm run generate\` and commit the result.`);
    stale++;
  } else if (content === readFileSync(new URL(path, ROOT), 'utf8')) console.log(`${path} matches the contract.`);
  else {
    console.error(`${path} is stale: run \`npm run generate\` and commit the result (never edit it by hand).`);
    stale++;
  }
}
process.exit(stale > 0 ? 1 : 0);
