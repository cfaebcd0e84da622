import { describe, expect, it } from 'vitest';
import { icsUnescape, parseIcs } from '../../../test/support/icsParse.ts';
import { calendarInvite } from './calendarInvite.ts';

describe('the calendar invitation (REPORT-14)', () => {
  it('REPORT-14: an RFC 5545 event with the pre-session link, read back: escaped text, folded lines, UTC times', () => {
    const start = Date.UTC(2026, 11, 10, 9, 0, 0);
    const title = 'Child online safety; roles, rights — سلامة الأطفال 儿童网络安全 and a long title that needs folding over several lines';
    const ics = calendarInvite({ uid: 's1@openfloor', title, description: 'Join with code 123 456 789.\nBring a phone, please', url: 'https://floor.example.org/before/123456789', start, durationMinutes: 60, stamp: start - 86_400_000 });
    const props = parseIcs(ics);
    const value = (name: string) => props.find((p) => p.name === name)?.value;
    expect(props.map((p) => p.name)).toEqual(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'URL', 'END', 'END']);
    expect(value('VERSION')).toBe('2.0');
    expect(value('DTSTART')).toBe('20261210T090000Z');
    expect(value('DTEND')).toBe('20261210T100000Z');
    expect(icsUnescape(value('SUMMARY') ?? '')).toBe(title);
    expect(icsUnescape(value('DESCRIPTION') ?? '')).toBe('Join with code 123 456 789.\nBring a phone, please\n\nhttps://floor.example.org/before/123456789');
    expect(value('URL')).toBe('https://floor.example.org/before/123456789');
    // Folded: the long summary spans several physical lines, none over 75 octets.
    expect(ics.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
  });
});
