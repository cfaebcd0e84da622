/**
 * The calendar invitation of the host's printable pack (REPORT-14): one VEVENT in an
 * iCalendar file (RFC 5545) carrying the link to the pre-session page. Pure: the times and the
 * unique id come in. Text values are escaped (backslash, semicolon, comma, line breaks), lines
 * are folded at 75 octets without splitting a UTF-8 character, and end with CRLF.
 */
export interface CalendarInviteInput {
  /** Globally unique, stable for the session: a second download updates the same event. */
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  /** The pre-session page: `/before/JOIN_CODE`. */
  readonly url: string;
  readonly start: number;
  readonly durationMinutes: number;
  /** When the file was made. */
  readonly stamp: number;
}

/** `20261210T090000Z`: a UTC date-time (RFC 5545 3.3.5, form 2). */
export function icsTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A TEXT value (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets, continuation lines starting with a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendarInvite(input: CalendarInviteInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OpenFloor//Printable pack//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(input.uid)}`,
    `DTSTAMP:${icsTime(input.stamp)}`,
    `DTSTART:${icsTime(input.start)}`,
    `DTEND:${icsTime(input.start + input.durationMinutes * 60_000)}`,
    `SUMMARY:${icsText(input.title)}`,
    `DESCRIPTION:${icsText(`${input.description}\n\n${input.url}`)}`,
    `URL:${input.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
