import { describe, expect, it } from 'vitest';
import { ReplayMemory, verifyWebexWebhook, verifyZoomWebhook, webexSignature, zoomSignature } from './webhookVerifier.ts';

describe('webhook signatures (INTEG-7)', () => {
  const body = Buffer.from('{"event":"meeting.participant_joined","payload":{}}');
  const now = 1_800_000_000_000;
  const seconds = String(Math.floor(now / 1000));

  it('INTEG-7: Zoom: the signature over v0:timestamp:body, a timestamp within five minutes, each signature once', () => {
    const replays = new ReplayMemory();
    const signature = zoomSignature('zoom-secret-123', seconds, body);
    expect(verifyZoomWebhook('zoom-secret-123', { signature, timestamp: seconds }, body, now, replays)).toBeNull();
    expect(verifyZoomWebhook('zoom-secret-123', { signature, timestamp: seconds }, body, now + 1000, replays)).toBe('replayed');
    expect(verifyZoomWebhook('zoom-secret-123', { signature, timestamp: String(Number(seconds) + 1) }, body, now, replays)).toBe('badSignature');
    expect(verifyZoomWebhook('zoom-secret-123', { signature: undefined, timestamp: seconds }, body, now, replays)).toBe('unsigned');
    expect(verifyZoomWebhook('zoom-secret-123', { signature: zoomSignature('zoom-secret-123', 'abc', body), timestamp: 'abc' }, body, now, replays)).toBe('unsigned');
    const old = String(Number(seconds) - 301);
    expect(verifyZoomWebhook('zoom-secret-123', { signature: zoomSignature('zoom-secret-123', old, body), timestamp: old }, body, now, replays)).toBe('stale');
  });

  it('INTEG-7: Webex: X-Spark-Signature (HMAC-SHA1, any case) and each delivery id once', () => {
    const replays = new ReplayMemory();
    const signature = webexSignature('webex-secret-123', body);
    expect(verifyWebexWebhook('webex-secret-123', signature.toUpperCase(), body, 'd1', now, replays)).toBeNull();
    expect(verifyWebexWebhook('webex-secret-123', signature, body, 'd1', now, replays)).toBe('replayed');
    expect(verifyWebexWebhook('webex-secret-123', signature, body, null, now, replays)).toBe('replayed');
    expect(verifyWebexWebhook('other-secret-1234', signature, body, 'd2', now, replays)).toBe('badSignature');
  });

  it('INTEG-7: the replay memory forgets what is older than its window, and only that', () => {
    const replays = new ReplayMemory(1000);
    expect(replays.first('a', 0)).toBe(true);
    expect(replays.first('b', 500)).toBe(true);
    expect(replays.first('a', 999)).toBe(false);
    expect(replays.first('a', 1001)).toBe(true);
    expect(replays.first('b', 1001)).toBe(false);
  });
});
