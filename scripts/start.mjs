#!/usr/bin/env node
// `npm start`: builds, then starts the sandbox and the demo partner page.
console.error('plskit: the sandbox and demo page are not built yet (see the open issues).');
process.exit(1);
