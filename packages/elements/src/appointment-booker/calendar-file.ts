// The "add to calendar" file, made in the browser (RFC 5545): one event in
// Asia/Shanghai time, with the service, the center, its address and phone and
// the booking reference. Nothing about the resident: no name, no phone.

export interface CalendarVisit {
  reference: string;
  /** ISO instants with +08:00, as the API gives them. */
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
}

/** "2026-09-20T08:30:00+08:00" -> "20260920T083000" (the wall clock in Asia/Shanghai). */
const localTime = (instant: string): string => instant.slice(0, 19).replace(/[-:]/g, '');

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
const escapeText = (value: string): string => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines are folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendarFile(visit: CalendarVisit, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//plskit//appointment-booker//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    // China keeps +08:00 all year, without daylight saving
    'BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800',
    'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VEVENT', `UID:${visit.reference}@plskit`, `DTSTAMP:${stamp}`,
    `DTSTART;TZID=Asia/Shanghai:${localTime(visit.start)}`, `DTEND;TZID=Asia/Shanghai:${localTime(visit.end)}`,
    `SUMMARY:${escapeText(visit.summary)}`, `LOCATION:${escapeText(visit.location)}`, `DESCRIPTION:${escapeText(visit.description)}`,
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Offers the file as a download; the blob never leaves the browser. */
export function downloadCalendarFile(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
