// Structured JSON log lines. The entry type is closed on purpose: there is no
// free-form field through which a name, phone, ID number, token or body could
// slip into a log line (PIPL Art 51; 居民身份证法 Art 19).
export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  event: 'request' | 'request-aborted' | 'client-error' | 'listening' | 'closing' | 'closed' | 'seeded' | 'migrated'
    | 'internal-error' | 'fault-injected' | 'response-violation' | 'storage-unavailable' | 'read-only' | 'contact-data-erased'
    | 'sweep-failed' | 'delivered' | 'delivery-retrying' | 'delivery-given-up' | 'deliveries-paused' | 'outbox-erased'
    | 'erasure-pending' | 'host-names' | 'connection-refused' | 'work-orders-erased'
    | 'staff-dev-key' | 'staff-keys-unavailable' | 'audit-erased' | 'data-key-local';
  /** The X-Request-Id a resident can report: every line of one request carries it. */
  requestId?: string;
  method?: string;
  /** The route template (/v1/appointments/{reference}), never the concrete path. */
  route?: string;
  operation?: string;
  status?: number;
  durationMs?: number;
  /** A problem code, or for storage events SQLite's result code (SQLITE_FULL, SQLITE_IOERR_WRITE). */
  code?: string;
  /** The client's pseudonym of the day (http/client-pseudonym.ts), never its address. */
  client?: string;
  /** The setting an event asks the operator to look at, e.g. PLSKIT_ALLOWED_HOSTS. */
  setting?: string;
  /** A file of the sandbox's own the operator should know of (the development key file): never a key. */
  file?: string;
  /** An endpoint's URL, or the sandbox's own. */
  url?: string;
  /** An event's or a text message's id (evt_…, ntf_…): never what it says. */
  messageId?: string;
  /** An error's class name only: messages can carry input. */
  errorName?: string;
  count?: number;
}

export type SandboxLogger = (entry: LogEntry) => void;

export const silentLogger: SandboxLogger = () => undefined;

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): SandboxLogger {
  return (entry) => write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}
