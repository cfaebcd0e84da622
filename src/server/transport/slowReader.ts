/**
 * The send side of one socket, bounded (PROTO-10). While the socket's unsent bytes stay under
 * `softBytes`, every frame is sent. Above it, frames that only restate a current value
 * (a poll's tally, presence, the balance meter) are held back, the latest per value, and sent
 * when the reader catches up; other frames are still queued in order. Above `hardBytes` the
 * reader is too slow to follow: the socket is closed and the client reconnects and resyncs
 * from a snapshot (PROTO-5).
 */
export interface SlowReaderLimits {
  readonly softBytes: number;
  readonly hardBytes: number;
  /** How often held-back frames are retried while the reader is behind. */
  readonly retryMs: number;
}

export const DEFAULT_SLOW_READER_LIMITS: SlowReaderLimits = { softBytes: 256 * 1024, hardBytes: 4 * 1024 * 1024, retryMs: 250 };

/** Close code for a reader that fell too far behind: reconnect and resync. */
export const TOO_SLOW_CLOSE_CODE = 4408;

/** What the outbound needs of a socket (`ws` adapts to it). */
export interface SendTarget {
  readonly bufferedAmount: number;
  readonly open: boolean;
  write(frame: string): void;
  closeTooSlow(): void;
}

/**
 * The value a frame restates, if sending only its latest version is enough; else null. A tally
 * with words or answers is not one: the public's name texts by their place in the previous
 * frame (POLL-24, `tallyWire.ts`), so each must reach the client, in order.
 */
export function coalesceKey(frame: string): string | null {
  // Cheap prefix test first: only these types can be coalesced, and frames are built with `type` first.
  if (!frame.startsWith('{"type":"tally"') && !frame.startsWith('{"type":"presence"') && !frame.startsWith('{"type":"balance"')) return null;
  const message = JSON.parse(frame) as { type: string; pollId?: unknown; summary?: { kind?: unknown } | null };
  if (message.type !== 'tally') return message.type;
  return message.summary?.kind === 'entries' ? null : `tally:${String(message.pollId)}`;
}

export class SlowReaderOutbound {
  readonly #held = new Map<string, string>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  /** Frames held back and later replaced by a newer one, for metrics and tests. */
  coalesced = 0;

  constructor(
    private readonly target: SendTarget,
    private readonly limits: SlowReaderLimits = DEFAULT_SLOW_READER_LIMITS,
  ) {}

  send(frame: string): void {
    if (this.#closed || !this.target.open) return;
    const buffered = this.target.bufferedAmount;
    if (buffered > this.limits.hardBytes) return this.#tooSlow();
    if (buffered <= this.limits.softBytes && this.#held.size === 0) return this.target.write(frame);
    const key = this.#held.size > 0 || buffered > this.limits.softBytes ? coalesceKey(frame) : null;
    if (key === null) {
      this.target.write(frame);
      if (this.target.bufferedAmount > this.limits.hardBytes) this.#tooSlow();
      return;
    }
    if (this.#held.has(key)) this.coalesced += 1;
    // Re-inserted so the held frames go out in the order of their latest versions.
    this.#held.delete(key);
    this.#held.set(key, frame);
    this.#schedule();
  }

  /** Stops retrying; held frames are dropped with the socket. */
  dispose(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#held.clear();
  }

  #schedule(): void {
    if (this.#timer || this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#flush();
    }, this.limits.retryMs);
  }

  #flush(): void {
    if (this.#closed || !this.target.open) return;
    if (this.target.bufferedAmount > this.limits.softBytes) return this.#schedule();
    const held = [...this.#held.values()];
    this.#held.clear();
    for (const frame of held) this.target.write(frame);
  }

  #tooSlow(): void {
    this.dispose();
    this.target.closeTooSlow();
  }
}
