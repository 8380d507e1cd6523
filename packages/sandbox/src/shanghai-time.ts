// Asia/Shanghai has no daylight saving: local time is always UTC+08:00.
const OFFSET_MS = 8 * 3600_000;

/** The local calendar date, YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

export function shanghaiYear(instant: Date): number {
  return new Date(instant.getTime() + OFFSET_MS).getUTCFullYear();
}

/** An instant as ISO 8601 with +08:00, e.g. 2026-09-02T09:00:00+08:00. */
export function shanghaiInstant(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
