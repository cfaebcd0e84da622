import { TokenBucket } from '../rateLimit.ts';

/**
 * Bounds on what one client can hold or send over WebSockets (PROTO-9). Counted in memory,
 * keyed by token hash, address and sender; keys are never stored or logged (PRIV-4). The
 * per-address bound is high on purpose: every phone of a venue may share one public address.
 */
export interface SocketLimitOptions {
  /** Open sockets per token (a participant's tabs, a role link's screens). */
  readonly perToken: number;
  /** Open sockets per address, before or after hello. */
  readonly perAddress: number;
  /** A socket must say hello within this time. */
  readonly helloTimeoutMs: number;
  /** Commands per second per sender (all their sockets together), sustained and in a burst. */
  readonly commandsPerSecond: number;
  readonly commandBurst: number;
  /** Frames per second per socket, valid or not, sustained and in a burst. */
  readonly framesPerSecond: number;
  readonly frameBurst: number;
  /** Commands refused for rate in a row before the socket is cut off. */
  readonly floodCutoff: number;
  /**
   * After a cut-off, the token's hellos are refused this long (0: never). A flooder that
   * reconnected at once got a whole welcome, the session's snapshot, each time: thousands a
   * minute, each tens of KB (docs/RELIABILITY.md, floods).
   */
  readonly floodCooldownMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimitOptions = {
  perToken: 8,
  perAddress: 20_000,
  helloTimeoutMs: 5_000,
  commandsPerSecond: 10,
  commandBurst: 30,
  framesPerSecond: 50,
  frameBurst: 100,
  floodCutoff: 100,
  floodCooldownMs: 10_000,
};

/**
 * The limits for a command rate other than the default (COMMANDS_PER_SECOND): the burst is three
 * seconds' worth, and the frame rate, which every command also counts against, stays at least
 * twice the command rate. A frame rate below the command rate refused commands the command rate
 * allowed (a closed-loop voter at 1,000 commands a second was cut at 50 frames a second).
 */
export function limitsForCommandRate(base: SocketLimitOptions, commandsPerSecond: number): SocketLimitOptions {
  const commandBurst = Math.max(base.commandBurst, commandsPerSecond * 3);
  return {
    ...base,
    commandsPerSecond,
    commandBurst,
    framesPerSecond: Math.max(base.framesPerSecond, commandsPerSecond * 2),
    frameBurst: Math.max(base.frameBurst, commandBurst),
  };
}

const MAX_IDLE_SENDERS = 50_000;

/** The counts behind the bounds, for one server. */
export class SocketLimits {
  readonly #byToken = new Map<string, number>();
  readonly #byAddress = new Map<string, number>();
  readonly #senders = new Map<string, { bucket: TokenBucket; sockets: number }>();
  /** Token hash → the time its cool-down after a flood ends. */
  readonly #coolingUntil = new Map<string, number>();

  constructor(readonly options: SocketLimitOptions = DEFAULT_SOCKET_LIMITS) {}

  /** Counts a new socket from `address`; false when the address has too many open. */
  openFrom(address: string): boolean {
    return increment(this.#byAddress, address, this.options.perAddress);
  }

  closedFrom(address: string): void {
    decrement(this.#byAddress, address);
  }

  /** Counts a socket that said hello with `tokenHash`; false when the token has too many open. */
  holdToken(tokenHash: string): boolean {
    return increment(this.#byToken, tokenHash, this.options.perToken);
  }

  releaseToken(tokenHash: string): void {
    decrement(this.#byToken, tokenHash);
  }

  /** A socket of the token was cut off for flooding at `now`: its next hellos wait. */
  coolDown(tokenHash: string, now: number): void {
    if (this.options.floodCooldownMs <= 0) return;
    if (this.#coolingUntil.size >= MAX_IDLE_SENDERS) {
      for (const [key, until] of this.#coolingUntil) if (until <= now) this.#coolingUntil.delete(key);
    }
    this.#coolingUntil.set(tokenHash, now + this.options.floodCooldownMs);
  }

  /** How long the token must still wait before a hello is taken; 0 when it may connect. */
  coolingMs(tokenHash: string, now: number): number {
    const until = this.#coolingUntil.get(tokenHash);
    if (until === undefined) return 0;
    if (until > now) return until - now;
    this.#coolingUntil.delete(tokenHash);
    return 0;
  }

  /** The command bucket of a sender, shared by all their sockets; release it when a socket closes. */
  senderBucket(actor: string): TokenBucket {
    let sender = this.#senders.get(actor);
    if (!sender) {
      sender = { bucket: new TokenBucket(this.options.commandBurst, this.options.commandsPerSecond), sockets: 0 };
      this.#senders.set(actor, sender);
    }
    sender.sockets += 1;
    return sender.bucket;
  }

  /**
   * A socket of the sender closed. Its bucket is kept while the map is small, so that
   * reconnecting does not refill it; idle senders are forgotten when it grows.
   */
  releaseSender(actor: string): void {
    const sender = this.#senders.get(actor);
    if (!sender) return;
    sender.sockets -= 1;
    if (this.#senders.size > MAX_IDLE_SENDERS) {
      for (const [key, s] of this.#senders) if (s.sockets <= 0) this.#senders.delete(key);
    }
  }
}

function increment(counts: Map<string, number>, key: string, max: number): boolean {
  const now = counts.get(key) ?? 0;
  if (now >= max) return false;
  counts.set(key, now + 1);
  return true;
}

function decrement(counts: Map<string, number>, key: string): void {
  const now = (counts.get(key) ?? 0) - 1;
  if (now <= 0) counts.delete(key);
  else counts.set(key, now);
}
