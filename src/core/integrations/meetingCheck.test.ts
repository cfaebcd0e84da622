import { describe, expect, it } from 'vitest';
import { checkMeeting, isOtherMeeting } from './meetingCheck.ts';

describe('the meeting a call is, against the session’s', () => {
  it('INTEG-6: a webhook names another meeting only when both ids are known and differ', () => {
    expect(isOtherMeeting('', 'm-2')).toBe(false);
    expect(isOtherMeeting('m-1', null)).toBe(false);
    expect(isOtherMeeting('m-1', '')).toBe(false);
    expect(isOtherMeeting('m-1', 'm-1')).toBe(false);
    expect(isOtherMeeting(' m-1 ', 'm-1')).toBe(false);
    expect(isOtherMeeting('m-1', 'm-2')).toBe(true);
    // Ids are compared as written: a different case is another id.
    expect(isOtherMeeting('abc', 'ABC')).toBe(true);
  });

  it('INTEG-13: a page in a meeting says "other" for a real id that differs, "same" for the session’s', () => {
    expect(checkMeeting('m-1', 'm-2', true)).toBe('other');
    expect(checkMeeting('m-1', 'm-1', true)).toBe('same');
    expect(checkMeeting('m-1', ' m-1', true)).toBe('same');
  });

  it('INTEG-13: without a session meeting id there is nothing to check; a derived or missing id cannot be checked', () => {
    expect(checkMeeting('', 'm-2', true)).toBe('unset');
    expect(checkMeeting('  ', 'm-2', false)).toBe('unset');
    expect(checkMeeting('m-1', 'm-2', false)).toBe('unverifiable');
    expect(checkMeeting('m-1', 'm-1', false)).toBe('unverifiable');
    expect(checkMeeting('m-1', null, true)).toBe('unverifiable');
    expect(checkMeeting('m-1', '', true)).toBe('unverifiable');
  });
});
