import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Committed, RoomBus } from './roomBus.ts';

/** The Redis channel of one session's committed changes. */
export function sessionChannel(sessionId: string): string {
  return `openfloor:session:${sessionId}`;
}

/** How long to wait between two connection attempts to Redis, at most. */
const MAX_RETRY_MS = 2_000;

/** What goes over Redis: the change and the process that published it. */
interface Envelope {
  /** The publishing process: it has applied the change already and skips its own message. */
  readonly origin: string;
  readonly change: Committed;
}

export interface RedisBusOptions {
  readonly onError: (error: unknown, context: string) => void;
  /** Tells what happens to the connection (lost, back); the server logs it. */
  readonly onStatus?: (message: string) => void;
}

/**
 * The bus between processes (SCALE-2): every committed change is applied at once to this
 * process's rooms, then published once on its session's Redis channel; every other process
 * that holds the session's room receives it and fans it out to its own sockets. PostgreSQL
 * stays the truth: a room that misses a message catches up from the store. Redis pub/sub
 * keeps nothing, so when a connection comes back after a loss, every room of this process
 * takes a `resync` (reload from the store) and every session whose changes could not be
 * published is announced with a `resync` to the other processes (SCALE-5). A room reads the
 * store before it listens: once its channel is live it takes a `resync` too, for what was
 * published in between.
 */
export class RedisBus implements RoomBus {
  readonly #origin = randomUUID();
  readonly #listeners = new Map<string, Set<(change: Committed) => void>>();
  /** By session: settles once Redis confirmed the channel's subscription (true) or refused it (false). */
  readonly #live = new Map<string, Promise<boolean>>();
  readonly #publisher: Redis;
  readonly #subscriber: Redis;
  /** Sessions with a change this process could not publish: announced when Redis is back. */
  readonly #unsent = new Set<string>();
  /** Whether the subscriber was ready once: a later `ready` is a reconnection. */
  #subscribedOnce = false;
  #closed = false;

  constructor(url: string, private readonly options: RedisBusOptions) {
    const common = {
      // Never give up: Redis may be down for minutes; PostgreSQL keeps every write meanwhile.
      retryStrategy: (times: number) => Math.min(times * 100, MAX_RETRY_MS),
      maxRetriesPerRequest: null,
    };
    // A publish while Redis is down fails at once rather than queueing: the sessions are resynced instead.
    this.#publisher = new Redis(url, { ...common, enableOfflineQueue: false, connectionName: 'openfloor-publish' });
    this.#subscriber = new Redis(url, { ...common, autoResubscribe: true, connectionName: 'openfloor-subscribe' });
    this.#publisher.on('error', () => undefined);
    this.#subscriber.on('error', () => undefined);
    this.#publisher.on('ready', () => this.#announceUnsent());
    this.#subscriber.on('ready', () => {
      if (this.#subscribedOnce) {
        options.onStatus?.('redis: subscriber connection back; resyncing every room from the store');
        this.#resyncAll();
      }
      this.#subscribedOnce = true;
    });
    this.#subscriber.on('end', () => undefined);
    this.#subscriber.on('close', () => {
      if (!this.#closed && this.#subscribedOnce) options.onStatus?.('redis: subscriber connection lost; reconnecting');
    });
    this.#subscriber.on('message', (channel: string, message: string) => this.#receive(channel, message));
  }

  /** Resolves once both connections are up (at start-up: fail early on a wrong REDIS_URL). */
  async ready(timeoutMs = 10_000): Promise<void> {
    const up = (client: Redis) =>
      client.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => client.once('ready', () => resolve()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.all([up(this.#publisher), up(this.#subscriber)]), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  publish(change: Committed): void {
    // Here first, synchronously: the processor answers a command once its own room applied it.
    this.#deliver(change);
    this.#send(change);
  }

  subscribe(sessionId: string, listener: (change: Committed) => void): () => void {
    let listeners = this.#listeners.get(sessionId);
    let live = this.#live.get(sessionId);
    if (!listeners || !live) {
      listeners = new Set();
      this.#listeners.set(sessionId, listeners);
      live = this.#subscriber.subscribe(sessionChannel(sessionId)).then(
        () => true,
        (error: unknown) => {
          // Redis is away: its return resubscribes and resyncs every room (SCALE-5).
          this.#failed(error, 'redis subscribe');
          return false;
        },
      );
      this.#live.set(sessionId, live);
    }
    const own = listeners;
    own.add(listener);
    // The room read the store before listening: what was published in between passed it by (SCALE-5).
    void live.then((subscribed) => {
      if (subscribed && own.has(listener)) this.#deliverTo(listener, { kind: 'resync', sessionId });
    });
    return () => {
      own.delete(listener);
      if (own.size > 0 || this.#listeners.get(sessionId) !== own) return;
      this.#listeners.delete(sessionId);
      this.#live.delete(sessionId);
      this.#subscriber.unsubscribe(sessionChannel(sessionId)).catch((error: unknown) => this.#failed(error, 'redis unsubscribe'));
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([this.#publisher.quit(), this.#subscriber.quit()]);
    this.#publisher.disconnect();
    this.#subscriber.disconnect();
  }

  #send(change: Committed): void {
    if (this.#publisher.status !== 'ready') {
      this.#unsent.add(change.sessionId);
      return;
    }
    const envelope: Envelope = { origin: this.#origin, change };
    this.#publisher.publish(sessionChannel(change.sessionId), JSON.stringify(envelope)).catch((error: unknown) => {
      this.#unsent.add(change.sessionId);
      this.#failed(error, 'redis publish');
    });
  }

  #receive(channel: string, message: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch (error) {
      return this.options.onError(error, 'redis message');
    }
    if (envelope.origin === this.#origin || sessionChannel(envelope.change.sessionId) !== channel) return;
    this.#deliver(envelope.change);
  }

  #deliver(change: Committed): void {
    for (const listener of this.#listeners.get(change.sessionId) ?? []) this.#deliverTo(listener, change);
  }

  #deliverTo(listener: (change: Committed) => void, change: Committed): void {
    try {
      listener(change);
    } catch (error) {
      this.options.onError(error, 'bus listener');
    }
  }

  /** Every room of this process reloads from the store: what was published while we were away is lost. */
  #resyncAll(): void {
    for (const sessionId of this.#listeners.keys()) this.#deliver({ kind: 'resync', sessionId });
  }

  /** Tells the other processes to reload the sessions whose changes did not reach them. */
  #announceUnsent(): void {
    const sessions = [...this.#unsent];
    this.#unsent.clear();
    if (sessions.length > 0) this.options.onStatus?.(`redis: publisher connection back; ${sessions.length} session(s) announced for resync`);
    for (const sessionId of sessions) this.#send({ kind: 'resync', sessionId });
  }

  #failed(error: unknown, context: string): void {
    if (!this.#closed) this.options.onError(error, context);
  }
}

/** Connects a Redis bus and waits until Redis answers; fails start-up on a wrong REDIS_URL. */
export async function openRedisBus(url: string, options: RedisBusOptions): Promise<RedisBus> {
  const bus = new RedisBus(url, options);
  try {
    await bus.ready();
  } catch (error) {
    await bus.close();
    throw error;
  }
  return bus;
}
