#!/usr/bin/env node
// `npm run bench` (after `npm run build`): the sandbox in its own process
// (its bin, as `npm start` runs it), driven from this one with autocannon.
// Each route's requests/s, latency p50/p99 and the server's CPU time per
// request, each as a ratio to /v1/health measured in the same run, at 1× and
// 10× the synthetic data (PLSKIT_SCALE). Rate limit and request log off.
// Prints a markdown report; BENCH_WRITE=1 also puts it in docs/performance.md
// under "## Server". Figures, not a test: it asserts nothing.
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandboxProcess } from './sandbox-process.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const scales = (process.env.BENCH_SCALES ?? '1,10').split(',').map(Number);
const NOW = '2026-09-01T09:00:00+08:00';
// what every browser's fetch sends (the SDK's requests carry it): a large reply
// (the 41 KB legal-aid ruleset) is then measured as it travels, compressed
const ACCEPT_ENCODING = 'gzip, deflate, br';
const TICKS_PER_SECOND = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in these

/**
 * autocannon keeps every reply's body as a string (its pipelined-requests
 * queue appends each chunk, whether or not anything reads it). For the
 * ruleset's 8.8 KB of brotli that costs the client more CPU than the server
 * spends on the reply, and with the client sharing the machine's cores the
 * figures measured the client. No scenario here reads a body (no expectBody,
 * verifyBody or onResponse): the bench counts the bytes and drops the bodies.
 */
function dropReplyBodies() {
  const { prototype } = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js');
  if (typeof prototype.addBody !== 'function') throw new Error('autocannon changed: teach scripts/bench.mjs how to drop reply bodies');
  prototype.addBody = () => {};
}

/** The server process's CPU time so far, user + system, in ms (Linux). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const startServer = (scale, dir) => startSandboxProcess({
  PLSKIT_DB: join(dir, `bench-${scale}.db`), PLSKIT_NOW: NOW, PLSKIT_RATE_LIMIT: 'off', PLSKIT_SCALE: String(scale),
});

async function json(url, init) {
  const response = await fetch(url, init);
  return response.json();
}

/** Open slots of the county centers for the next 30 days: each booking takes a place of one, with its own key. */
async function bookingRequests(url) {
  const { version } = await json(`${url}/v1/privacy-notices/appointments`);
  const { items: centers } = await json(`${url}/v1/service-centers?level=county&service=legal-consultation&limit=100`);
  const places = [];
  for (const center of centers) {
    const { days } = await json(`${url}/v1/appointments/availability?center=${center.id}&service=legal-consultation&from=2026-09-02&to=2026-10-01`);
    for (const day of days) for (const slot of day.slots ?? []) for (let i = 0; i < (slot.remaining ?? 0); i++) places.push([center.id, slot.start]);
  }
  let next = 0;
  return {
    places: places.length,
    request: {
      method: 'POST', path: '/v1/appointments',
      setupRequest: (request) => {
        const [center, slotStart] = places[next++ % Math.max(1, places.length)] ?? ['sc-370811', `${NOW}`];
        return {
          ...request,
          headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${next}-${Math.random().toString(36).slice(2)}` },
          body: JSON.stringify({
            center, service: 'legal-consultation', slotStart,
            // a number per booking: one number holds at most 2 future visits
            contact: { name: '测试', phone: `138${String(next % 1e8).padStart(8, '0')}` }, consent: { privacyNotice: version, agreed: true },
          }),
        };
      },
    },
  };
}

const ELIGIBILITY = JSON.stringify({
  region: '370811', proceeding: 'civil', matter: 'wages', circumstances: ['migrant-worker-wages-or-injury'],
});

async function measure(server, scenario) {
  const options = { url: server.url, connections, headers: { 'accept-encoding': ACCEPT_ENCODING }, ...(scenario.request ? { requests: [scenario.request] } : { url: `${server.url}${scenario.path}` }) };
  // an unmeasured second first, so JIT warm-up does not land in the figures
  await autocannon({ ...options, duration: 1 });
  const before = cpuMs(server.pid);
  const clientBefore = process.cpuUsage();
  const result = await autocannon({ ...options, duration: seconds });
  const cpu = cpuMs(server.pid) - before;
  const client = process.cpuUsage(clientBefore);
  const requests = result.requests.total;
  const perRequest = (total) => (requests ? total / requests : NaN);
  return {
    name: scenario.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    cpuUsPerRequest: perRequest(cpu * 1000), clientUsPerRequest: perRequest(client.user + client.system),
    bytesPerReply: perRequest(result.throughput.total), non2xx: result.non2xx, errors: result.errors,
  };
}

dropReplyBodies();
// the machine may be shared: the report says how busy it was when the run began
const loadAtStart = loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), 'plskit-bench-'));
const runs = [];
try {
  for (const scale of scales) {
    const server = await startServer(scale, dir);
    try {
      const booking = await bookingRequests(server.url);
      const scenarios = [
        { name: 'health', path: '/v1/health' },
        { name: 'lawyers ?region=370811&limit=20', path: '/v1/lawyers?region=370811&limit=20' },
        { name: 'lawyers ?q=王&limit=20', path: `/v1/lawyers?q=${encodeURIComponent('王')}&limit=20` },
        { name: 'legal-aid rules ?region=370811', path: '/v1/legal-aid/rules?region=370811' },
        { name: 'static /cdn/plskit.js', path: '/cdn/plskit.js' },
        { name: 'availability (14 days)', path: '/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-01&to=2026-09-14' },
        { name: 'eligibility check (POST)', request: { method: 'POST', path: '/v1/legal-aid/eligibility-checks', headers: { 'content-type': 'application/json' }, body: ELIGIBILITY } },
        { name: `booking (POST, distinct keys; ${booking.places} places)`, request: booking.request },
      ];
      if (!existsSync(new URL('../packages/elements/dist/cdn/plskit.js', import.meta.url))) scenarios.splice(4, 1);
      const rows = [];
      for (const scenario of scenarios) rows.push(await measure(server, scenario));
      runs.push({ scale, rows });
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fixed = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const lines = [
  `${connections} connections, ${seconds} s per route after 1 s of warm-up, server and client in separate processes on loopback,`,
  `every request with \`Accept-Encoding: ${ACCEPT_ENCODING}\` as browsers send it,`,
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadAtStart.toFixed(2)} at the start, ${new Date().toISOString().slice(0, 10)}.`,
  'Ratios are to /v1/health in the same run (req/s: higher is better; CPU per request: lower is better).',
  'Client CPU is the load generator\'s (autocannon, one process, reply bodies counted and dropped) per request; bytes per reply as they travel, headers included.',
  '',
];
for (const { scale, rows } of runs) {
  const health = rows[0];
  lines.push(`### ${scale}× data (${scale === 1 ? '1,604' : (1604 * scale).toLocaleString('en')} lawyers)`, '',
    '| route | req/s | ÷ health | p50 ms | p99 ms | CPU µs/req | ÷ health | client CPU µs/req | bytes/reply | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    lines.push(`| ${row.name} | ${Math.round(row.rps)} | ${fixed(row.rps / health.rps)} | ${row.p50} | ${row.p99} | ${Math.round(row.cpuUsPerRequest)} | ${fixed(row.cpuUsPerRequest / health.cpuUsPerRequest, 1)}× | ${Math.round(row.clientUsPerRequest)} | ${Math.round(row.bytesPerReply)} | ${row.non2xx + row.errors} |`);
  }
  lines.push('');
}
const report = lines.join('\n');
console.log(report);

if (process.env.BENCH_WRITE === '1') {
  const file = new URL('../docs/performance.md', import.meta.url);
  const section = `## Server\n\nThe last \`npm run bench\` (\`BENCH_WRITE=1\` writes it here):\n\n${report}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  // replace "## Server" up to the next "## " heading, or add it
  const next = /^## Server\n[\s\S]*?(?=^## |(?![\s\S]))/m;
  writeFileSync(file, next.test(text) ? text.replace(next, `${section}\n`) : `${text.trimEnd()}\n\n${section}\n`);
}
