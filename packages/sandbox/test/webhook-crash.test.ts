// kill -9 between the change and its delivery: the sandbox (the bin, as
// operators run it) takes a burst of bookings while the partner's endpoint
// holds every delivery unanswered, and is killed mid-burst. Restarted on the
// same file, it delivers the event of every booking the file holds, and of no
// booking it does not: no event lost, none without its change. Needs the
// compiled dist/ (npm test builds first).
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bookVisit, openSlots, residentNumber } from './resident.js';
import { signedBy, webhookReceiver } from './webhook-receiver.js';

interface SandboxProcess { url: string; stop(): Promise<number>; kill(): Promise<void> }
const { startSandboxProcess } = await import(new URL('../../../scripts/sandbox-process.mjs', import.meta.url).href) as {
  startSandboxProcess(env: Record<string, string>): Promise<SandboxProcess>;
};

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const SECRET = 'whsec_crash_test_secret_0123456789';
const BURST = 24;

const dir = mkdtempSync(join(tmpdir(), 'plskit-webhook-crash-'));
const db = join(dir, 'sandbox.db');
const processes: SandboxProcess[] = [];
afterAll(async () => {
  for (const running of processes) await running.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function startProcess(webhooksFile: string): Promise<SandboxProcess> {
  const running = await startSandboxProcess({
    PLSKIT_DB: db, PLSKIT_NOW: '2026-09-01T09:00:00+08:00', PLSKIT_RATE_LIMIT: 'off',
    PLSKIT_WEBHOOKS_FILE: webhooksFile, PLSKIT_WEBHOOK_RETRY_BASE_MS: '50',
  });
  processes.push(running);
  return running;
}

const bookedReferences = (): string[] => {
  const file = new Database(db, { readonly: true });
  try {
    return (file.prepare('SELECT reference FROM appointments').pluck().all() as string[]).sort();
  } finally {
    file.close();
  }
};

describe.skipIf(!existsSync(DIST))(`kill -9 between a booking and its event's delivery${existsSync(DIST) ? '' : ' (skipped: packages/sandbox/dist is not built; npm test builds it)'}`, () => {
  it('loses no event, and delivers none for a booking the file does not hold', async () => {
    let answering = false;
    const endpoint = await webhookReceiver(() => (answering ? 200 : 'never'));
    const webhooksFile = join(dir, 'webhooks.json');
    writeFileSync(webhooksFile, JSON.stringify({ endpoints: [{ url: endpoint.url, secret: SECRET, events: ['appointment.*'] }] }));
    try {
      const first = await startProcess(webhooksFile);
      const slots = await openSlots(first.url, '2026-09-02', 'sc-370800');
      let answered = 0;
      let killNow: () => void = () => undefined;
      const killPoint = new Promise<void>((resolve) => { killNow = resolve; });
      const burst = Array.from({ length: BURST }, (_, i) => bookVisit(first.url, slots[i % slots.length] as string, { center: 'sc-370800', contact: residentNumber(i) })
        .catch(() => ({ reference: '', manageToken: '', status: 0 }))
        .then((visit) => { if (++answered === 8) killNow(); return visit; }));
      await killPoint;
      await endpoint.until(1); // a delivery is in flight, unanswered
      await first.kill();
      const acknowledged = (await Promise.all(burst)).filter((v) => v.status === 201).map((v) => v.reference);
      expect(acknowledged.length).toBeGreaterThanOrEqual(8);

      answering = true;
      const second = await startProcess(webhooksFile);
      const stored = bookedReferences();
      const delivered = () => new Set(endpoint.json<{ data: { appointment: { reference: string } } }>().map((e) => e.data.appointment.reference));
      for (let waited = 0; delivered().size < stored.length && waited < 15_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      await second.stop();

      // every booking the file holds, and only those, had its event delivered; every acknowledged one is among them
      expect([...delivered()].sort()).toEqual(stored);
      for (const reference of acknowledged) expect(stored).toContain(reference);
      const ids = new Map<string, string>();
      for (const request of endpoint.received) {
        expect(signedBy(request, SECRET)).toBe(true);
        const event = JSON.parse(request.body) as { id: string; data: { appointment: { reference: string } } };
        // a delivery cut by the kill comes again with the same id: a receiver dedupes by it
        expect(ids.get(event.data.appointment.reference) ?? event.id).toBe(event.id);
        ids.set(event.data.appointment.reference, event.id);
      }
    } finally {
      await endpoint.close();
    }
  });
});
