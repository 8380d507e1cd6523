// The key-encryption key (PLSKIT_DATA_KEY): rotated by putting a new key
// first and re-wrapping every data key under it, after which the old key can
// go and every record still opens; a database opened without the key that
// wraps its data keys refuses to start, saying which key it needs and never a key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDataKeyCommand } from '../../src/index.js';
import { newKeyText, parseKeyRing } from '../../src/crypto/key-ring.js';
import { openStorage } from '../../src/store/open-storage.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from '../store/test-storage.js';
import { TEST_DATA_KEY, TEST_KEY_RING } from '../test-keys.js';

const slot = { centerId: 'sc-370800', service: 'mediation', start: '2026-09-02T09:00:00+08:00', end: '2026-09-02T09:30:00+08:00', capacity: 4 };
const contact = { name: '王小明', phone: '13812345678' };

describe.each(STORE_ENGINES)('rotating the data key on %s', (engineName) => {
  let storage: TestStorage;
  let reference: string;
  let question: { reference: string; manageToken: string };
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    const outcome = await storage.engine.appointments.book({ slot, contact, privacyNotice: 'x', locale: 'zh-CN', now: '2026-09-01T09:00:00+08:00' },
      undefined, (a) => ({ status: 201, body: { reference: a.reference } }));
    reference = ((outcome as { reply: { body: { reference: string } } }).reply.body).reference;
    const asked = await storage.engine.workOrders.create({
      kind: 'question', channel: 'web', topic: 'labour', region: '370811', callbackWindow: null, contact, text: '工资被拖欠怎么办？',
      privacyNotice: 'x', locale: 'zh-CN', dueBy: '2026-09-04', now: '2026-09-01T09:00:00+08:00',
    }, undefined, (w, manageToken) => ({ status: 201, body: { reference: w.reference, manageToken } }));
    question = (asked as { reply: { body: typeof question } }).reply.body;
  });
  afterEach(() => storage.close());

  const run = async (dataKey: string, ...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDataKeyCommand(args, { env: { PLSKIT_DB: storage.db, PLSKIT_DATA_KEY: dataKey }, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('re-wraps every data key under the new key, after which the old one can be dropped and every record still opens', async () => {
    const next = newKeyText();
    const nextId = parseKeyRing(next, 'test').current.id;
    const oldId = TEST_KEY_RING.current.id;
    const before = await run(`${next},${TEST_DATA_KEY}`, 'status');
    // the booking's and the work order's data keys, and the lookup key
    expect(before.out).toBe(`${nextId} (current): wraps 0 data keys\n${oldId}: wraps 3 data keys`);
    const rewrapped = await run(`${next},${TEST_DATA_KEY}`, 'rewrap');
    expect(rewrapped.out).toBe(`re-wrapped 3 data keys under ${nextId}\n${nextId} (current): wraps 3 data keys\n${oldId}: wraps 0 data keys, can be dropped`);
    for (const printed of [before.out, before.err, rewrapped.out, rewrapped.err]) {
      expect(printed).not.toContain(next);
      expect(printed).not.toContain(TEST_DATA_KEY);
    }
    const rotated = await openStorage(storage.db, { keys: parseKeyRing(next, 'test') });
    try {
      expect(await rotated.appointments.contactOf(reference)).toEqual({ ...contact, note: null });
      expect(await rotated.workOrders.follow(question.reference, question.manageToken)).toMatchObject({ kind: 'ok', workOrder: { contact, text: '工资被拖欠怎么办？' } });
    } finally {
      await rotated.close();
    }
  });

  it('refuses to open a database whose data keys another key wraps, naming the key it needs and never a key', async () => {
    const stranger = newKeyText();
    const opened = openStorage(storage.db, { keys: parseKeyRing(stranger, 'test') });
    await expect(opened).rejects.toThrow(new RegExp(`wrapped by ${TEST_KEY_RING.current.id}`));
    const message = String(await opened.catch((error: unknown) => error));
    expect(message).not.toContain(stranger);
    expect(message).not.toContain(TEST_DATA_KEY);
    const status = await run(stranger, 'status').catch((error: unknown) => ({ code: -1, out: '', err: String(error) }));
    expect(status.code).not.toBe(0);
  });

  it('makes a new key, and refuses one that is not a base64 256-bit key without quoting it', async () => {
    const made = await run(TEST_DATA_KEY, 'new');
    expect(made.code).toBe(0);
    expect(Buffer.from(made.out, 'base64')).toHaveLength(32);
    expect(made.err).toMatch(/^id kek-[0-9a-f]{10}: put it first in PLSKIT_DATA_KEY/);
    expect(() => parseKeyRing('c2hvcnQta2V5', 'PLSKIT_DATA_KEY')).toThrow(/^PLSKIT_DATA_KEY: key 1 is not a base64 256-bit key/);
    expect(() => parseKeyRing('# only a comment\n', 'PLSKIT_DATA_KEY')).toThrow(/PLSKIT_DATA_KEY holds no key/);
    expect(String((() => { try { parseKeyRing('c2hvcnQta2V5', 'X'); } catch (error) { return error; } })())).not.toContain('c2hvcnQta2V5');
  });
});
