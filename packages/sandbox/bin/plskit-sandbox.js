#!/usr/bin/env node
// `npx plskit-sandbox`: the sandbox from the environment (HOST, PORT, PLSKIT_DB,
// PLSKIT_NOW, PLSKIT_FAULTS, ...; see docs/operations.md), stopped cleanly on
// SIGINT/SIGTERM so an open SQLite transaction is never cut.
import { optionsFromEnv, startSandbox } from '../dist/index.js';

let sandbox;
try {
  sandbox = await startSandbox(optionsFromEnv());
} catch (error) {
  console.error(`plskit-sandbox: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.error(`plskit-sandbox: API     ${sandbox.url}/v1/health`);
console.error(`plskit-sandbox: contract ${sandbox.url}/openapi.yaml`);
if (sandbox.demoUrl) console.error(`plskit-sandbox: demo    ${sandbox.demoUrl}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second signal means "now"
    stopping = true;
    sandbox.close().then(() => process.exit(0));
  });
}
