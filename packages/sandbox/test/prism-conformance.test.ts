// The contract and the server agree, as an outside validator sees them: every
// request goes through Prism's validating proxy (@stoplight/prism-cli, proxy
// mode, --errors) to a real sandbox, and Prism must report no violation of a
// reply. A request the contract itself calls invalid (a bad header, a bad
// body, a method the path has not) Prism refuses on its own; the same request
// sent straight to the server must be refused too. Prism crashes on
// malformed %-escapes and very deep JSON, so those go straight to the server,
// whose own reply check (checkResponses) watches every reply of the run.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION, WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { compileRoutes } from '../src/http/route-table.js';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const contract = loadContract();
const routes = compileRoutes(contract);
const PRISM_ERRORS = 'https://stoplight.io/prism/errors#';

interface Exchange { method?: string; path: string; headers?: Record<string, string>; body?: unknown; raw?: string }

let sandbox: RunningSandbox;
let keys: TestStaffKeys;
let prism: ChildProcess;
let proxy: string;

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

beforeAll(async () => {
  keys = await testStaffKeys();
  sandbox = await apiSandbox({ staff: keys.options });
  const port = await freePort();
  proxy = `http://127.0.0.1:${port}`;
  prism = spawn(process.execPath, [`${root}node_modules/@stoplight/prism-cli/dist/index.js`, 'proxy',
    `${root}openapi/public-legal-services.yaml`, sandbox.url, '--errors', '--host', '127.0.0.1', '--port', String(port)],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${output}`)), 40_000);
    prism.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) { clearTimeout(timer); resolve(); }
    });
    prism.once('exit', (code) => reject(new Error(`Prism exited (${code}):\n${output}`)));
  });
}, 60_000);
afterAll(async () => {
  prism?.kill();
  await sandbox?.close();
});

async function send(base: string, { method = 'GET', path, headers = {}, body, raw }: Exchange) {
  const response = await fetch(base + path, {
    method, headers: { ...(body !== undefined || raw ? { 'content-type': 'application/json' } : {}), ...headers },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) as Record<string, unknown> : undefined };
}

const seen = new Set<string>();
/** Through Prism: a reply it reports no violation of (it is the server's, not one of Prism's own errors). */
async function conforms(exchange: Exchange) {
  const reply = await send(proxy, exchange);
  const found = routes.match(exchange.method ?? 'GET', exchange.path.split('?')[0] as string);
  if (found.kind === 'found') seen.add(found.route.operationId);
  expect([exchange.path, reply.headers.get('sl-violations'), String(reply.json?.type ?? '').startsWith(PRISM_ERRORS) ? reply.json : 'server'])
    .toEqual([exchange.path, null, 'server']);
  return reply;
}
/** Invalid by the contract: Prism refuses it on its own, and the server, asked directly, refuses it too. */
async function refusedByBoth(exchange: Exchange, prismError: string, serverStatus: number) {
  const viaPrism = await send(proxy, exchange);
  expect([exchange.path, viaPrism.json?.type]).toEqual([exchange.path, PRISM_ERRORS + prismError]);
  const direct = await send(sandbox.url, exchange);
  expect([exchange.path, direct.status]).toEqual([exchange.path, serverStatus]);
  return direct;
}

const booking = (slotStart: string) => ({
  center: 'sc-370811', service: 'legal-consultation', slotStart,
  contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
});

describe('the server as Prism\'s validating proxy sees it', () => {
  it('answers every read as the contract says, and every revalidation with 304', async () => {
    const reads = [
      '/v1/regions', '/v1/service-centers?region=370811&limit=5', '/v1/service-centers?service=mediation&level=county',
      '/v1/practice-areas', '/v1/lawyers?limit=3', `/v1/lawyers?q=${encodeURIComponent('王')}&acceptsLegalAid=true&limit=2`,
      '/v1/lawyers?minYears=70', '/v1/lawyers/lw-0001', '/v1/lawyers/lw-nobody', '/v1/law-firms?practiceArea=labour&limit=2',
      '/v1/law-firms/lf-001', '/v1/law-firms/lf-none', '/v1/legal-aid/rules?region=370811', '/v1/legal-aid/rules?region=110000',
      '/v1/notary/matters', '/v1/notary/matters/birth', '/v1/notary/matters/space-travel', '/v1/privacy-notices/appointments',
      '/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-01&to=2026-09-07',
      '/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-07&to=2026-09-01',
      '/v1/appointments/availability?center=sc-nowhere&service=mediation', '/v1/health',
      '/v1/service-points?region=370811&kind=village-legal-adviser&limit=3', `/v1/service-points?q=${encodeURIComponent('唐口')}&service=mediation`,
      '/v1/service-points/sc-370811', '/v1/service-points/no-02', '/v1/service-points/va-9999',
    ];
    for (const path of reads) {
      const first = await conforms({ path });
      const etag = first.headers.get('etag');
      for (const language of ['zh-CN', 'en']) {
        if (etag) expect((await conforms({ path, headers: { 'if-none-match': etag, 'accept-language': language } })).status).toBe(304);
      }
      // an old tag gets the whole reply again
      if (etag) expect((await conforms({ path, headers: { 'if-none-match': '"stale"' } })).status).toBe(first.status);
    }
  });

  it('refuses unknown query parameters by the rule the contract states', async () => {
    for (const path of ['/v1/lawyers?colour=red', '/v1/regions?x=1', '/v1/privacy-notices/appointments?v=2', '/v1/health?verbose=1']) {
      const reply = await conforms({ path });
      expect([path, reply.status, reply.json?.code]).toEqual([path, 400, 'validation-failed']);
    }
  });

  it('books, views, moves and cancels a visit, and replays or refuses a reused key', async () => {
    const key = { 'idempotency-key': 'prism-conformance-0001' };
    const booked = await conforms({ method: 'POST', path: '/v1/appointments', headers: key, body: booking('2026-09-02T09:00:00+08:00') });
    expect(booked.status).toBe(201);
    const replayed = await conforms({ method: 'POST', path: '/v1/appointments', headers: key, body: booking('2026-09-02T09:00:00+08:00') });
    expect([replayed.status, replayed.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect((await conforms({ method: 'POST', path: '/v1/appointments', headers: key, body: booking('2026-09-02T09:30:00+08:00') })).status).toBe(422);
    expect((await conforms({ method: 'POST', path: '/v1/appointments', headers: { 'idempotency-key': 'prism-conformance-0002' },
      body: booking('2026-09-02T03:00:00+08:00') })).status).toBe(409);
    const { reference, manageToken } = booked.json as { reference: string; manageToken: string };
    const token = { 'x-manage-token': manageToken };
    expect((await conforms({ path: `/v1/appointments/${reference}`, headers: token })).status).toBe(200);
    expect((await conforms({ path: `/v1/appointments/${reference}`, headers: { 'x-manage-token': 'x'.repeat(43) } })).status).toBe(403);
    expect((await conforms({ method: 'POST', path: `/v1/appointments/${reference}/reschedule`, headers: token,
      body: { slotStart: '2026-09-03T09:00:00+08:00' } })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `/v1/appointments/${reference}/cancel`, headers: token })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `/v1/appointments/${reference}/cancel`, headers: token })).status).toBe(409);
    expect((await conforms({ method: 'POST', path: `/v1/appointments/${reference}/reschedule`, headers: token,
      body: { slotStart: '2026-09-04T09:00:00+08:00' } })).status).toBe(409);
  });

  it('answers eligibility checks and checklists, complete or not', async () => {
    for (const body of [
      { region: '370811', proceeding: 'civil', matter: 'labour-relationship-or-wages', circumstances: ['migrant-worker-wages-or-injury'] },
      { region: '370811' }, { region: '110000', proceeding: 'civil' },
    ]) await conforms({ method: 'POST', path: '/v1/legal-aid/eligibility-checks', body });
    for (const body of [
      { matter: 'birth', answers: { useAbroad: true, destinationCountry: 'DE' } }, { matter: 'birth', answers: {} },
      { matter: 'will', answers: { applicantIsAgent: true } },
    ]) expect((await conforms({ method: 'POST', path: '/v1/notary/checklists', body })).status).toBe(200);
  });

  it('refuses one visit too many for a number, naming the limit, and says where numbers are not confirmed', async () => {
    const resident = (slotStart: string) => ({ ...booking(slotStart), contact: { name: '王小明', phone: '13700137000' } });
    for (const [i, time] of ['09:00', '09:30', '10:00'].entries()) {
      const reply = await conforms({ method: 'POST', path: '/v1/appointments', headers: { 'idempotency-key': `prism-limit-000${i}` },
        body: resident(`2026-09-03T${time}:00+08:00`) });
      expect(reply.status).toBe(i < 2 ? 201 : 409);
      if (i === 2) expect(reply.json).toMatchObject({ code: 'booking-limit-reached', limit: 2 });
    }
    const start = await conforms({ method: 'POST', path: '/v1/phone-verifications', body: { phone: '13700137000', purpose: 'booking' } });
    expect([start.status, start.json?.code]).toEqual([409, 'phone-verification-off']);
    const confirm = await conforms({ method: 'POST', path: '/v1/phone-verifications/pv_3Fq9ZkP2mW7xR4tY8bN1cV6d/confirm', body: { code: '046183' } });
    expect([confirm.status, confirm.json?.code]).toEqual([409, 'phone-verification-off']);
  });

  it('refuses what the contract calls invalid, with Prism: bad headers, bad bodies, wrong methods', async () => {
    const long = { 'accept-language': `zh-CN,${'x'.repeat(200)}` };
    await refusedByBoth({ path: '/v1/lawyers?limit=3', headers: long }, 'UNPROCESSABLE_ENTITY', 400);
    await refusedByBoth({ path: '/v1/lawyers?limit=0' }, 'UNPROCESSABLE_ENTITY', 400);
    await refusedByBoth({ path: '/v1/law-firms?limit=5&limit=6' }, 'UNPROCESSABLE_ENTITY', 400);
    await refusedByBoth({ path: '/v1/appointments/JN-2222-2222' }, 'UNPROCESSABLE_ENTITY', 400);
    await refusedByBoth({ method: 'POST', path: '/v1/appointments', headers: { 'idempotency-key': 'bad key!' },
      body: booking('2026-09-02T10:00:00+08:00') }, 'UNPROCESSABLE_ENTITY', 400);
    await refusedByBoth({ method: 'POST', path: '/v1/appointments', headers: { 'idempotency-key': 'prism-conformance-0003' },
      body: { ...booking('2026-09-02T10:00:00+08:00'), contact: { name: '', phone: 1 } } }, 'UNPROCESSABLE_ENTITY', 400);
    const noCountry = await refusedByBoth({ method: 'POST', path: '/v1/notary/checklists', body: { matter: 'birth', answers: { useAbroad: true } } },
      'UNPROCESSABLE_ENTITY', 400);
    expect(noCountry.json?.errors).toEqual([expect.objectContaining({ field: '/answers/destinationCountry', code: 'required' })]);
    await refusedByBoth({ method: 'POST', path: '/v1/legal-aid/eligibility-checks', body: { region: 370811 } }, 'UNPROCESSABLE_ENTITY', 400);
    for (const [method, path, allow] of [['DELETE', '/v1/lawyers', 'GET, HEAD, OPTIONS'], ['PUT', '/v1/health', 'GET, HEAD, OPTIONS'],
      ['GET', '/v1/appointments', 'POST, OPTIONS'], ['PATCH', '/v1/notary/checklists', 'POST, OPTIONS']] as const) {
      const wrong = await refusedByBoth({ method, path }, 'NO_METHOD_MATCHED_ERROR', 405);
      expect([path, wrong.headers.get('allow'), wrong.json?.code]).toEqual([path, allow, 'method-not-allowed']);
    }
    await refusedByBoth({ path: '/v1/nothing' }, 'NO_PATH_MATCHED_ERROR', 404);
  });

  it('answers what Prism cannot take (malformed escapes, very deep JSON) straight from the server, as the contract says', async () => {
    expect((await send(sandbox.url, { path: '/v1/lawyers/%E0%A4%A' })).status).toBe(400);
    expect((await send(sandbox.url, { path: '/v1/law-firms/%zz' })).status).toBe(400);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect((await send(sandbox.url, { method: 'POST', path: '/v1/notary/checklists', raw: deep })).status).toBe(400);
  });

  it('asks a question and follows it, reads the work-order notice and time limits, and refuses what the contract refuses', async () => {
    for (const path of ['/v1/privacy-notices/work-orders', '/v1/work-orders/time-limits']) {
      const first = await conforms({ path });
      expect((await conforms({ path, headers: { 'if-none-match': first.headers.get('etag') ?? '' } })).status).toBe(304);
    }
    const asked = {
      kind: 'question', topic: 'labour', region: '370811', text: '工资被拖欠怎么办？', contact: { name: '王小明', phone: '13800138000' },
      consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true },
    };
    const key = { 'idempotency-key': 'prism-conformance-work-order-0001' };
    const made = await conforms({ method: 'POST', path: '/v1/work-orders', headers: key, body: asked });
    expect(made.status).toBe(201);
    expect((await conforms({ method: 'POST', path: '/v1/work-orders', headers: key, body: asked })).headers.get('idempotent-replayed')).toBe('true');
    expect((await conforms({ method: 'POST', path: '/v1/work-orders', headers: key, body: { ...asked, topic: 'debt' } })).status).toBe(422);
    expect((await conforms({ method: 'POST', path: '/v1/work-orders', headers: { 'idempotency-key': 'prism-conformance-work-order-0002' },
      body: { ...asked, topic: 'astrology' } })).status).toBe(400);
    expect((await conforms({ method: 'POST', path: '/v1/work-orders', headers: { 'idempotency-key': 'prism-conformance-work-order-0003' },
      body: { ...asked, consent: { privacyNotice: '2026-11', agreed: true } } })).status).toBe(409);
    const { reference, manageToken } = made.json as { reference: string; manageToken: string };
    expect((await conforms({ path: `/v1/work-orders/${reference}`, headers: { 'x-manage-token': manageToken } })).status).toBe(200);
    expect((await conforms({ path: `/v1/work-orders/${reference}`, headers: { 'x-manage-token': 'x'.repeat(43) } })).status).toBe(403);
    await refusedByBoth({ method: 'POST', path: '/v1/work-orders', headers: { 'idempotency-key': 'prism-conformance-work-order-0004' },
      body: { ...asked, text: '问'.repeat(1001) } }, 'UNPROCESSABLE_ENTITY', 400);
    await refusedByBoth({ path: '/v1/work-orders/JN-2222-2222', headers: { 'x-manage-token': manageToken } }, 'UNPROCESSABLE_ENTITY', 400);
    // a number with 3 questions waiting: the 4th is refused, naming the limit
    for (const i of [5, 6, 7]) {
      const reply = await conforms({ method: 'POST', path: '/v1/work-orders', headers: { 'idempotency-key': `prism-conformance-work-order-000${i}` },
        body: { ...asked, contact: { name: '王小明', phone: '13700137001' } } });
      expect(reply.status).toBe(201);
    }
    const fourth = await conforms({ method: 'POST', path: '/v1/work-orders', headers: { 'idempotency-key': 'prism-conformance-work-order-0008' },
      body: { ...asked, contact: { name: '王小明', phone: '13700137001' } } });
    expect([fourth.status, fourth.json?.code, fourth.json?.limit]).toEqual([409, 'work-order-limit-reached', 3]);
  });

  it('answers the staff operations: the member, a roster, check-in and no-show, a closure and its withdrawal, the audit log', async () => {
    const supervisor = { authorization: `Bearer ${await keys.token({ sub: 'prism-supervisor', roles: ['supervisor'] })}` };
    const staff = { authorization: `Bearer ${await keys.token({ sub: 'prism-staff', roles: ['center-staff'], centers: ['sc-370812'] })}` };
    expect((await conforms({ path: '/v1/staff/me', headers: staff })).status).toBe(200);
    // no token at all: Prism challenges on its own, as the server does
    expect((await refusedByBoth({ path: '/v1/staff/me' }, 'UNAUTHORIZED', 401)).headers.get('www-authenticate')).toBe('Bearer realm="plskit-staff"');
    for (const headers of [{ authorization: 'Bearer not-a-jwt' }, { authorization: `Bearer ${await keys.token({}, { expiresIn: -600 })}` }]) {
      expect((await conforms({ path: '/v1/staff/me', headers })).status).toBe(401);
    }
    const today = await conforms({ method: 'POST', path: '/v1/appointments', headers: { 'idempotency-key': 'prism-conformance-staff-1' },
      body: booking('2026-09-01T10:00:00+08:00') });
    const { reference } = today.json as { reference: string };
    const roster = await conforms({ path: '/v1/staff/centers/sc-370811/appointments?date=2026-09-01', headers: supervisor });
    expect((roster.json as { items: { reference: string }[] }).items.map((item) => item.reference)).toContain(reference);
    expect((await conforms({ path: '/v1/staff/centers/sc-370811/appointments?date=2026-09-01', headers: staff })).status).toBe(403);
    expect((await conforms({ path: '/v1/staff/centers/sc-nowhere/appointments?date=2026-09-01', headers: supervisor })).status).toBe(404);
    expect((await conforms({ method: 'POST', path: `/v1/staff/appointments/${reference}/no-show`, headers: supervisor })).status).toBe(409);
    expect((await conforms({ method: 'POST', path: `/v1/staff/appointments/${reference}/check-in`, headers: supervisor })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `/v1/staff/appointments/${reference}/check-in`, headers: staff })).status).toBe(403);
    const closure = { date: '2026-09-03', from: '14:00', reason: { 'zh-CN': '停电检修', en: 'Power maintenance' } };
    const closed = await conforms({ method: 'POST', path: '/v1/staff/centers/sc-370811/closures', headers: supervisor, body: closure });
    expect(closed.status).toBe(201);
    expect((await conforms({ method: 'POST', path: '/v1/staff/centers/sc-370811/closures', headers: supervisor,
      body: { ...closure, date: '2026-08-31' } })).status).toBe(400);
    expect((await conforms({ path: '/v1/staff/centers/sc-370811/closures', headers: supervisor })).status).toBe(200);
    const withdraw = { method: 'DELETE', path: `/v1/staff/centers/sc-370811/closures/${(closed.json as { id: string }).id}`, headers: supervisor };
    expect((await conforms(withdraw)).status).toBe(200);
    expect((await conforms(withdraw)).status).toBe(404);
    expect((await conforms({ path: '/v1/staff/audit-events?from=2026-09-01&to=2026-09-01&limit=2', headers: supervisor })).status).toBe(200);
    expect((await conforms({ path: '/v1/staff/audit-events', headers: staff })).status).toBe(403);
  });

  it('answers the hotline\'s and the centers\' work orders, and a visit booked for a caller', async () => {
    const hotline = { authorization: `Bearer ${await keys.token({ sub: 'prism-hotline', roles: ['hotline-operator'] })}` };
    const staff = { authorization: `Bearer ${await keys.token({ sub: 'prism-staff-2', roles: ['center-staff'], centers: ['sc-370812'] })}` };
    const call = {
      kind: 'question', topic: 'labour', region: '370811', text: '工资被拖欠怎么办？', contact: { name: '李秀兰', phone: '13900139000' },
      consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true, form: 'oral' },
    };
    const made = await conforms({ method: 'POST', path: '/v1/staff/work-orders', headers: { ...hotline, 'idempotency-key': 'prism-conformance-call-0001' }, body: call });
    expect(made.status).toBe(201);
    const { reference } = made.json as { reference: string };
    expect((await conforms({ method: 'POST', path: '/v1/staff/work-orders', headers: { ...staff, 'idempotency-key': 'prism-conformance-call-0002' }, body: call })).status).toBe(403);
    expect((await conforms({ path: '/v1/staff/work-orders?status=received&overdue=false&limit=2', headers: hotline })).status).toBe(200);
    expect((await conforms({ path: `/v1/staff/work-orders/${reference}`, headers: hotline })).status).toBe(200);
    expect((await conforms({ path: `/v1/staff/work-orders/${reference}`, headers: staff })).status).toBe(403);
    expect((await conforms({ method: 'POST', path: `/v1/staff/work-orders/${reference}/assign`, headers: hotline, body: { center: 'sc-370812' } })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `/v1/staff/work-orders/${reference}/reply`, headers: staff, body: { text: '可以申请劳动仲裁。' } })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `/v1/staff/work-orders/${reference}/reply`, headers: hotline, body: { text: '另一份' } })).status).toBe(409);
    expect((await conforms({ method: 'POST', path: `/v1/staff/work-orders/${reference}/close`, headers: staff, body: { resolution: 'answered' } })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: '/v1/staff/work-orders/GD-2222-2222/close', headers: hotline, body: { resolution: 'answered' } })).status).toBe(404);
    // sent back to the hotline by the center it was passed to; at no center, a second return is refused
    const misrouted = await conforms({ method: 'POST', path: '/v1/staff/work-orders', headers: { ...hotline, 'idempotency-key': 'prism-conformance-call-0003' }, body: call });
    const back = `/v1/staff/work-orders/${(misrouted.json as { reference: string }).reference}`;
    expect((await conforms({ method: 'POST', path: `${back}/assign`, headers: hotline, body: { center: 'sc-370812' } })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `${back}/return`, headers: staff, body: { reason: '不属本县区。' } })).status).toBe(200);
    expect((await conforms({ method: 'POST', path: `${back}/return`, headers: hotline, body: { reason: '不属本县区。' } })).status).toBe(409);
    const visit = { ...booking('2026-09-02T09:00:00+08:00'), consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true, form: 'oral' } };
    const booked = await conforms({ method: 'POST', path: '/v1/staff/appointments', headers: { ...hotline, 'idempotency-key': 'prism-conformance-hotline-visit-1' }, body: visit });
    expect([booked.status, (booked.json as { channel: string }).channel]).toEqual([201, 'hotline']);
  });

  it('covered every operation of the contract, and the server\'s own reply check found nothing either', () => {
    expect([...seen].sort()).toEqual(routes.routes.map((route) => route.operationId).sort());
    expect(sandbox.responseViolations()).toEqual([]);
  });
});
