// kill -9 in the middle of a booking burst, then a restart on the same file:
// no acknowledged (201) booking is lost, none is duplicated when residents
// retry with their Idempotency-Key, and no slot holds more than its places.
// The sandbox runs as its own process (the bin, as `npm start` runs it), so
// the kill is real. Needs the compiled dist/ (npm test builds first).
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/plskit-sandbox.js', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const NOW = '2026-09-01T09:00:00+08:00';
const BURST = 120;
const ROUNDS = 2;

const dir = mkdtempSync(join(tmpdir(), 'plskit-crash-'));
const db = join(dir, 'sandbox.db');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function startProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', PLSKIT_DB: db, PLSKIT_NOW: NOW, PLSKIT_RATE_LIMIT: 'off', PLSKIT_LOG: 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let printed = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      printed += chunk;
      const match = /API\s+(http:\/\/\S+)\/v1\/health/.exec(printed);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${printed}`)));
  });
  return { url, child };
}

interface Attempt {
  key: string;
  slotStart: string;
}

interface Answer {
  status: number;
  reference?: string;
}

/** POST a booking; a connection cut by the kill answers status 0. */
function post(url: string, agent: Agent, attempt: Attempt): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(`${url}/v1/appointments`, {
      method: 'POST', agent, headers: { 'content-type': 'application/json', 'idempotency-key': attempt.key },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => {
        const body = JSON.parse(text) as { reference?: string };
        resolve({ status: res.statusCode ?? 0, ...(body.reference ? { reference: body.reference } : {}) });
      });
      res.on('error', () => resolve({ status: 0 }));
    });
    req.on('error', () => resolve({ status: 0 }));
    req.end(JSON.stringify({
      center: 'sc-370811', service: 'legal-consultation', slotStart: attempt.slotStart,
      contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
    }));
  });
}

async function openSlots(url: string): Promise<{ start: string; capacity: number }[]> {
  const response = await fetch(`${url}/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-02&to=2026-09-04`);
  const { days } = await response.json() as { days: { slots: { start: string; capacity: number; remaining: number }[] }[] };
  return days.flatMap((d) => d.slots);
}

describe.skipIf(!existsSync(DIST))(`kill -9 during a booking burst${existsSync(DIST) ? '' : ' (skipped: packages/sandbox/dist is not built; npm test builds it)'}`, () => {
  it('loses no acknowledged booking, duplicates none on retry, and overfills no slot', async () => {
    let acknowledged = new Map<string, string>(); // idempotency key -> reference
    const attempts: Attempt[] = [];
    let capacityOf = new Map<string, number>();

    for (let round = 0; round < ROUNDS; round++) {
      const { url, child } = await startProcess();
      // every acknowledged booking of the rounds before survived the kill
      for (const [key, reference] of acknowledged) {
        const replay = await post(url, new Agent(), { key, slotStart: attempts.find((a) => a.key === key)?.slotStart ?? '' });
        expect([replay.status, replay.reference]).toEqual([201, reference]);
      }
      const slots = await openSlots(url);
      capacityOf = new Map(slots.map((s) => [s.start, s.capacity]));
      // a burst of residents on a few slots, more of them than there are places
      const burst = Array.from({ length: BURST }, (_, i) => ({ key: `crash-${round}-${i}-attempt-key`, slotStart: slots[round * 8 + (i % 8)]?.start ?? '' }));
      attempts.push(...burst);
      const agent = new Agent({ maxSockets: BURST });
      // kill as soon as a few answers are back: the rest are in flight, some mid-transaction
      let answered = 0;
      let someAnswered: () => void = () => undefined;
      const killPoint = new Promise<void>((resolve) => { someAnswered = resolve; });
      const answers = burst.map((attempt) => post(url, agent, attempt).then((answer) => {
        if (++answered === 5 + round * 10) someAnswered();
        return { attempt, answer };
      }));
      await killPoint;
      child.kill('SIGKILL');
      for (const { attempt, answer } of await Promise.all(answers)) {
        if (answer.status === 201 && answer.reference) acknowledged.set(attempt.key, answer.reference);
      }
      agent.destroy();
    }

    // the last restart: residents whose request was cut retry with their key, once each
    const { url, child } = await startProcess();
    for (const attempt of attempts) {
      const answer = await post(url, new Agent(), attempt);
      expect(answer.status === 0 || answer.status >= 500, `a retry answered ${answer.status}`).toBe(false);
      if (acknowledged.has(attempt.key)) expect(answer.reference).toBe(acknowledged.get(attempt.key));
      else if (answer.status === 201 && answer.reference) acknowledged = new Map(acknowledged).set(attempt.key, answer.reference);
    }
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));

    const file = new Database(db, { readonly: true });
    try {
      const rows = file.prepare(`SELECT reference, slot_start FROM appointments WHERE status = 'booked'`).all() as { reference: string; slot_start: string }[];
      // exactly the acknowledged bookings are stored: none lost, none twice
      expect(rows.map((r) => r.reference).sort()).toEqual([...acknowledged.values()].sort());
      const perSlot = new Map<string, number>();
      for (const row of rows) perSlot.set(row.slot_start, (perSlot.get(row.slot_start) ?? 0) + 1);
      for (const [start, taken] of perSlot) expect(taken, start).toBeLessThanOrEqual(capacityOf.get(start) ?? 0);
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      file.close();
    }
  });
});
