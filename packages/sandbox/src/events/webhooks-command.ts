// `plskit-sandbox webhooks …`: the operator's view of the delivery log and
// their way to send again, on the database PLSKIT_DB names (a running server,
// or every node on PostgreSQL, picks replays up at its next look, within a
// second or so).
//   webhooks failed  [--since <time>] [--endpoint <url>] [--limit <n>]   deliveries given up
//   webhooks pending [--since <time>] [--endpoint <url>] [--limit <n>]   deliveries still being tried
//   webhooks replay <evt_…> [--endpoint <url>]      one event again, to every endpoint subscribed to it
//   webhooks replay --since <time> [--endpoint <url>]   every failed delivery of the events since then
//   webhooks secret                                  a new signing secret for the webhooks file
import { randomBytes } from 'node:crypto';
import type { CommandIo } from '../command-io.js';
import { openCommandStorage } from '../command-storage.js';
import type { DeliveryLogEntry, DeliveryState } from '../store/outbox-store.js';
import { eventRouting, readWebhooksFile, signedTargets } from './webhooks-config.js';

const USAGE = `usage: plskit-sandbox webhooks failed|pending [--since <time>] [--endpoint <url>] [--limit <n>]
       plskit-sandbox webhooks replay <evt_…> [--endpoint <url>]
       plskit-sandbox webhooks replay --since <time> [--endpoint <url>]
       plskit-sandbox webhooks secret`;

interface Flags { since?: string; endpoint?: string; limit: number; ids: string[] }

/** The flags, or a usage problem. */
function flagsOf(args: readonly string[]): Flags | string {
  const flags: Flags = { limit: 100, ids: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg.startsWith('--') && value === undefined) return `${arg} needs a value`;
    if (arg === '--since') {
      // a bare date is midnight in Jining, not in Greenwich
      const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value as string) ? `${value}T00:00:00+08:00` : value as string);
      if (Number.isNaN(instant.getTime())) return `--since must be a date (2026-09-01) or an ISO 8601 instant, not "${value}"`;
      flags.since = instant.toISOString();
    } else if (arg === '--endpoint') flags.endpoint = value;
    else if (arg === '--limit') {
      flags.limit = Number(value);
      if (!Number.isInteger(flags.limit) || flags.limit < 1) return `--limit must be a positive whole number, not "${value}"`;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else { flags.ids.push(arg); continue; }
    i++;
  }
  return flags;
}

function table(rows: readonly DeliveryLogEntry[]): string[] {
  const lines = rows.map((d) => [
    d.created, d.messageId, d.eventType, d.target, String(d.attempts),
    d.lastStatus !== null ? String(d.lastStatus) : (d.lastError ?? '-'), d.lastAttemptAt ?? '-', d.nextAttemptAt ?? '-',
  ]);
  const head = ['event created', 'id', 'type', 'endpoint', 'attempts', 'last answer', 'last attempt', 'next attempt'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  return [head, ...lines].map((cells) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd());
}

export async function runWebhooksCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  const flags = flagsOf(rest);
  if (typeof flags === 'string' || !['failed', 'pending', 'replay', 'secret'].includes(action ?? '')) {
    if (typeof flags === 'string') io.err(`plskit-sandbox webhooks: ${flags}`);
    io.err(USAGE);
    return 2;
  }
  if (action === 'secret') {
    io.out(`whsec_${randomBytes(24).toString('base64url')}`);
    return 0;
  }
  // replay takes one event id or --since; the lists take neither an id
  const replayOne = action === 'replay' && flags.ids.length === 1 && flags.since === undefined;
  const replaySince = action === 'replay' && flags.ids.length === 0 && flags.since !== undefined;
  if (!replayOne && !replaySince && (action === 'replay' || flags.ids.length > 0)) {
    io.err(USAGE);
    return 2;
  }
  const engine = await openCommandStorage(io);
  try {
    const { outbox } = engine;
    if (action !== 'replay') {
      const rows = await outbox.deliveries({
        state: action as DeliveryState, limit: flags.limit,
        ...(flags.since !== undefined ? { since: flags.since } : {}), ...(flags.endpoint !== undefined ? { target: flags.endpoint } : {}),
      });
      if (rows.length === 0) io.out(`no ${action} deliveries`);
      else for (const line of table(rows)) io.out(line);
      return 0;
    }
    if (replaySince) {
      const count = await outbox.replayFailed(flags.since as string, flags.endpoint);
      io.out(`${count} failed ${count === 1 ? 'delivery' : 'deliveries'} of events since ${flags.since} will be sent again`);
      return 0;
    }
    const id = flags.ids[0] as string;
    if (!id.startsWith('evt_')) {
      io.err(`plskit-sandbox webhooks: ${id} is not an event id (evt_…); a text message is not kept once sent or given up (its number is erased), so it cannot be sent again`);
      return 1;
    }
    if (!io.env.PLSKIT_WEBHOOKS_FILE) {
      io.err('plskit-sandbox webhooks: set PLSKIT_WEBHOOKS_FILE to the file the servers run with: it says which endpoints an event goes to');
      return 1;
    }
    const config = readWebhooksFile(io.env.PLSKIT_WEBHOOKS_FILE);
    if (flags.endpoint !== undefined && !signedTargets(config).has(flags.endpoint)) {
      io.err(`plskit-sandbox webhooks: ${flags.endpoint} is not an endpoint of ${io.env.PLSKIT_WEBHOOKS_FILE}`);
      return 1;
    }
    const { endpoint } = flags;
    const count = await outbox.replayEvent(id, endpoint !== undefined ? () => [endpoint] : eventRouting(config).endpointsFor);
    if (count === undefined) {
      io.err(`plskit-sandbox webhooks: no event ${id} is kept (unknown, or erased after the retention period)`);
      return 1;
    }
    if (count === 0) {
      io.err(`plskit-sandbox webhooks: no endpoint of ${io.env.PLSKIT_WEBHOOKS_FILE} is subscribed to ${id}'s type; name one with --endpoint`);
      return 1;
    }
    io.out(`${id} will be sent again to ${count} ${count === 1 ? 'endpoint' : 'endpoints'}`);
    return 0;
  } finally {
    await engine.close();
  }
}
