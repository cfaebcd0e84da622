import { describe, expect, it } from 'vitest';
import { checkCallMeeting, checkMeeting, isOtherMeeting } from './meetingCheck.ts';

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

  it('INTEG-14: one check for every platform: a call on another platform than the session’s is another meeting; on the same, the ids decide', () => {
    const webexSession = { platform: 'webex', meetingId: 'm-1' } as const;
    expect(checkCallMeeting(webexSession, { platform: 'webex', meetingId: 'm-1', realId: true })).toBe('same');
    expect(checkCallMeeting(webexSession, { platform: 'webex', meetingId: 'm-2', realId: true })).toBe('other');
    expect(checkCallMeeting(webexSession, { platform: 'webex', meetingId: 'derived', realId: false })).toBe('unverifiable');
    // The same id on Zoom is another meeting: a session set for Webex is not held in a Zoom call.
    expect(checkCallMeeting(webexSession, { platform: 'zoom', meetingId: 'm-1', realId: true })).toBe('other');
    expect(checkCallMeeting({ platform: 'zoom', meetingId: ' 85012345678 ' }, { platform: 'zoom', meetingId: '85012345678', realId: true })).toBe('same');
    // No meeting attached, or no platform chosen: nothing to compare but the ids.
    expect(checkCallMeeting({ platform: 'webex', meetingId: '' }, { platform: 'zoom', meetingId: 'm-1', realId: true })).toBe('unset');
    expect(checkCallMeeting({ platform: null, meetingId: 'm-1' }, { platform: 'webex', meetingId: 'm-1', realId: true })).toBe('same');
  });
});
