// A partner's webhook endpoint in plain Node (20.19+): verify the signature
// over the raw body, answer at once, handle each event id once.
//
//   PLSKIT_WEBHOOK_SECRET=whsec_… PORT=9000 node receiver.mjs
//
// and in the sandbox's webhooks file: { "url": "http://127.0.0.1:9000/plskit/events",
// "secret": "whsec_…", "events": ["appointment.*"] } (https:// off this machine).
import { createServer } from 'node:http';
import { PlsWebhookError, verifyWebhook } from '@plskit/sdk';

/**
 * The request handler. `secrets`: yours (the new and the old one while the
 * operator rotates it). `seen`: the event ids already handled — keep them in
 * your database (a unique column) in production, so a retry after a restart is
 * recognised too. `handle(event)`: your work, run after the answer is sent.
 */
export function webhookHandler({ secrets, seen = new Set(), handle }) {
  return (request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      let event;
      try {
        // the raw bytes: a body parsed and serialised again would not verify
        event = await verifyWebhook(Buffer.concat(chunks), request.headers['plskit-signature'], secrets);
      } catch (error) {
        response.writeHead(error instanceof PlsWebhookError ? 400 : 500).end();
        return;
      }
      // acknowledge first (within 10 s, or the API tries again), work after
      response.writeHead(204).end();
      if (seen.has(event.id)) return; // a retry or a replay of an event already handled
      seen.add(event.id);
      await handle(event);
    });
  };
}

if (import.meta.url === new URL(process.argv[1] ?? '', 'file:').href) {
  const secrets = (process.env.PLSKIT_WEBHOOK_SECRET ?? '').split(',').filter(Boolean);
  if (secrets.length === 0) throw new Error('set PLSKIT_WEBHOOK_SECRET (two, comma-separated, while a secret is rotated)');
  const log = (line) => process.stdout.write(`${line}\n`);
  const handle = (event) => {
    switch (event.type) {
      case 'appointment.booked': log(`booked ${event.data.appointment.reference} at ${event.data.appointment.slot.start}`); break;
      case 'appointment.rescheduled': log(`moved ${event.data.appointment.reference} from ${event.data.previousSlot.start}`); break;
      case 'appointment.cancelled': log(`cancelled ${event.data.appointment.reference}`); break;
      default: log(`${event.type} ${event.id}`); // a type added later: ignore or log
    }
  };
  const server = createServer(webhookHandler({ secrets, handle }));
  server.listen(Number(process.env.PORT ?? 9000), '127.0.0.1', () => log(`receiving on http://127.0.0.1:${server.address().port}/`));
}
