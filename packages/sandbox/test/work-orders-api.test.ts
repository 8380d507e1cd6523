// A resident asks a legal question or a call-back over HTTP and follows it
// with the manage token, on the fixed clock of Tuesday 1 September 2026; a
// center answers it through the store, as the staff desk will. Bad input is a
// 4xx problem naming the field, and nothing is stored.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION, WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import type { SandboxOptions } from '../src/options.js';
import { openStorage } from '../src/store/open-storage.js';
import { TEST_KEY_RING } from './test-keys.js';
import type { StorageEngine } from '../src/store/storage-engine.js';
import { apiSandbox } from './api-sandbox.js';
import { rawSql } from './store/test-storage.js';
import { freshPostgresUrl, testEngine } from './test-postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-work-orders-'));
let db: string;
let sandbox: RunningSandbox;
/** The same database, as the staff desk's operations will reach it. */
let staff: StorageEngine;
beforeAll(async () => {
  db = testEngine === 'postgres' ? await freshPostgresUrl() : join(dir, 'sandbox.db');
  sandbox = await apiSandbox({ db });
  staff = await openStorage(db, { keys: TEST_KEY_RING });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await staff.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUESTION = '公司拖欠三个月工资，没有签劳动合同，我可以怎么办？';
const question = (extra: Record<string, unknown> = {}) => ({
  kind: 'question', topic: 'labour', region: '370811', text: QUESTION,
  contact: { name: '王小明', phone: '13800138000' },
  consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true },
  ...extra,
});

function ask(body: unknown, key: string = randomUUID(), url = sandbox.url, headers: Record<string, string> = {}) {
  return fetch(`${url}/v1/work-orders`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers }, body: JSON.stringify(body),
  });
}

const follow = (reference: string, token: string) => fetch(`${sandbox.url}/v1/work-orders/${reference}`, { headers: { 'x-manage-token': token } });

interface Problem { status: number; code: string; errors?: { field: string; code: string; message: string }[] }

async function storedCount(): Promise<number> {
  const raw = rawSql(testEngine, db);
  try {
    const [row] = await raw.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM work_orders');
    return Number(row?.n);
  } finally {
    await raw.close();
  }
}

/** A sandbox of its own on another day (its time limits), in memory. */
async function sandboxOn(now: string, options: SandboxOptions = {}): Promise<RunningSandbox> {
  return apiSandbox({ now, ...options });
}

describe('work orders over HTTP', () => {
  it('serves the notice, and the time limits in working days on the city calendar', async () => {
    const notice = await (await fetch(`${sandbox.url}/v1/privacy-notices/work-orders`)).json();
    expect(notice).toMatchObject({ subject: 'work-orders', version: WORK_ORDER_PRIVACY_NOTICE_VERSION, retention: { days: 30 } });
    // Tuesday 1 September: 3 working days for a question, the next 2 for a call-back
    expect(await (await fetch(`${sandbox.url}/v1/work-orders/time-limits`)).json()).toEqual({
      today: '2026-09-01', question: { workingDays: 3, dueBy: '2026-09-04' },
      callback: { workingDays: 2, days: ['2026-09-02', '2026-09-03'] }, provisional: false, unverified: true,
    });
  });

  it('skips the weekend and the statutory holidays for dueBy, counts a make-up working day, and follows the operator\'s days', async () => {
    // Thursday 24 September: 中秋 25–27 September and the weekend are closed
    const midAutumn = await sandboxOn('2026-09-24T10:00:00+08:00');
    // Wednesday 30 September: 国庆 1–7 October closed, Saturday 10 October worked (调休上班)
    const nationalDay = await sandboxOn('2026-09-30T16:00:00+08:00', { workOrderDueDays: { question: 5, callback: 2 } });
    try {
      const made = await (await ask(question(), randomUUID(), midAutumn.url)).json();
      expect(made).toMatchObject({ status: 'received', dueBy: '2026-09-30' });
      const limits = await (await fetch(`${nationalDay.url}/v1/work-orders/time-limits`)).json();
      expect(limits).toMatchObject({ question: { workingDays: 5, dueBy: '2026-10-13' }, callback: { days: ['2026-10-08', '2026-10-09'] }, unverified: false });
      const callback = await ask(question({ kind: 'callback', callbackWindow: { date: '2026-10-09', part: 'afternoon' } }), randomUUID(), nationalDay.url);
      expect(await callback.json()).toMatchObject({ kind: 'callback', dueBy: '2026-10-09', callbackWindow: { date: '2026-10-09', part: 'afternoon' } });
    } finally {
      await midAutumn.close();
      await nationalDay.close();
    }
  });

  it('makes a work order, gives its token once, and shows it to that token only (the same 403 for a wrong token and an unknown reference)', async () => {
    const response = await ask(question(), 'work-order-key-0001', sandbox.url, { 'accept-language': 'en' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const made = await response.json();
    expect(made).toMatchObject({
      reference: expect.stringMatching(/^GD-[0-9A-Z]{4}-[0-9A-Z]{4}$/), manageToken: expect.any(String), kind: 'question', channel: 'web',
      status: 'received', center: null, dueBy: '2026-09-04', overdue: false, contact: { name: '王**', phone: '138****8000' },
      timeline: [{ kind: 'received', at: '2026-09-01T09:00:00+08:00' }],
    });
    // the reply that makes it does not repeat the question
    expect(made).not.toHaveProperty('text');

    const followed = await follow(made.reference, made.manageToken);
    expect(followed.status).toBe(200);
    expect(followed.headers.get('cache-control')).toBe('no-store');
    const view = await followed.json();
    expect(view).toMatchObject({ reference: made.reference, status: 'received', text: QUESTION });
    expect(view).not.toHaveProperty('manageToken');
    expect(view).not.toHaveProperty('answer');

    const wrong = await follow(made.reference, `${made.manageToken.slice(0, -1)}x`);
    const unknown = await follow('GD-2222-2222', made.manageToken);
    expect([wrong.status, unknown.status]).toEqual([403, 403]);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('shows the resident the timeline and the answer once a center has it, and the closing', async () => {
    const made = await (await ask(question())).json();
    await staff.workOrders.assign(made.reference, 'sc-370811', '2026-09-01T10:00:00+08:00');
    await staff.workOrders.reply(made.reference, '可以申请劳动仲裁。', '2026-09-02T15:30:00+08:00');
    const answered = await (await follow(made.reference, made.manageToken)).json();
    expect(answered).toMatchObject({
      status: 'answered', center: 'sc-370811', answer: { text: '可以申请劳动仲裁。', at: '2026-09-02T15:30:00+08:00' },
      timeline: [
        { kind: 'received', at: '2026-09-01T09:00:00+08:00' },
        { kind: 'assigned', at: '2026-09-01T10:00:00+08:00', center: 'sc-370811' },
        { kind: 'answered', at: '2026-09-02T15:30:00+08:00' },
      ],
    });
    // the answer is the answer's, not repeated in the timeline
    expect(answered.timeline[2]).not.toHaveProperty('text');
    await staff.workOrders.close(made.reference, 'answered', '2026-09-03T09:00:00+08:00');
    const closed = await (await follow(made.reference, made.manageToken)).json();
    expect(closed).toMatchObject({ status: 'closed', resolution: 'answered', answer: { text: '可以申请劳动仲裁。' } });
    expect(closed.timeline.at(-1)).toEqual({ kind: 'closed', at: '2026-09-03T09:00:00+08:00', resolution: 'answered' });
  });

  it('refuses bad input with a 4xx problem naming the field, and stores nothing', async () => {
    const before = await storedCount();
    const idNumber = '11010519491231002X';
    const { consent: _consent, ...withoutConsent } = question();
    const cases: [string, unknown, number, string, string?][] = [
      ['empty text', question({ text: '' }), 400, '/text'],
      ['blank text', question({ text: '   \n' }), 400, '/text', 'required'],
      ['1,001 characters', question({ text: '问'.repeat(1001) }), 400, '/text'],
      ['an ID number in the text', question({ text: `我的身份证号${idNumber}，工资被拖欠` }), 400, '/text', 'personal-data'],
      ['a topic not in the catalogue', question({ topic: 'astrology' }), 400, '/topic', 'not-found'],
      ['the city as the region', question({ region: '370800' }), 400, '/region', 'not-found'],
      ['a region of another city', question({ region: '110105' }), 400, '/region', 'not-found'],
      ['no consent', withoutConsent, 400, '/consent'],
      ['consent not given', question({ consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: false } }), 400, '/consent/agreed'],
      ['an outdated notice', question({ consent: { privacyNotice: '2026-11', agreed: true } }), 409, '/consent/privacyNotice', 'outdated'],
      ['a call-back without a window', question({ kind: 'callback' }), 400, '/callbackWindow', 'required'],
      ['a call-back on a day not offered', question({ kind: 'callback', callbackWindow: { date: '2026-09-05', part: 'morning' } }), 400, '/callbackWindow/date', 'not-offered'],
      ['a window on a question', question({ callbackWindow: { date: '2026-09-02', part: 'morning' } }), 400, '/callbackWindow', 'not-allowed'],
      ['not a mobile number', question({ contact: { name: '王小明', phone: '05375551234' } }), 400, '/contact/phone'],
    ];
    for (const [what, body, status, field, code] of cases) {
      const response = await ask(body);
      const problem = (await response.json()) as Problem;
      expect(response.status, what).toBe(status);
      expect(problem.errors?.map((e) => e.field), what).toContain(field);
      if (code) expect(problem.errors?.find((e) => e.field === field)?.code, what).toBe(code);
      // the problem names the field, never what was typed into it
      expect(JSON.stringify(problem), what).not.toMatch(new RegExp(`${idNumber}|王小明|13800138000|拖欠`));
    }
    expect(await storedCount()).toBe(before);
  });

  it('names every wrong field of one request at once', async () => {
    const response = await ask(question({ topic: 'astrology', region: '370800', text: ' ' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).errors?.map((e) => e.field)).toEqual(['/text', '/topic', '/region']);
  });

  it('replays a retried request with the same key, refuses the key with another body, and never replays a booking\'s key', async () => {
    const key = `work-order-retry-${randomUUID()}`;
    const first = await ask(question(), key);
    const again = await ask(question(), key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect((await ask(question({ text: '另一个问题' }), key)).status).toBe(422);

    const bookingKey = `booking-then-question-${randomUUID()}`;
    const days = await (await fetch(`${sandbox.url}/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-02&to=2026-09-02`)).json();
    const booked = await fetch(`${sandbox.url}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': bookingKey },
      body: JSON.stringify({ center: 'sc-370811', service: 'legal-consultation', slotStart: days.days[0].slots[0].start,
        contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    expect(booked.status).toBe(201);
    const reused = await ask(question(), bookingKey);
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as Problem).code).toBe('idempotency-key-reused');
  });
});
