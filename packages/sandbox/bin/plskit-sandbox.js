#!/usr/bin/env node
// `npx plskit-sandbox`: the sandbox from the environment (HOST, PORT, PLSKIT_DB,
// PLSKIT_NOW, PLSKIT_FAULTS, PLSKIT_WEBHOOKS_FILE, ...; see docs/operations.md),
// stopped cleanly on SIGINT/SIGTERM so an open SQLite transaction is never cut.
//   npx plskit-sandbox import [--dry-run] <files or folders>   the city's rosters into PLSKIT_DB
//   npx plskit-sandbox migrate                                  PLSKIT_DB up to the newest schema
//   npx plskit-sandbox webhooks failed|pending|replay|secret …  the delivery log, and sending again
//   npx plskit-sandbox staff-token --role center-staff --center sc-370811   a development staff token
//   npx plskit-sandbox data-key new|status|rewrap               the keys contact data is encrypted with, and rotating them
import { optionsFromEnv, runDataKeyCommand, runImportCommand, runMigrateCommand, runStaffTokenCommand, runWebhooksCommand, startSandbox } from '../dist/index.js';

const commands = {
  import: runImportCommand, migrate: runMigrateCommand, webhooks: runWebhooksCommand, 'staff-token': runStaffTokenCommand, 'data-key': runDataKeyCommand,
};
const [command, ...args] = process.argv.slice(2);
if (command !== undefined) {
  const run = commands[command];
  if (!run) {
    console.error(`plskit-sandbox: unknown command "${command}" (import, migrate, webhooks, staff-token, data-key, or none to serve)`);
    process.exit(2);
  }
  try {
    process.exit(await run(args, { env: process.env, out: (line) => console.log(line), err: (line) => console.error(line) }));
  } catch (error) {
    console.error(`plskit-sandbox ${command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

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
if (sandbox.demoUrl) console.error(`plskit-sandbox: staff   ${sandbox.demoUrl}staff.html`);
if (sandbox.staffDevKey) {
  // loud on purpose: a server that trusts its own key must never be mistaken for one that trusts the city's
  console.error('plskit-sandbox: ************************************************************************');
  console.error('plskit-sandbox: * STAFF SIGN-IN TRUSTS A DEVELOPMENT KEY (no PLSKIT_STAFF_JWKS is set).  *');
  console.error('plskit-sandbox: * Anyone with this machine\'s data folder can sign staff tokens.          *');
  console.error('plskit-sandbox: * Never serve real residents so: see docs/staff.md.                      *');
  console.error('plskit-sandbox: ************************************************************************');
  console.error(`plskit-sandbox: key     ${sandbox.staffDevKey}`);
  console.error('plskit-sandbox: token   npx plskit-sandbox staff-token --role center-staff --center sc-370811');
}
if (sandbox.localDataKeyFile) {
  console.error(`plskit-sandbox: WARNING residents' contact data is encrypted with a key kept in ${sandbox.localDataKeyFile},`);
  console.error('plskit-sandbox: WARNING beside the data it protects: anyone who copies the folder can read it. For development only.');
  console.error('plskit-sandbox: WARNING in production set PLSKIT_DATA_KEY (or PLSKIT_DATA_KEY_FILE) to a key kept elsewhere; `npx plskit-sandbox data-key new` makes one');
}
if (sandbox.machineHostNames) {
  console.error(`plskit-sandbox: answering only this machine's own names and addresses (${sandbox.machineHostNames.join(', ')});`);
  console.error('plskit-sandbox: to serve your public name, set PLSKIT_ALLOWED_HOSTS=legal.example.gov.cn (comma-separated, name or name:port)');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second signal means "now"
    stopping = true;
    sandbox.close().then(() => process.exit(0));
  });
}
