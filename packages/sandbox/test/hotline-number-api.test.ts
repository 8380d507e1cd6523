// Where a city merged 12348 into 12345 (国办发〔2020〕53号), the operator sets
// the number (PLSKIT_HOTLINE), over HTTP on SQLite and (the "postgres" test
// project) on PostgreSQL: residents' text messages and the problem details
// that tell them to call name that number and never 12348; a number that is
// not one stops the start.
import { randomUUID } from 'node:crypto';
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { optionsFromEnv } from '../src/options.js';
import { apiSandbox } from './api-sandbox.js';
import { bookVisit, openSlots, residentNumber } from './resident.js';
import { freshDatabase } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

let gateway: WebhookReceiver;
let sandbox: RunningSandbox;

beforeAll(async () => {
  gateway = await webhookReceiver();
  sandbox = await apiSandbox({
    db: await freshDatabase(testEngine), hotline: '12345', maxOpenWorkOrdersPerPhone: 1, delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 },
    webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_gateway_secret_0123456789'] } },
  });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
  await gateway.close();
});

describe(`the hotline a deployment names, on ${testEngine}`, () => {
  it('is the one a booked visit\'s text message and the refusal of one visit too many tell residents to call', async () => {
    const [first, second, third] = await openSlots(sandbox.url, '2026-09-03');
    const resident = residentNumber(8001);
    expect((await bookVisit(sandbox.url, first!, { contact: resident, locale: 'en' })).status).toBe(201);
    expect((await bookVisit(sandbox.url, second!, { contact: resident })).status).toBe(201);
    await gateway.until(2);
    const texts = gateway.json<{ template: string; text: string }>().map((m) => m.text);
    // the two are delivered in either order
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('call 12345.'), expect.stringContaining('拨12345。')]));
    for (const text of texts) expect(text).not.toContain('12348');

    const refused = await fetch(`${sandbox.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ center: 'sc-370811', service: 'legal-consultation', slotStart: third, contact: resident,
        consent: { privacyNotice: (await (await fetch(`${sandbox.url}/v1/privacy-notices/appointments`)).json()).version, agreed: true } }),
    });
    const problem = (await refused.json()) as { code: string; detail: string };
    expect([refused.status, problem.code]).toEqual([409, 'booking-limit-reached']);
    expect(problem.detail).toContain('拨打 12345');
    expect(problem.detail).not.toContain('12348');
  });

  it('is the one the refusal of one question too many tells residents to call to withdraw one', async () => {
    const ask = () => fetch(`${sandbox.url}/v1/work-orders`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'accept-language': 'en' },
      body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: '公司拖欠工资，我可以怎么办？',
        contact: residentNumber(8002), consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    expect((await ask()).status).toBe(201);
    const refused = await ask();
    const problem = (await refused.json()) as { code: string; detail: string };
    expect([refused.status, problem.code]).toEqual([409, 'work-order-limit-reached']);
    expect(problem.detail).toContain('call 12345 with its reference');
    expect(problem.detail).not.toContain('12348');
  });

  it('is a number: words or markup stop the start, whichever way they are given', async () => {
    expect(optionsFromEnv({ PLSKIT_HOTLINE: ' 0537-12348 ' }).hotline).toBe('0537-12348');
    for (const hotline of ['call 12345', '12345<b>', '']) {
      await expect(apiSandbox({ db: ':memory:', hotline })).rejects.toThrow(/PLSKIT_HOTLINE must be a phone number/);
    }
  });
});
