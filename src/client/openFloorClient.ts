import { applyAcknowledged, applyServerMessage, emptyClientState, type ClientState } from '../core/clientState.ts';
import type { ErrorCode } from '../core/errors.ts';
import type { ClientMessageInput, CommandEnvelope } from '../core/protocol/clientMessages.ts';
import type { CommandInput } from '../core/protocol/commands.ts';
import type { ServerMessage, ServerMessages, ServerMessageType } from '../core/protocol/serverMessages.ts';
import { PROTOCOL_VERSION } from '../core/protocol/version.ts';
import { CommandRefused, refusalFrom, type Refusal } from './refusal.ts';

/**
 * The one client of the OpenFloor protocol, used by the web app, the tests and the
 * benchmark. It keeps a `ClientState` from the server's messages, reconnects with backoff,
 * resumes from the last sequence it applied, and re-sends unacknowledged commands with
 * their original ids (DUR-2), so a command is applied once however often it is sent.
 */

/** The part of a WebSocket this client uses; the browser's and the `ws` package's both fit. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** `restarting`: reconnecting after the server said it restarts (close 1001), until the next welcome. */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'restarting' | 'refused' | 'closed';

/** The close code of a server that drains for a restart (the protocol's "going away"). */
export const GOING_AWAY_CLOSE_CODE = 1001;

/** The close code of a session that was deleted (RETAIN-4): there is nothing to reconnect to. */
export const SESSION_DELETED_CLOSE_CODE = 4410;

export interface ClientOptions {
  /** WebSocket URL of the server's `/ws` endpoint. */
  readonly url: string;
  /** Role token or participant token; or the host token together with `sessionId` (AUTH-3). */
  readonly token: string;
  /** Only with the host token: the session to connect to. */
  readonly sessionId?: string;
  readonly createSocket: (url: string) => SocketLike;
  /** Resume point from an earlier connection (e.g. kept across a page reload). */
  readonly lastSeq?: number;
  readonly minRetryMs?: number;
  readonly maxRetryMs?: number;
  /**
   * How a dead network is noticed (PROTO-11): after `idleMs` without a frame the client sends
   * `ping`; if nothing arrives within `answerMs` after it, the socket is given up and a new
   * one opened. A socket without a welcome `connectMs` after it was created is given up too (on
   * a dead network an attempt can hang for minutes). Defaults 4 s, 4 s and 8 s: a silent
   * network is noticed within 8 s.
   */
  readonly heartbeat?: { readonly idleMs: number; readonly answerMs: number; readonly connectMs?: number };
}

const DEFAULT_HEARTBEAT = { idleMs: 4_000, answerMs: 4_000, connectMs: 8_000 } as const;
/** The close code a client uses for a socket it gave up on (no answer to its ping). */
export const NO_ANSWER_CLOSE_CODE = 4000;

export { CommandRefused } from './refusal.ts';

interface Pending {
  readonly envelope: ClientMessageInput & { type: 'command' };
  readonly resolve: (ack: ServerMessages['ack']) => void;
  readonly reject: (error: CommandRefused) => void;
}

type Listener<K extends ServerMessageType> = (message: ServerMessages[K]) => void;

/** Errors after which reconnecting cannot help. */
const FATAL: readonly ErrorCode[] = ['unauthorised', 'protocol_mismatch'];
/** The session is gone (RETAIN-4): its refusal says so, reconnecting cannot help either. */
const DELETED: Refusal = { code: 'not_found', reason: 'session.deleted', params: {}, message: 'This session was deleted' };

function randomPrefix(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class OpenFloorClient {
  #state: ClientState;
  #status: ConnectionStatus = 'connecting';
  #socket: SocketLike | null = null;
  #retries = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** A refusal said when to come back (`retryAfterSeconds`): no attempt before this time. */
  #retryNotBefore = 0;
  #closedByUser = false;
  #nextId = 1;
  readonly #idPrefix = randomPrefix();
  readonly #pending = new Map<string, Pending>();
  readonly #listeners = new Map<ServerMessageType, Set<(message: never) => void>>();
  readonly #stateListeners = new Set<(state: ClientState, status: ConnectionStatus) => void>();
  /** When the current socket last delivered a frame (or opened). */
  #lastHeard = 0;
  /** When the unanswered ping went out; null if none is outstanding. */
  #pingSentAt: number | null = null;
  #heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  /** Gives up an attempt that got no welcome in time. */
  #connectTimer: ReturnType<typeof setTimeout> | null = null;
  /** Server clock minus local clock, from the latest message that carried the server's time. */
  #clockOffsetMs = 0;
  /** The last fatal refusal, if the server turned this client away. */
  refusal: Refusal | null = null;

  constructor(readonly options: ClientOptions) {
    this.#state = { ...emptyClientState, seq: options.lastSeq ?? 0 };
    this.#connect();
  }

  get state(): ClientState {
    return this.#state;
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  /** The server's clock now, as well as this client can tell: timers use it so that every screen agrees. */
  serverNow(): number {
    return Date.now() + this.#clockOffsetMs;
  }

  /** Commands sent but not yet acknowledged. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Sends a command; resolves with the ack after the server committed it, rejects with `CommandRefused`. */
  send(command: CommandInput): Promise<ServerMessages['ack']> {
    const id = `${this.#idPrefix}-${this.#nextId++}`;
    const envelope = { type: 'command', id, command } as const satisfies ClientMessageInput;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { envelope, resolve, reject });
      // While offline the command waits; it goes out after the next welcome.
      if (this.#status === 'live') this.#write(envelope);
    });
  }

  /** Listens to one kind of server message; returns the unsubscribe function. */
  on<K extends ServerMessageType>(type: K, listener: Listener<K>): () => void {
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    set.add(listener as (message: never) => void);
    return () => set.delete(listener as (message: never) => void);
  }

  /** Listens to every change of state or connection status. */
  subscribe(listener: (state: ClientState, status: ConnectionStatus) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /** Resolves once `predicate` holds for the state (checked now and after every change). */
  waitFor(predicate: (state: ClientState, status: ConnectionStatus) => boolean, timeoutMs = 10_000): Promise<ClientState> {
    return new Promise((resolve, reject) => {
      if (predicate(this.#state, this.#status)) return resolve(this.#state);
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`condition not reached within ${timeoutMs} ms (status ${this.#status})`));
      }, timeoutMs);
      const unsubscribe = this.subscribe((state, status) => {
        if (!predicate(state, status)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(state);
      });
    });
  }

  /**
   * Checks the connection now, as when the browser says it went offline: a ping goes out at
   * once, and without an answer in time the socket is given up (PROTO-11).
   */
  probe(): void {
    if (this.#status !== 'live' || this.#pingSentAt !== null) return;
    this.#ping();
  }

  /**
   * Reconnects now instead of at the end of the backoff, as when the browser says the network
   * is back; does nothing while live or closed.
   */
  reconnectNow(): void {
    if (this.#closedByUser || this.#status === 'refused' || this.#status === 'live' || this.#retryTimer === null) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#retries = 0;
    this.#connect();
  }

  /** Closes for good: no reconnect; pending commands are rejected. */
  close(): void {
    this.#closedByUser = true;
    this.#stopHeartbeat();
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#socket?.close(1000, 'client closed');
    this.#setStatus('closed');
    for (const pending of this.#pending.values()) pending.reject(new CommandRefused({ code: 'internal', reason: null, params: {}, message: 'client closed' }));
    this.#pending.clear();
  }

  #connect(): void {
    const socket = this.options.createSocket(this.options.url);
    this.#socket = socket;
    const connectMs = this.options.heartbeat?.connectMs ?? DEFAULT_HEARTBEAT.connectMs;
    if (this.#connectTimer) clearTimeout(this.#connectTimer);
    this.#connectTimer = setTimeout(() => {
      this.#connectTimer = null;
      if (this.#socket === socket && this.#status !== 'live') this.#giveUp(socket);
    }, connectMs);
    socket.onopen = () => {
      this.#startHeartbeat(socket);
      const session = this.options.sessionId === undefined ? {} : { sessionId: this.options.sessionId };
      this.#write({ type: 'hello', protocol: PROTOCOL_VERSION, token: this.options.token, lastSeq: this.#state.seq, ...session });
    };
    socket.onmessage = (event) => {
      if (this.#socket === socket) {
        this.#lastHeard = Date.now();
        this.#pingSentAt = null;
      }
      if (typeof event.data !== 'string') return;
      let message: ServerMessage;
      try {
        message = JSON.parse(event.data) as ServerMessage;
      } catch {
        return;
      }
      this.#receive(message);
    };
    socket.onerror = () => {
      // The close event follows and decides what to do.
    };
    // A socket opened ahead (the page opens it while the join request is on its way) may be
    // open already: its open event is gone, so say hello now.
    if (socket.readyState === 1) socket.onopen(undefined);
    socket.onclose = (event) => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.#stopHeartbeat();
      if (this.#closedByUser || this.#status === 'refused') return;
      if (event.code === SESSION_DELETED_CLOSE_CODE) {
        this.#refuse(DELETED);
        return;
      }
      // A restart stays the reason through the failed attempts while the server is down.
      const restarting = event.code === GOING_AWAY_CLOSE_CODE || this.#status === 'restarting';
      this.#setStatus(restarting ? 'restarting' : 'reconnecting');
      this.#scheduleReconnect();
    };
  }

  #startHeartbeat(socket: SocketLike): void {
    const { idleMs, answerMs } = this.options.heartbeat ?? DEFAULT_HEARTBEAT;
    this.#stopHeartbeat();
    this.#lastHeard = Date.now();
    this.#pingSentAt = null;
    this.#heartbeatTimer = setInterval(
      () => {
        if (this.#socket !== socket || socket.readyState !== 1) return;
        const now = Date.now();
        if (this.#pingSentAt !== null) {
          if (now - this.#pingSentAt >= answerMs) this.#giveUp(socket);
        } else if (now - this.#lastHeard >= idleMs) {
          this.#ping();
        }
      },
      Math.max(50, Math.min(idleMs, answerMs) / 4),
    );
  }

  #stopHeartbeat(): void {
    if (this.#heartbeatTimer) clearInterval(this.#heartbeatTimer);
    this.#heartbeatTimer = null;
    this.#pingSentAt = null;
    if (this.#connectTimer) clearTimeout(this.#connectTimer);
    this.#connectTimer = null;
  }

  #ping(): void {
    this.#pingSentAt = Date.now();
    this.#write({ type: 'ping' });
  }

  /**
   * The network went silent: stop waiting for this socket (a browser's close handshake on a
   * dead network takes minutes) and open another; its late events are ignored.
   */
  #giveUp(socket: SocketLike): void {
    this.#socket = null;
    this.#stopHeartbeat();
    try {
      socket.close(NO_ANSWER_CLOSE_CODE, 'no answer');
    } catch {
      // Already closing: nothing to do.
    }
    if (this.#closedByUser || this.#status === 'refused') return;
    this.#setStatus(this.#status === 'restarting' ? 'restarting' : 'reconnecting');
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    const min = this.options.minRetryMs ?? 250;
    const max = this.options.maxRetryMs ?? 5_000;
    // Jittered exponential backoff, so that a restarted server is not hit by every client at once.
    const backoff = Math.min(max, min * 2 ** this.#retries) * (0.5 + Math.random() / 2);
    // PROTO-12: a server that said when to come back is not asked sooner.
    const delay = Math.max(backoff, this.#retryNotBefore - Date.now());
    this.#retries++;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      if (!this.#closedByUser) this.#connect();
    }, delay);
  }

  #receive(message: ServerMessage): void {
    // Taken on receipt, so the offset errs by the network delay only (milliseconds on a LAN).
    if (message.type === 'welcome' || message.type === 'floor.updated') this.#clockOffsetMs = message.serverTime - Date.now();
    if (message.type === 'welcome') {
      this.#retries = 0;
      if (this.#connectTimer) clearTimeout(this.#connectTimer);
      this.#connectTimer = null;
      this.#state = applyServerMessage(this.#state, message);
      this.#setStatus('live');
      // Re-send what was not acknowledged, in the original order and with the original ids.
      for (const pending of this.#pending.values()) this.#write(pending.envelope);
    } else if (message.type === 'ack') {
      const pending = this.#pending.get(message.id);
      if (pending) {
        this.#pending.delete(message.id);
        this.#state = applyAcknowledged(this.#state, pending.envelope.command);
        pending.resolve(message);
        this.#notify();
      }
    } else if (message.type === 'error') {
      const pending = message.id === null ? undefined : this.#pending.get(message.id);
      if (pending && message.id !== null) {
        // A draining server took nothing: the command stays pending and goes again after the next welcome.
        if (message.reason !== 'server.draining') {
          this.#pending.delete(message.id);
          pending.reject(new CommandRefused(refusalFrom(message, message.code)));
        }
      } else if (typeof message.params.retryAfterSeconds === 'number') {
        this.#retryNotBefore = Date.now() + message.params.retryAfterSeconds * 1000;
      } else if (FATAL.includes(message.code) || message.reason === DELETED.reason) {
        this.#refuse(refusalFrom(message, message.code));
        this.#socket?.close(1000, 'refused');
      }
    } else {
      this.#state = applyServerMessage(this.#state, message);
      this.#notify();
    }
    const listeners = this.#listeners.get(message.type);
    if (listeners) for (const listener of listeners) (listener as (m: ServerMessage) => void)(message);
  }

  #write(message: ClientMessageInput | CommandEnvelope): void {
    const socket = this.#socket;
    // readyState 1 is OPEN for both the browser's WebSocket and `ws`.
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(message));
  }

  /** The server turned this client away for good: no reconnect. */
  #refuse(refusal: Refusal): void {
    this.refusal = refusal;
    this.#setStatus('refused');
  }

  #setStatus(status: ConnectionStatus): void {
    this.#status = status;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#stateListeners) listener(this.#state, this.#status);
  }
}
