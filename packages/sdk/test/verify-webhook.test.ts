// A partner's server verifies what the API sends it: a genuine event passes
// and comes back typed; a changed body, a wrong secret, an old timestamp and a
// malformed header are each refused with their own error. Signatures here are
// made with node:crypto, apart from the SDK's WebCrypto code; the last test
// takes real events from the sandbox.
import { startSandbox } from '@plskit/sandbox';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  PlsWebhookError, PlsWebhookHeaderError, PlsWebhookSignatureError, PlsWebhookTimestampError, verifyWebhook, type WebhookEvent,
} from '../src/index.js';

const SECRET = 'whsec_partner_secret_0123456789';
const NOW = 1_790_403_300;
const body = JSON.stringify({
  id: 'evt_3Fq9ZkP2mW7xR4tY8bN1cV6d', type: 'appointment.rescheduled', created: '2026-09-21T16:40:00+08:00',
  data: {
    appointment: { reference: 'JN-7K3Q-9M2P', status: 'booked', center: 'sc-370811', service: 'legal-consultation', slot: { start: '2026-09-29T14:00:00+08:00', end: '2026-09-29T14:30:00+08:00' } },
    previousSlot: { start: '2026-09-28T08:30:00+08:00', end: '2026-09-28T09:00:00+08:00' },
  },
});
const v1 = (text: string, secret = SECRET, t = NOW) => createHmac('sha256', secret).update(`${t}.${text}`).digest('hex');
const header = (text = body, secret = SECRET, t = NOW) => `t=${t},v1=${v1(text, secret, t)}`;
const verify = (raw: string | Uint8Array, signature: string | undefined, secret: string | string[] = SECRET, toleranceSeconds?: number) =>
  verifyWebhook(raw, signature, secret, { now: NOW, ...(toleranceSeconds === undefined ? {} : { toleranceSeconds }) });

describe('verifyWebhook', () => {
  it('accepts a genuine event and returns it typed', async () => {
    const event = await verify(body, header());
    expect(event.id).toBe('evt_3Fq9ZkP2mW7xR4tY8bN1cV6d');
    if (event.type !== 'appointment.rescheduled') throw new Error('narrowed by type');
    expect(event.data.previousSlot.start).toBe('2026-09-28T08:30:00+08:00');
    // the raw bytes, as a Node server reads them, verify the same
    await expect(verify(Buffer.from(body, 'utf8'), header())).resolves.toEqual(JSON.parse(body));
  });

  it('refuses a changed body, even one byte or only its spacing', async () => {
    const changed = body.replace('JN-7K3Q-9M2P', 'JN-7K3Q-9M2Q');
    await expect(verify(changed, header())).rejects.toBeInstanceOf(PlsWebhookSignatureError);
    await expect(verify(JSON.stringify(JSON.parse(body), null, 1), header())).rejects.toBeInstanceOf(PlsWebhookSignatureError);
  });

  it('refuses a request signed with another secret', async () => {
    await expect(verify(body, header(body, 'whsec_someone_elses_secret_0123'))).rejects.toThrow(PlsWebhookSignatureError);
    await expect(verify(body, header(), 'whsec_the_wrong_secret_012345678')).rejects.toMatchObject({ code: 'webhook-signature-mismatch' });
  });

  it('refuses a timestamp older (or later) than the tolerance, five minutes unless told', async () => {
    await expect(verify(body, header(body, SECRET, NOW - 300))).resolves.toBeTruthy();
    const old = verify(body, header(body, SECRET, NOW - 301));
    await expect(old).rejects.toBeInstanceOf(PlsWebhookTimestampError);
    await expect(old).rejects.toMatchObject({ code: 'webhook-timestamp-outside-tolerance', timestamp: NOW - 301, toleranceSeconds: 300 });
    await expect(verify(body, header(body, SECRET, NOW + 301))).rejects.toBeInstanceOf(PlsWebhookTimestampError);
    await expect(verify(body, header(body, SECRET, NOW - 3000), SECRET, 3600)).resolves.toBeTruthy();
    // a stale request with a forged signature is a forgery first
    await expect(verify(body, `t=${NOW - 3000},v1=${'0'.repeat(64)}`)).rejects.toBeInstanceOf(PlsWebhookSignatureError);
  });

  it.each([
    [undefined, 'is missing'],
    ['', 'is missing'],
    [`v1=${v1(body)}`, 'has no t='],
    [`t=${NOW}`, 'has no v1= signature'],
    [`t=${NOW},v1=xyz`, 'has a v1 that is not 64 hex digits'],
    [`t=soon,v1=${v1(body)}`, 'needs one t=<unix seconds>'],
    [`t=${NOW},t=${NOW},v1=${v1(body)}`, 'needs one t=<unix seconds>'],
    [`t=${NOW};v1=${v1(body)}`, 'needs one t=<unix seconds>'],
    ['garbage', 'has a part that is not key=value'],
  ])('refuses the header %j as malformed (%s)', async (signature, why) => {
    const attempt = verify(body, signature);
    await expect(attempt).rejects.toBeInstanceOf(PlsWebhookHeaderError);
    await expect(attempt).rejects.toThrow(`Plskit-Signature header ${why}`);
  });

  it('accepts either of two signatures while a secret is rotated, and several secrets of its own', async () => {
    const rotating = `${header()},v1=${v1(body, 'whsec_the_new_secret_0123456789')}`;
    await expect(verify(body, rotating)).resolves.toBeTruthy();
    await expect(verify(body, rotating, 'whsec_the_new_secret_0123456789')).resolves.toBeTruthy();
    await expect(verify(body, header(), ['whsec_the_new_secret_0123456789', SECRET])).resolves.toBeTruthy();
    // a scheme it does not know is skipped, not refused
    await expect(verify(body, `${header()},v0=abc`)).resolves.toBeTruthy();
    await expect(verify(body, header(), [])).rejects.toBeInstanceOf(PlsWebhookError);
  });

  it('verifies the events the sandbox really sends', async () => {
    const events: WebhookEvent[] = [];
    const failures: unknown[] = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        verifyWebhook(Buffer.concat(chunks), request.headers['plskit-signature'] as string, SECRET)
          .then((event) => { events.push(event); response.writeHead(204).end(); }, (error: unknown) => { failures.push(error); response.writeHead(400).end(); });
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const sandbox = await startSandbox({
      port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false, demoDir: false, cdnDir: false,
      webhooks: { endpoints: [{ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, secrets: [SECRET], events: ['*'] }] },
    });
    try {
      const availability = await (await fetch(`${sandbox.url}/v1/appointments/availability?center=sc-370811&service=mediation&from=2026-09-02&to=2026-09-02`)).json() as { days: { slots: { start: string }[] }[] };
      const notice = await (await fetch(`${sandbox.url}/v1/privacy-notices/appointments`)).json() as { version: string };
      const booked = await fetch(`${sandbox.url}/v1/appointments`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'verify-webhook-1' },
        body: JSON.stringify({
          center: 'sc-370811', service: 'mediation', slotStart: availability.days[0]?.slots[0]?.start,
          contact: { name: '王小明', phone: '13812345678' }, consent: { privacyNotice: notice.version, agreed: true },
        }),
      });
      const { reference } = await booked.json() as { reference: string };
      for (let waited = 0; events.length === 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(failures).toEqual([]);
      expect(events).toEqual([expect.objectContaining({ type: 'appointment.booked', data: { appointment: expect.objectContaining({ reference }) } })]);
    } finally {
      await sandbox.close();
      receiver.closeAllConnections();
      receiver.close();
    }
  });
});
