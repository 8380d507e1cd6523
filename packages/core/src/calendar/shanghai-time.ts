// Asia/Shanghai wall-clock time without Intl: China has one time zone and no
// daylight saving, so local time is always UTC+08:00. Every package that shows
// or writes a date or an instant for Jining uses these.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The instant shifted so its UTC fields read Shanghai's wall clock. */
const wallClock = (instant: Date): Date => new Date(instant.getTime() + SHANGHAI_OFFSET_MS);

/** The Asia/Shanghai calendar date of an instant, "YYYY-MM-DD". */
export function shanghaiDate(instant: Date): string {
  return wallClock(instant).toISOString().slice(0, 10);
}

/** The Asia/Shanghai calendar year of an instant. */
export function shanghaiYear(instant: Date): number {
  return wallClock(instant).getUTCFullYear();
}

/** An instant as the API writes it: ISO 8601 to the second with +08:00, e.g. "2026-09-02T09:00:00+08:00". */
export function shanghaiDateTime(instant: Date): string {
  return `${wallClock(instant).toISOString().slice(0, 19)}+08:00`;
}

/** A Shanghai date and wall-clock time as an instant: "2026-03-02" + "08:30" -> "2026-03-02T08:30:00+08:00". */
export function shanghaiInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}
