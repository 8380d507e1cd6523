#!/usr/bin/env node
// `npm run generate`: everything derived from the contract, in one place.
// - packages/sdk/src/generated/schema.ts and packages/sandbox/src/generated/contract.ts:
//   the contract's types (openapi-typescript); each package holds its own copy (the sandbox never depends on the SDK)
// - packages/core/src/legal-aid/legal-aid-ruleset.schema.ts: the JSON Schema core validates rulesets with
// - packages/sdk/src/generated/replies/<operationId>.ts: the shape of each operation's reply, checked by the SDK
// scripts/check-generated.mjs renders the same files and fails `npm run lint` when a committed one differs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTRACT, definitionsOf, GENERATED_NOTICE, loadContract, ROOT } from './contract-schemas.mjs';
import { REPLIES_DIR, replyShapeModules } from './reply-shapes.mjs';

function contractTypes() {
  const out = join(mkdtempSync(join(tmpdir(), 'plskit-gen-')), 'schema.ts');
  execFileSync('npx', ['openapi-typescript', CONTRACT, '-o', out], { stdio: 'pipe', cwd: fileURLToPath(ROOT) });
  return readFileSync(out, 'utf8');
}

function rulesetSchema(contract) {
  const { LegalAidRuleset, ...defs } = definitionsOf(contract, ['LegalAidRuleset']);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://plskit.dev/schemas/legal-aid-ruleset.json',
    title: 'LegalAidRuleset',
    ...LegalAidRuleset,
    $defs: defs,
  };
  return `${GENERATED_NOTICE('components.schemas.LegalAidRuleset')}
/** JSON Schema (2020-12) of a legal-aid ruleset, as the contract states it: what a ruleset must look like before any engine trusts it. */
export const LEGAL_AID_RULESET_SCHEMA = ${JSON.stringify(schema, null, 2)} as const;
`;
}

/** Every generated file: repository path → content. */
export function generatedFiles() {
  const contract = loadContract();
  const types = contractTypes();
  return new Map([
    ['packages/sdk/src/generated/schema.ts', types],
    ['packages/sandbox/src/generated/contract.ts', types],
    ['packages/core/src/legal-aid/legal-aid-ruleset.schema.ts', rulesetSchema(contract)],
    ...replyShapeModules(contract),
  ]);
}

/** Folders whose every file is generated: a file the generators no longer make is stale. */
export const GENERATED_DIRS = [REPLIES_DIR];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const dir of GENERATED_DIRS) {
    rmSync(new URL(dir, ROOT), { recursive: true, force: true });
    mkdirSync(new URL(dir, ROOT), { recursive: true });
  }
  for (const [path, content] of generatedFiles()) {
    writeFileSync(new URL(path, ROOT), content);
    console.log(`generated ${path}`);
  }
}
