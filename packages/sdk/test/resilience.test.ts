// What a partner's integration meets on a bad day, against a scripted server on
// loopback: server errors, rate limits, slow replies, dropped connections,
// a user who navigates away, and bookings retried under one Idempotency-Key.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient, PlsApiError, PlsError, PlsNetworkError, PlsTimeoutError, PlsUnexpectedResponseError, type BookingRequest,
} from '../src/index.js';
import { hangUp, json, problem, scriptedServer, slow, type LoopbackServer } from './loopback-server.js';

const health = { status: 'ok', time: '2026-09-01T09:00:00+08:00' };
const fastRetry = { limit: 2, backoffLimitMs: 20 };
const booking: BookingRequest = {
  center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T08:30:00+08:00',
  contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: '2026-01', agreed: true },
};
const booked = {
  reference: 'JN-7K3Q-9M2P', manageToken: 'q8Vd0xS3kH2mYc7rT1aB9nF4eW6gJ5uL', status: 'booked', center: booking.center, service: booking.service,
  slot: { start: booking.slotStart, end: '2026-09-02T09:00:00+08:00' }, contact: { name: '王*', phone: '138****8000' }, createdAt: '2026-09-01T09:00:00+08:00',
};

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('retries', () => {
  it('retries a read after 503 and 500, then returns the reply', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable'), problem(500, 'internal-error'), json(200, health));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(client.health.check()).resolves.toEqual(health);
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('gives up after the retry limit with the last PlsApiError', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable'));
    const client = createClient({ baseUrl: server.url, retry: { limit: 1, backoffLimitMs: 10 } });
    await expect(client.regions.list()).rejects.toMatchObject({ name: 'PlsApiError', status: 503, code: 'service-unavailable' });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry when retry is false, nor on a 4xx', async () => {
    server = await scriptedServer(problem(502, 'bad-gateway'), problem(404, 'not-found'), json(200, health));
    const client = createClient({ baseUrl: server.url, retry: false });
    await expect(client.health.check()).rejects.toMatchObject({ status: 502 });
    const retrying = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(retrying.lawyers.get('lw-0001')).rejects.toMatchObject({ status: 404, code: 'not-found' });
    expect(server.requests).toHaveLength(2);
  });

  it('waits as long as Retry-After says on 429', async () => {
    server = await scriptedServer(problem(429, 'rate-limited', { 'retry-after': '1' }), json(200, health));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    const started = performance.now();
    await expect(client.health.check()).resolves.toEqual(health);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable', { 'retry-after': '3600' }), json(200, health));
    const client = createClient({ baseUrl: server.url, retry: { limit: 1, maxRetryAfterMs: 150 } });
    const started = performance.now();
    await expect(client.health.check()).resolves.toEqual(health);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(3000);
  });

  it('reports the Retry-After of a 429 it could not wait out', async () => {
    server = await scriptedServer(problem(429, 'rate-limited', { 'retry-after': '7' }));
    const client = createClient({ baseUrl: server.url, retry: false });
    await expect(client.health.check()).rejects.toMatchObject({ status: 429, code: 'rate-limited', retryAfter: 7 });
  });

  it('does not retry a POST that is not a booking (eligibility check, notary checklist, cancel)', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable'));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(client.legalAid.check({ region: '370811' })).rejects.toMatchObject({ status: 503 });
    await expect(client.notary.checklist({ matter: 'will', answers: {} })).rejects.toMatchObject({ status: 503 });
    await expect(client.appointments.cancel('JN-7K3Q-9M2P', booked.manageToken)).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(3);
  });
});

describe('bookings and the Idempotency-Key', () => {
  it('sends one generated key (a UUID) on the first attempt and on every retry', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable'), hangUp, json(201, booked));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(client.appointments.book(booking)).resolves.toEqual(booked);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(server.requests.map((request) => request.body)).size).toBe(1);
  });

  it('uses the caller\'s key verbatim, and a new key for a new booking', async () => {
    server = await scriptedServer(problem(429, 'rate-limited', { 'retry-after': '0' }), json(201, booked));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await client.appointments.book(booking, { idempotencyKey: 'partner-order-42-visit' });
    await client.appointments.book(booking);
    await client.appointments.book(booking);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys.slice(0, 2)).toEqual(['partner-order-42-visit', 'partner-order-42-visit']);
    expect(keys[2]).not.toBe(keys[3]);
  });

  it('retries a booking whose reply did not come in time, under the same key', async () => {
    server = await scriptedServer(slow(1000, json(201, booked)), json(201, booked));
    const client = createClient({ baseUrl: server.url, timeoutMs: 150, retry: fastRetry });
    await expect(client.appointments.book(booking)).resolves.toEqual(booked);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('surfaces slot-full as PlsApiError 409 without retrying', async () => {
    server = await scriptedServer(problem(409, 'slot-full'));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(client.appointments.book(booking)).rejects.toMatchObject({ status: 409, code: 'slot-full' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeouts, aborts and unreachable servers', () => {
  it('throws PlsTimeoutError when no reply arrives within timeoutMs', async () => {
    server = await scriptedServer(slow(2000, json(200, health)));
    const client = createClient({ baseUrl: server.url, timeoutMs: 150, retry: false });
    const started = performance.now();
    const error = await client.health.check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150 });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('rejects with the signal\'s AbortError when the caller aborts, and sends nothing more', async () => {
    server = await scriptedServer(slow(2000, json(200, health)));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await client.lawyers.search({ q: '王' }, { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(1);
  });

  it('stops waiting out a Retry-After when the caller aborts', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable', { 'retry-after': '5' }), json(200, health));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    await expect(client.health.check({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  it('throws PlsNetworkError when nothing listens', async () => {
    const closed = await scriptedServer(json(200, health));
    const url = closed.url;
    await closed.close();
    const client = createClient({ baseUrl: url, retry: false });
    const error = await client.health.check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsNetworkError);
    expect((error as Error).message).not.toContain(url);
  });

  it('retries a read whose connection dropped', async () => {
    server = await scriptedServer(hangUp, json(200, health));
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(client.health.check()).resolves.toEqual(health);
    expect(server.requests).toHaveLength(2);
  });
});

describe('replies that are not what the contract promises', () => {
  it('turns a proxy\'s HTML error page into PlsApiError unexpected-response', async () => {
    server = await scriptedServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
    });
    const client = createClient({ baseUrl: server.url, retry: false });
    const error = await client.health.check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsApiError);
    expect(error).toMatchObject({ status: 502, code: 'unexpected-response' });
  });

  it('turns a 200 that is not JSON into PlsUnexpectedResponseError, without retrying it', async () => {
    server = await scriptedServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>captive portal</html>');
    });
    const client = createClient({ baseUrl: server.url, retry: fastRetry });
    await expect(client.regions.list()).rejects.toMatchObject({
      name: 'PlsUnexpectedResponseError', status: 200, code: 'unexpected-response', operation: 'listRegions', pointer: '',
    });
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['{}', {}, '/items'],
    ['items as a string', { items: 'x', total: 1, nextCursor: null }, '/items'],
    ['a total that is a string', { items: [], total: '12', nextCursor: null }, '/total'],
    ['a lawyer without a name', { items: [{ id: 'lw-1' }], total: 1, nextCursor: null }, '/items/0/name'],
    ['null', null, ''],
    ['a list instead of a page', [], ''],
  ])('turns a 200 with %s into PlsUnexpectedResponseError naming where, once, whatever the retry policy', async (_name, body, pointer) => {
    server = await scriptedServer(json(200, body));
    const client = createClient({ baseUrl: server.url, retry: { limit: 5, backoffLimitMs: 10 } });
    const error = await client.lawyers.search({ q: '王小明 13800138000' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsUnexpectedResponseError);
    expect(error).toBeInstanceOf(PlsError);
    expect(error).toMatchObject({ code: 'unexpected-response', operation: 'searchLawyers', status: 200, pointer });
    // neither the body nor the query reaches the message
    expect((error as Error).message).not.toMatch(/王小明|13800138000|"x"|lw-1/);
    expect(server.requests).toHaveLength(1);
  });

  it('accepts what the contract allows: extra properties, a null firm, an empty page', async () => {
    const lawyer = {
      id: 'lw-1', name: '示例', licenceNumber: '13708201011234567', category: 'legal-aid', firm: null, region: '370811', practiceAreas: [],
      languages: ['zh'], firstPracticeYear: 2010, yearsOfPractice: 16, acceptsLegalAid: true, addedByANewerServer: { any: 'thing' },
    };
    server = await scriptedServer(json(200, { items: [lawyer], total: 1, nextCursor: null }), json(200, { items: [], total: 0, nextCursor: null }));
    const client = createClient({ baseUrl: server.url });
    await expect(client.lawyers.search()).resolves.toMatchObject({ items: [{ id: 'lw-1', firm: null }] });
    await expect(client.lawyers.search()).resolves.toMatchObject({ items: [], total: 0 });
  });

  it('refuses a firm of the wrong shape inside an otherwise good page', async () => {
    const lawyer = {
      id: 'lw-1', name: '示例', licenceNumber: '13708201011234567', category: 'full-time', firm: { id: 'lf-1', name: '示例律师事务所' },
      region: '370811', practiceAreas: [], languages: ['zh'], firstPracticeYear: 2010, yearsOfPractice: 16, acceptsLegalAid: true,
    };
    server = await scriptedServer(json(200, { items: [lawyer], total: 1, nextCursor: null }));
    const client = createClient({ baseUrl: server.url });
    await expect(client.lawyers.search()).rejects.toMatchObject({ pointer: '/items/0/firm' });
  });
});

describe('what every request carries', () => {
  it('sends Accept-Language from the client, overridable per call, and X-Partner-Key', async () => {
    server = await scriptedServer(json(200, { items: [] }));
    const client = createClient({ baseUrl: `${server.url}/`, apiKey: 'partner-7', locale: 'en' });
    await client.regions.list();
    await client.regions.list({ locale: 'zh-CN' });
    await createClient({ baseUrl: server.url }).regions.list();
    expect(server.requests.map((request) => request.headers['accept-language'])).toEqual(['en', 'zh-CN', 'zh-CN']);
    expect(server.requests.map((request) => request.headers['x-partner-key'])).toEqual(['partner-7', 'partner-7', undefined]);
    expect(server.requests.map((request) => request.url)).toEqual(['/v1/regions', '/v1/regions', '/v1/regions']);
  });

  it('keeps a base path in front of /v1 and encodes path segments', async () => {
    server = await scriptedServer(json(200, {}));
    const client = createClient({ baseUrl: `${server.url}/gateway/legal` });
    // the scripted `{}` is no lawyer and no availability: only the URLs matter here
    await expect(client.lawyers.get('lw/../x')).rejects.toBeInstanceOf(PlsUnexpectedResponseError);
    await expect(client.appointments.availability({ center: 'sc-370811', service: 'notarization', from: '2026-09-02', to: '2026-09-03' }))
      .rejects.toBeInstanceOf(PlsUnexpectedResponseError);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/gateway/legal/v1/lawyers/lw%2F..%2Fx',
      '/gateway/legal/v1/appointments/availability?center=sc-370811&service=notarization&from=2026-09-02&to=2026-09-03',
    ]);
  });
});

describe('pagination', () => {
  // one item that has every property a lawyer, a firm and a center require (extra properties are allowed)
  const item = (id: string) => ({
    id, name: '示例', licenceNumber: '13708201011234567', category: 'full-time', firm: null, level: 'township', region: '370811',
    address: '济宁市', phone: '0537-2222222', hours: { seasons: [], closedOnHolidays: true }, services: [], lawyerCount: 0,
    practiceAreas: [], languages: ['zh'], firstPracticeYear: 2010, yearsOfPractice: 16, acceptsLegalAid: true,
  });
  const page = (ids: string[], nextCursor: string | null) => json(200, { items: ids.map(item), total: 5, nextCursor });

  it('follows nextCursor until null, keeping the filters on every page', async () => {
    server = await scriptedServer(page(['lw-1', 'lw-2'], 'c2'), page(['lw-3', 'lw-4'], 'c3'), page(['lw-5'], null));
    const client = createClient({ baseUrl: server.url });
    const ids: string[] = [];
    for await (const lawyer of client.lawyers.searchAll({ practiceArea: 'labour', limit: 2 })) ids.push(lawyer.id);
    expect(ids).toEqual(['lw-1', 'lw-2', 'lw-3', 'lw-4', 'lw-5']);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v1/lawyers?practiceArea=labour&limit=2',
      '/v1/lawyers?practiceArea=labour&limit=2&cursor=c2',
      '/v1/lawyers?practiceArea=labour&limit=2&cursor=c3',
    ]);
  });

  it('asks for the next page only when the caller wants more', async () => {
    server = await scriptedServer(page(['lf-1', 'lf-2'], 'c2'), page(['lf-3'], null));
    const client = createClient({ baseUrl: server.url });
    for await (const firm of client.lawFirms.searchAll({ limit: 2 })) {
      expect(firm.id).toBe('lf-1');
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it('stops with the API error when a later page fails', async () => {
    server = await scriptedServer(page(['sc-1'], 'c2'), problem(400, 'validation-failed'));
    const client = createClient({ baseUrl: server.url });
    const seen: string[] = [];
    const walk = async () => { for await (const center of client.serviceCenters.listAll()) seen.push(center.id); };
    await expect(walk()).rejects.toMatchObject({ status: 400, code: 'validation-failed' });
    expect(seen).toEqual(['sc-1']);
  });
});
