// createSingleAttemptTransport, the transport of the widgets, against a scripted
// server on loopback: one request per call whatever happens, and the same
// errors, headers and reply checks as the ky transport.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createAppointmentsResource, createHealthResource, createLawyersResource, createSingleAttemptTransport, PlsApiError, PlsNetworkError,
  PlsTimeoutError, PlsUnexpectedResponseError, type BookingRequest,
} from '../src/index.js';
import { hangUp, json, problem, scriptedServer, slow, type LoopbackServer } from './loopback-server.js';

const health = { status: 'ok', time: '2026-09-01T09:00:00+08:00' };

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const healthOn = (url: string, timeoutMs?: number) => createHealthResource(createSingleAttemptTransport({ baseUrl: url, ...(timeoutMs ? { timeoutMs } : {}) }));

describe('createSingleAttemptTransport', () => {
  it('sends once and reports a 503 with its Retry-After, leaving the retry to the caller', async () => {
    server = await scriptedServer(problem(503, 'service-unavailable', { 'retry-after': '7' }), json(200, health));
    const error = await healthOn(server.url).check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsApiError);
    expect(error).toMatchObject({ status: 503, code: 'service-unavailable', retryAfter: 7 });
    expect(server.requests).toHaveLength(1);
    await expect(healthOn(server.url).check()).resolves.toEqual(health);
  });

  it('throws PlsTimeoutError when no reply arrives within timeoutMs', async () => {
    server = await scriptedServer(slow(2000, json(200, health)));
    const started = performance.now();
    await expect(healthOn(server.url, 150).check()).rejects.toBeInstanceOf(PlsTimeoutError);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with the signal\'s AbortError when the caller aborts, already or while waiting', async () => {
    server = await scriptedServer(slow(2000, json(200, health)));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(healthOn(server.url).check({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(healthOn(server.url).check({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('throws PlsNetworkError when the connection drops or nothing listens, without the URL in the message', async () => {
    server = await scriptedServer(hangUp);
    await expect(healthOn(server.url).check()).rejects.toBeInstanceOf(PlsNetworkError);
    const url = server.url;
    await server.close();
    server = undefined;
    const error = await healthOn(url).check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsNetworkError);
    expect((error as Error).message).not.toContain(url);
  });

  it('turns a proxy\'s HTML page into unexpected-response, and a 200 of the wrong shape into PlsUnexpectedResponseError', async () => {
    server = await scriptedServer(
      (_request, response) => void response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>'),
      json(200, { items: 'x', total: 1, nextCursor: null }),
    );
    const lawyers = createLawyersResource(createSingleAttemptTransport({ baseUrl: server.url }));
    await expect(lawyers.search()).rejects.toMatchObject({ name: 'PlsApiError', status: 502, code: 'unexpected-response' });
    const error = await lawyers.search().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsUnexpectedResponseError);
    expect(error).toMatchObject({ operation: 'searchLawyers', pointer: '/items' });
  });

  it('sends the base path, query, Accept-Language, partner key and a JSON body', async () => {
    const booking: BookingRequest = {
      center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T08:30:00+08:00',
      contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: '2026-01', agreed: true },
    };
    server = await scriptedServer(json(200, { items: [], total: 0, nextCursor: null }), problem(409, 'slot-full'));
    const transport = createSingleAttemptTransport({ baseUrl: `${server.url}/gateway`, apiKey: 'partner-7', locale: 'en' });
    await createLawyersResource(transport).search({ region: '370811', acceptsLegalAid: true }, { locale: 'zh-CN' });
    await expect(createAppointmentsResource(transport).book(booking, { idempotencyKey: 'key-1' })).rejects.toMatchObject({ code: 'slot-full' });
    const [search, book] = server.requests;
    expect(search).toMatchObject({ method: 'GET', url: '/gateway/v1/lawyers?region=370811&acceptsLegalAid=true' });
    expect(search!.headers).toMatchObject({ 'accept-language': 'zh-CN', 'x-partner-key': 'partner-7' });
    expect(book).toMatchObject({ method: 'POST', url: '/gateway/v1/appointments' });
    expect(book!.headers).toMatchObject({ 'accept-language': 'en', 'content-type': 'application/json', 'idempotency-key': 'key-1' });
    expect(JSON.parse(book!.body)).toEqual(booking);
    expect(server.requests).toHaveLength(2);
  });

  it('ends a call whose fetch ignores the signal: at the timeout, or when the caller aborts', async () => {
    const deaf: typeof fetch = () => new Promise<Response>(() => {});
    const started = performance.now();
    await expect(createHealthResource(createSingleAttemptTransport({ baseUrl: 'https://api.example.gov.cn/', fetch: deaf, timeoutMs: 100 })).check())
      .rejects.toBeInstanceOf(PlsTimeoutError);
    expect(performance.now() - started).toBeLessThan(1500);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(createHealthResource(createSingleAttemptTransport({ baseUrl: 'https://api.example.gov.cn/', fetch: deaf })).check({ signal: controller.signal }))
      .rejects.toMatchObject({ name: 'AbortError' });
  });

  it('calls a given fetch as fetch(url, init)', async () => {
    const calls: [unknown, RequestInit | undefined][] = [];
    const transport = createSingleAttemptTransport({
      baseUrl: 'https://api.example.gov.cn/',
      fetch: async (input, init) => {
        calls.push([input, init]);
        return new Response(JSON.stringify(health), { headers: { 'content-type': 'application/json' } });
      },
    });
    await expect(createHealthResource(transport).check()).resolves.toEqual(health);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('https://api.example.gov.cn/v1/health');
    expect(calls[0]![1]).toMatchObject({ method: 'GET', headers: { accept: 'application/json' } });
  });
});
