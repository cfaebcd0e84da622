import { describe, expect, it } from 'vitest';
import { coalesceKey, SlowReaderOutbound, type SendTarget } from './slowReader.ts';

/** A socket whose unsent bytes the test sets, recording what was written and whether it was closed. */
class Backlog implements SendTarget {
  bufferedAmount = 0;
  open = true;
  written: string[] = [];
  closed = false;
  write(frame: string): void {
    this.written.push(frame);
    this.bufferedAmount += frame.length;
  }
  closeTooSlow(): void {
    this.closed = true;
    this.open = false;
  }
}

const tally = (pollId: string, total: number) => JSON.stringify({ type: 'tally', pollId, total, counts: null });
const LIMITS = { softBytes: 1_000, hardBytes: 10_000, retryMs: 5 };

describe('a slow reader (PROTO-10)', () => {
  it('PROTO-10: a reader that keeps up gets every frame, in order', () => {
    const socket = new Backlog();
    const out = new SlowReaderOutbound(socket, LIMITS);
    for (let i = 0; i < 5; i++) {
      out.send(tally('p1', i));
      socket.bufferedAmount = 0;
    }
    expect(socket.written.map((f) => (JSON.parse(f) as { total: number }).total)).toEqual([0, 1, 2, 3, 4]);
  });

  it('PROTO-10: behind the soft limit, tallies are held and only the latest of each poll is sent once the reader catches up; other frames still go in order', async () => {
    const socket = new Backlog();
    const out = new SlowReaderOutbound(socket, LIMITS);
    socket.bufferedAmount = 5_000;
    for (let i = 0; i < 100; i++) out.send(tally('p1', i));
    out.send(tally('p2', 7));
    out.send('{"type":"session.updated","seq":9}');
    expect(socket.written).toEqual(['{"type":"session.updated","seq":9}']);
    expect(out.coalesced).toBe(99);
    await new Promise((r) => setTimeout(r, 20));
    expect(socket.written).toHaveLength(1);
    socket.bufferedAmount = 0;
    await new Promise((r) => setTimeout(r, 30));
    expect(socket.written.slice(1)).toEqual([tally('p1', 99), tally('p2', 7)]);
  });

  it('PROTO-10: a reader past the hard limit is closed, to reconnect and resync, and gets nothing more', () => {
    const socket = new Backlog();
    const out = new SlowReaderOutbound(socket, LIMITS);
    socket.bufferedAmount = 9_990;
    out.send('{"type":"floor.updated","seq":3,"padding":"xxxxxxxxxxxxxxxxxxxxxxxx"}');
    expect(socket.closed).toBe(true);
    out.send('{"type":"floor.updated","seq":4}');
    expect(socket.written).toHaveLength(1);
  });

  it('PROTO-10: only tallies, presence and the balance are coalesced, tallies per poll', () => {
    expect(coalesceKey(tally('p9', 1))).toBe('tally:p9');
    expect(coalesceKey('{"type":"presence","onsite":1,"online":2,"undeclared":0}')).toBe('presence');
    expect(coalesceKey('{"type":"balance","meter":null}')).toBe('balance');
    expect(coalesceKey('{"type":"ack","id":"tally","seq":null}')).toBeNull();
    expect(coalesceKey('{"type":"floor.updated","seq":1}')).toBeNull();
    // POLL-24: a tally of words or answers names texts by their place in the frame before: never skipped.
    expect(coalesceKey('{"type":"tally","pollId":"w1","total":3,"counts":{},"summary":{"kind":"entries","entries":[[0,3]],"distinct":1}}')).toBeNull();
  });
});
