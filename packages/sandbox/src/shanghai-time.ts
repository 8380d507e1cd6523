// Instants as the API writes them: Asia/Shanghai has no daylight saving, so
// local time is always UTC+08:00. (Calendar-date math is @plskit/core's.)
const OFFSET_MS = 8 * 3600_000;

export function shanghaiYear(instant: Date): number {
  return new Date(instant.getTime() + OFFSET_MS).getUTCFullYear();
}

/** An instant as ISO 8601 with +08:00, e.g. 2026-09-02T09:00:00+08:00. */
export function shanghaiInstant(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
