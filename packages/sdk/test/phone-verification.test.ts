// A partner's own front end confirming a resident's number with the SDK, against
// a real sandbox that requires it (PLSKIT_PHONE_VERIFICATION=sms): the code is
// read at the city's SMS gateway (a loopback server here), confirmed, and the
// token books; a wrong code says how many tries are left; nothing is retried.
import { startSandbox, type RunningSandbox } from '@plskit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type BookingRequest, type PlsClient } from '../src/index.js';
import { scriptedServer, type LoopbackServer } from './loopback-server.js';

let sandbox: RunningSandbox;
let gateway: LoopbackServer;
let client: PlsClient;

beforeAll(async () => {
  gateway = await scriptedServer((_, response) => { response.writeHead(200).end('ok'); });
  sandbox = await startSandbox({
    port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false, demoDir: false, cdnDir: false, checkResponses: true,
    phoneVerification: 'sms', webhooks: { endpoints: [], notifications: { url: `${gateway.url}/sms`, secrets: ['whsec_sdk_phone_verification_0123'] } },
  });
  client = createClient({ baseUrl: sandbox.url, locale: 'en' });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox?.close();
  await gateway?.close();
});

/** The code in the text message the gateway received for `phone`. */
async function codeSentTo(phone: string): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const message = gateway.requests.map((r) => JSON.parse(r.body) as { to: string; text: string }).find((m) => m.to === phone);
    if (message) return /\d{6}/.exec(message.text)?.[0] ?? '';
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no text message reached ${phone}`);
}

describe('phone verifications', () => {
  it('confirms a number with the code texted to it, and the token books a visit', async () => {
    const notice = await client.appointments.privacyNotice();
    expect(notice.phoneVerification).toBeDefined();
    const phone = '13912345678';
    const sent = await client.phoneVerifications.start({ phone, purpose: 'booking' });
    expect(sent).toMatchObject({ purpose: 'booking', attempts: 5, resendAfter: 60 });
    const code = await codeSentTo(phone);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await expect(client.phoneVerifications.confirm(sent.id, wrong)).rejects.toMatchObject({ status: 422, code: 'verification-code-incorrect' });
    const { verificationToken } = await client.phoneVerifications.confirm(sent.id, code);
    const booking: BookingRequest = {
      center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T09:00:00+08:00',
      contact: { name: 'Wang Xiaoming', phone }, consent: { privacyNotice: notice.version, agreed: true },
    };
    await expect(client.appointments.book(booking)).rejects.toMatchObject({ status: 403, code: 'phone-verification-required' });
    await expect(client.appointments.book({ ...booking, phoneVerification: verificationToken })).resolves.toMatchObject({ status: 'booked' });
    // asking again at once is 429 too-many-codes, and the SDK does not send it again: one more code would go out
    const codes = () => gateway.requests.filter((r) => r.body.includes('phone-verification-code')).length;
    await expect(client.phoneVerifications.start({ phone, purpose: 'booking' })).rejects.toMatchObject({ status: 429, code: 'too-many-codes' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(codes()).toBe(1);
  });
});
