import { describe, expect, it } from 'vitest';
import { chatQuestion, frameAncestors, jitsiMeetingUrl, maskSecret, platformSecretsChangeSchema, platformSettingsSchema } from './onlinePlatform.ts';

describe('the online-platform seam', () => {
  it('INTEG-1: each platform widens frame-ancestors to its own origins only; none without a platform', () => {
    expect(frameAncestors({ platform: null, jitsiUrl: '' })).toEqual([]);
    expect(frameAncestors({ platform: 'zoom', jitsiUrl: '' })).toEqual(['https://zoom.us', 'https://*.zoom.us']);
    expect(frameAncestors({ platform: 'webex', jitsiUrl: '' })).toEqual(['https://*.webex.com']);
    expect(frameAncestors({ platform: 'jitsi', jitsiUrl: 'https://meet.example.org/Room1' })).toEqual(['https://meet.example.org']);
    expect(frameAncestors({ platform: 'jitsi', jitsiUrl: '' })).toEqual([]);
  });

  it('INTEG-5: a chat line is a question only when it starts with the marker, and has words after it', () => {
    expect(chatQuestion('Q: Who decides?', 'Q:')).toBe('Who decides?');
    expect(chatQuestion('   q:   Who decides?  ', 'Q:')).toBe('Who decides?');
    expect(chatQuestion('Who decides? Q: maybe', 'Q:')).toBeNull();
    expect(chatQuestion('Q:   ', 'Q:')).toBeNull();
    expect(chatQuestion('? Who decides', '?')).toBe('Who decides');
    expect(chatQuestion('Q: Who decides?', '')).toBeNull();
  });

  it('INTEG-8: a Jitsi URL is https (http only on this machine), a host and a room, nothing else', () => {
    const ok = (value: string) => jitsiMeetingUrl.safeParse(value).success;
    expect(ok('https://meet.jit.si/OpenFloorRound')).toBe(true);
    expect(ok('http://127.0.0.1:8443/Room')).toBe(true);
    expect(ok('http://meet.example.org/Room')).toBe(false);
    expect(ok('https://meet.jit.si/Room?jwt=secret')).toBe(false);
    expect(ok('https://user:pw@meet.jit.si/Room')).toBe(false);
    expect(ok('https://meet.jit.si/a/b')).toBe(false);
    expect(ok('javascript:alert(1)')).toBe(false);
  });

  it('INTEG-9: secrets are shown as their last four characters at most; settings default to no platform and the Q: marker', () => {
    expect(maskSecret(undefined)).toBeNull();
    expect(maskSecret('abcdefghij1234')).toBe('••••1234');
    expect(platformSettingsSchema.parse({})).toEqual({ platform: null, chatMarker: 'Q:', zoomClientId: '', meetingId: '', jitsiUrl: '' });
    expect(platformSecretsChangeSchema.safeParse({ zoomClientSecret: 'short' }).success).toBe(false);
    expect(platformSecretsChangeSchema.safeParse({ zoomClientSecret: 'with a space inside' }).success).toBe(false);
    expect(platformSecretsChangeSchema.safeParse({ zoomClientSecret: null, webexWebhookSecret: 'a-long-enough-secret' }).success).toBe(true);
  });
});
