// examples/webhook-receiver, as a partner runs it: a signed event is handled
// once however often it arrives, a forged one is refused, and the answer does
// not wait for the work.
import { createHmac } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the example is plain JavaScript, as a partner might write it
import { webhookHandler } from '../../../examples/webhook-receiver/receiver.mjs';

const SECRET = 'whsec_example_secret_0123456789';
const handled: { id: string }[] = [];
let url: string;
let close: () => void;

beforeAll(async () => {
  const server = createServer((webhookHandler as (o: unknown) => RequestListener)({ secrets: [SECRET], handle: (event: { id: string }) => { handled.push(event); } }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/plskit/events`;
  close = () => { server.closeAllConnections(); server.close(); };
});
afterAll(() => close());

const send = (body: string, secret = SECRET) => {
  const t = Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST', body,
    headers: { 'content-type': 'application/json', 'plskit-signature': `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}` },
  });
};

describe('the example webhook receiver', () => {
  it('acknowledges a genuine event every time it arrives, and handles it once', async () => {
    const body = JSON.stringify({ id: 'evt_5Np7Sd2Kf8Hj4Lq9Xr3Tw6Vb', type: 'appointment.cancelled', created: '2026-09-22T08:05:00+08:00', data: {} });
    expect((await send(body)).status).toBe(204);
    expect((await send(body)).status).toBe(204);
    expect(handled.map((e) => e.id)).toEqual(['evt_5Np7Sd2Kf8Hj4Lq9Xr3Tw6Vb']);
  });

  it('refuses a forged event and other methods', async () => {
    expect((await send('{"id":"evt_forged"}', 'whsec_not_the_secret_0123456789')).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
    expect(handled.map((e) => e.id)).not.toContain('evt_forged');
  });
});
