// Slot scalping, where the operator confirms numbers (PLSKIT_PHONE_VERIFICATION=sms):
// a script with a stack of random numbers and no codes books nothing; a
// confirmed number holds at most 2 future visits; 5 wrong codes lock a
// verification; a question from the web needs a code confirmed for questions
// (a hotline call none). On SQLite and on PostgreSQL, through the HTTP API, with the
// codes read where a resident reads them: the text messages at the SMS gateway.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import type { SandboxOptions } from '../../src/options.js';
import { TEST_DATA_KEY } from '../test-keys.js';
import { freshPostgresUrl } from '../test-postgres.js';
import { webhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';
import { testStaffKeys, type TestStaffKeys } from '../staff-keys.js';
import { booking, FIXED_NOW, send } from './attacker.js';

const work = mkdtempSync(join(tmpdir(), 'plskit-phone-confirmation-'));
let gateway: WebhookReceiver;
let staffKeys: TestStaffKeys;
beforeAll(async () => { [gateway, staffKeys] = await Promise.all([webhookReceiver(), testStaffKeys()]); });
afterAll(async () => {
  await gateway.close();
  rmSync(work, { recursive: true, force: true });
});

const SLOTS = ['09:00', '09:30', '10:00'].map((time) => `2026-09-02T${time}:00+08:00`);

describe.each(['sqlite', 'postgres'] as const)('phone confirmation on %s', (engine) => {
  let db: string;
  let sandbox: RunningSandbox | undefined;
  afterEach(async () => {
    expect(sandbox?.responseViolations()).toEqual([]);
    await sandbox?.close();
    sandbox = undefined;
  });

  /** A sandbox that confirms numbers, on the test's database, its clock at `now` (a restart moves time on). */
  async function start(now = FIXED_NOW, options: SandboxOptions = {}): Promise<RunningSandbox> {
    await sandbox?.close();
    sandbox = await startSandbox({
      port: 0, db, now, dataKey: TEST_DATA_KEY, logger: false, rateLimit: false, demoDir: false, cdnDir: false, checkResponses: true,
      phoneVerification: 'sms', webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_phone_confirmation_0123456789'] } },
      staff: staffKeys.options, ...options,
    });
    noticeVersion = String((await send(`${sandbox.url}/v1/privacy-notices/appointments`)).json().version);
    return sandbox;
  }
  /** The notice in force says that numbers are confirmed: its version is the one a booking agrees to. */
  let noticeVersion = '';
  const fresh = async () => { db = engine === 'sqlite' ? join(work, `${Math.random().toString(36).slice(2)}.db`) : await freshPostgresUrl(); };

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    send(`${sandbox!.url}${path}`, { method: 'POST', body, headers });

  /** Asks for a code for `phone` and reads it from the text message the gateway received. */
  async function codeFor(phone: string, purpose: 'booking' | 'work-order' = 'booking'): Promise<{ id: string; code: string }> {
    const before = gateway.received.length;
    const started = await post('/v1/phone-verifications', { phone, purpose });
    expect([started.status, started.json().attempts]).toEqual([201, 5]);
    // the gateway also gets the bookings' own messages, in any order: wait for this number's code
    const codeMessage = () => gateway.json<{ to: string; template: string; text: string }>().slice(before)
      .find((m) => m.to === phone && m.template === 'phone-verification-code');
    await expect.poll(codeMessage, { timeout: 10_000 }).toBeDefined();
    const message = codeMessage();
    return { id: String(started.json().id), code: /\d{6}/.exec(message?.text ?? '')?.[0] ?? '' };
  }

  async function confirmedToken(phone: string, purpose: 'booking' | 'work-order' = 'booking'): Promise<string> {
    const { id, code } = await codeFor(phone, purpose);
    const confirmed = await post(`/v1/phone-verifications/${id}/confirm`, { code });
    expect(confirmed.status).toBe(200);
    return String(confirmed.json().verificationToken);
  }

  const book = (slotStart: string, phone: string, phoneVerification?: string, key = `confirm-test-${Math.random().toString(36).slice(2)}`) =>
    post('/v1/appointments', {
      ...booking(slotStart, { name: '欧阳测试', phone }), consent: { privacyNotice: noticeVersion, agreed: true },
      ...(phoneVerification ? { phoneVerification } : {}),
    },
      { 'idempotency-key': key });

  it('books nothing for 100 attempts with random numbers and no code, nor with a made-up or borrowed token', async () => {
    await fresh();
    await start();
    const notice = (await send(`${sandbox!.url}/v1/privacy-notices/appointments`)).json();
    expect(notice.version).toMatch(/\.code$/);
    expect(notice.phoneVerification).toBeDefined();
    const randomPhone = () => `13${3 + Math.floor(Math.random() * 7)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const codes: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => book(SLOTS[(batch + i) % SLOTS.length]!, randomPhone())));
      codes.push(...replies.map((r) => `${r.status} ${String(r.json().code)}`));
    }
    expect(new Set(codes)).toEqual(new Set(['403 phone-verification-required']));
    const forged = await book(SLOTS[0]!, randomPhone(), 'pv_3Fq9ZkP2mW7xR4tY8bN1cV6d.Xb3kQ9s0mT2vW8yZ1aC4dE6fG7hJ5kL3nP0qR2sU4vW');
    expect([forged.status, forged.json().code]).toEqual([403, 'phone-verification-invalid']);
    // a token confirmed for one number books nothing for another, and books once
    const token = await confirmedToken('13912340001');
    const borrowed = await book(SLOTS[0]!, '13912340002', token);
    expect([borrowed.status, borrowed.json().code]).toEqual([403, 'phone-verification-invalid']);
    expect((await book(SLOTS[0]!, '13912340001', token)).status).toBe(201);
    const again = await book(SLOTS[1]!, '13912340001', token);
    expect([again.status, again.json().code]).toEqual([403, 'phone-verification-invalid']);
    const availability = await send(`${sandbox!.url}/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-02&to=2026-09-02`);
    const taken = (availability.json().days as { slots: { capacity: number; remaining: number }[] }[])[0]!.slots
      .reduce((sum, slot) => sum + slot.capacity - slot.remaining, 0);
    expect(taken).toBe(1);
  });

  it('lets a confirmed number hold at most 2 future visits: the third is 409 booking-limit-reached, naming the limit', async () => {
    await fresh();
    const phone = '13912340003';
    // one code a minute to a number: each visit is booked two minutes after the last (a restart moves the fixed clock)
    for (const [i, minute] of ['00', '02', '04'].entries()) {
      await start(`2026-09-01T09:${minute}:00+08:00`);
      const reply = await book(SLOTS[i]!, phone, await confirmedToken(phone));
      if (i < 2) expect(reply.status).toBe(201);
      else {
        expect([reply.status, reply.json().code, reply.json().limit]).toEqual([409, 'booking-limit-reached', 2]);
        expect(String(reply.json().detail)).toContain('12348');
      }
    }
    // another number is not held back by this one
    expect((await book(SLOTS[2]!, '13912340004', await confirmedToken('13912340004'))).status).toBe(201);
  });

  it('locks a verification after 5 wrong codes: the right code no longer confirms it', async () => {
    await fresh();
    await start();
    const { id, code } = await codeFor('13912340005');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const answers: unknown[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const reply = await post(`/v1/phone-verifications/${id}/confirm`, { code: wrong });
      answers.push([reply.status, reply.json().code, reply.json().attemptsLeft]);
    }
    expect(answers).toEqual([
      [422, 'verification-code-incorrect', 4], [422, 'verification-code-incorrect', 3], [422, 'verification-code-incorrect', 2],
      [422, 'verification-code-incorrect', 1], [409, 'verification-locked', undefined],
    ]);
    const right = await post(`/v1/phone-verifications/${id}/confirm`, { code });
    expect([right.status, right.json().code]).toEqual([409, 'verification-locked']);
    // and one code a minute to a number: asking again at once waits
    const soon = await post('/v1/phone-verifications', { phone: '13912340005', purpose: 'booking' });
    expect([soon.status, soon.json().code]).toEqual([429, 'too-many-codes']);
    expect(Number(soon.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('takes a question from the web only with a code confirmed for questions and its number, once; a hotline call is asked for none', async () => {
    await fresh();
    await start();
    const notice = (await send(`${sandbox!.url}/v1/privacy-notices/work-orders`)).json();
    expect(notice.version).toMatch(/\.code$/);
    expect(notice.phoneVerification).toBeDefined();
    const phone = '13912340006';
    const question = (phoneVerification?: string, key = `question-${Math.random().toString(36).slice(2)}`) => post('/v1/work-orders', {
      kind: 'question', topic: 'labour', region: '370811', text: '公司拖欠工资怎么办？', contact: { name: '欧阳测试', phone },
      consent: { privacyNotice: notice.version, agreed: true }, ...(phoneVerification ? { phoneVerification } : {}),
    }, { 'idempotency-key': key });
    const missing = await question();
    expect([missing.status, missing.json().code]).toEqual([403, 'phone-verification-required']);
    // a code confirmed for a booking does not make a question
    const forBooking = await question(await confirmedToken(phone, 'booking'));
    expect([forBooking.status, forBooking.json().code]).toEqual([403, 'phone-verification-invalid']);
    await start('2026-09-01T09:02:00+08:00');
    const token = await confirmedToken(phone, 'work-order');
    expect((await question(token)).status).toBe(201);
    const again = await question(token);
    expect([again.status, again.json().code]).toEqual([403, 'phone-verification-invalid']);
    const operator = await staffKeys.token({ sub: 'hotline-code-test', roles: ['hotline-operator'] });
    const called = await post('/v1/staff/work-orders', {
      kind: 'question', topic: 'labour', region: '370811', text: '来电：公司拖欠工资怎么办？', contact: { name: '欧阳来电', phone: '13912340007' },
      consent: { privacyNotice: notice.version, agreed: true, form: 'oral' },
    }, { authorization: `Bearer ${operator}`, 'idempotency-key': `hotline-${Math.random().toString(36).slice(2)}` });
    expect(called.status).toBe(201);
    const queue = await send(`${sandbox!.url}/v1/staff/work-orders`, { headers: { authorization: `Bearer ${operator}` } });
    expect(queue.json().total).toBe(2);
  });
});
