import { describe, expect, it } from 'vitest';
import { frameEncoder } from './socketGateway.ts';

describe('frame encoder', () => {
  it('PROTO-7: one broadcast is encoded once: the same string gives the same bytes object', () => {
    const encode = frameEncoder();
    const tally = JSON.stringify({ type: 'tally', pollId: 'p1', counts: { o1: 3 } });
    const first = encode(tally);
    expect(encode(tally)).toBe(first);
    expect(first.toString('utf8')).toBe(tally);
  });

  it('PROTO-7: only the last frame is kept: a frame that comes back after another is encoded afresh, to the same bytes', () => {
    const encode = frameEncoder();
    const tally = JSON.stringify({ type: 'tally', pollId: 'p1', counts: { o1: 3 } });
    const first = encode(tally);
    encode('{"type":"presence","onsite":1,"online":0,"undeclared":0}');
    const again = encode(tally);
    expect(again).not.toBe(first);
    expect(again.equals(first)).toBe(true);
    expect(encode(tally)).toBe(again);
  });

  it('PROTO-1: another frame gets its own bytes, UTF-8 encoded, and the earlier bytes are left intact', () => {
    const encode = frameEncoder();
    const first = encode('{"type":"ack","id":"a","seq":null}');
    const second = encode('{"type":"error","id":null,"code":"bad_frame","message":"café ✓"}');
    expect(second).not.toBe(first);
    expect(second.toString('utf8')).toBe('{"type":"error","id":null,"code":"bad_frame","message":"café ✓"}');
    expect(second.byteLength).toBe(Buffer.byteLength('{"type":"error","id":null,"code":"bad_frame","message":"café ✓"}'));
    expect(first.toString('utf8')).toBe('{"type":"ack","id":"a","seq":null}');
  });
});
