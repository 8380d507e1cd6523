#!/usr/bin/env node
// `npm run bench:scaling` (after `npm run build`): the same read load against
// SQLite and PostgreSQL, with one and with two sandbox processes (autocannon
// spreads its connections over both, as a load balancer would), and the ratio
// of each to one process on SQLite. PostgreSQL is a throwaway local server
// (scripts/postgres.mjs, durability off), on the same machine as the nodes and
// the load: the figures compare set-ups, they do not forecast a deployment.
// Prints numbers; asserts nothing.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandboxProcess } from './sandbox-process.mjs';
import { createDatabase, startTestPostgres } from './postgres.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const env = { PLSKIT_NOW: '2026-09-01T09:00:00+08:00', PLSKIT_RATE_LIMIT: 'off' };

const scenarios = [
  ['lawyer search: q (one character)', `/v1/lawyers?q=${encodeURIComponent('王')}&limit=20`],
  ['lawyer search: region + practice area', '/v1/lawyers?region=370811&practiceArea=labour&limit=20'],
  ['availability: county center, 14 days', '/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-01&to=2026-09-14'],
];

const postgres = await startTestPostgres();
const folder = mkdtempSync(join(tmpdir(), 'plskit-bench-'));

const setups = [
  ['SQLite', 1, () => join(folder, 'one.db')],
  ['SQLite', 2, () => join(folder, 'two.db')],
  ['PostgreSQL', 1, () => createDatabase(postgres.url)],
  ['PostgreSQL', 2, () => createDatabase(postgres.url)],
];

const rows = [];
try {
  for (const [engine, count, database] of setups) {
    const db = await database();
    // the first process migrates and seeds; the second finds it done
    const nodes = [await startSandboxProcess({ ...env, PLSKIT_DB: db })];
    if (count === 2) nodes.push(await startSandboxProcess({ ...env, PLSKIT_DB: db }));
    try {
      for (const [name, path] of scenarios) {
        const url = nodes.map((node) => `${node.url}${path}`);
        await autocannon({ url, connections, duration: 1 }); // warm-up, unmeasured
        const result = await autocannon({ url, connections, duration: seconds });
        rows.push({ scenario: name, setup: `${engine} × ${count}`, 'req/s': Math.round(result.requests.average),
          'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99, 'non-2xx': result.non2xx, errors: result.errors });
      }
    } finally {
      for (const node of nodes) await node.stop();
    }
  }
} finally {
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });
}

const baseline = Object.fromEntries(rows.filter((r) => r.setup === 'SQLite × 1').map((r) => [r.scenario, r['req/s']]));
for (const row of rows) row['× SQLite × 1'] = (row['req/s'] / baseline[row.scenario]).toFixed(2);
console.log(`\n${connections} connections, ${seconds} s each, node ${process.version}, loopback, one machine`);
console.table(rows.sort((a, b) => a.scenario.localeCompare(b.scenario)));
