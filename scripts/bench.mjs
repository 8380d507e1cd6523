#!/usr/bin/env node
// `npm run bench`: load on loopback against one in-process sandbox (built dist),
// lawyer search and availability beside the trivial /v1/health in the same run.
// Prints requests/s and latency p50/p99; asserts nothing (figures, not a test).
import autocannon from 'autocannon';
import { startSandbox } from '../packages/sandbox/dist/index.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const sandbox = await startSandbox({
  port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false,
});
const scenarios = [
  ['health (trivial route)', '/v1/health'],
  ['lawyer search: region + practice area', '/v1/lawyers?region=370811&practiceArea=labour&limit=20'],
  ['lawyer search: q (LIKE over names and firms)', `/v1/lawyers?q=${encodeURIComponent('王')}&limit=20`],
  ['availability: county center, 14 days', '/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-01&to=2026-09-14'],
];

const rows = [];
try {
  for (const [name, path] of scenarios) {
    // a short unmeasured run first, so JIT warm-up does not land in the first scenario's figures
    await autocannon({ url: `${sandbox.url}${path}`, connections, duration: 1 });
    const result = await autocannon({ url: `${sandbox.url}${path}`, connections, duration: seconds });
    rows.push({
      scenario: name,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'non-2xx': result.non2xx,
      errors: result.errors,
    });
  }
} finally {
  await sandbox.close();
}
console.log(`\n${connections} connections, ${seconds} s each, node ${process.version}, loopback`);
console.table(rows);
