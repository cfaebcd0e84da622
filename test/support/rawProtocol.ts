import WebSocket from 'ws';
import type { CommandInput } from '../../src/core/protocol/commands.ts';
import type { ServerMessages } from '../../src/core/protocol/serverMessages.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';

/**
 * The wire protocol without the client library: a socket that says hello, sends commands
 * with ids the caller chooses (a retry, a stale re-send, an id reused for something else) and
 * hands back the answer frame to each. For tests and reliability scripts that play a client
 * misbehaving on purpose; the pages use `OpenFloorClient`.
 */

export type Welcome = ServerMessages['welcome'];
export type Ack = ServerMessages['ack'];
export type ErrorFrame = ServerMessages['error'];
/** The server's answer to one command. */
export type Answer = Ack | ErrorFrame;

/** An answer as received: the frame and when it arrived (`performance.now()` of this process). */
export interface Received {
  readonly answer: Answer;
  readonly at: number;
}

export interface RawOptions {
  /** With the host token only: the session to connect to (AUTH-3). */
  readonly sessionId?: string;
  /** The last sequence applied; 0 (the default) asks for a full snapshot. */
  readonly lastSeq?: number;
  /**
   * Which frames to parse besides answers and the welcome: all of them (the default), or only
   * those for which `wanted(raw)` is true. A load generator with thousands of sockets skips
   * the rest; `onFrame` still sees every frame, raw.
   */
  readonly wanted?: (raw: string) => boolean;
  /** Every text frame as received, before parsing. */
  readonly onFrame?: (raw: string, at: number) => void;
  /** How long to wait for the welcome. */
  readonly welcomeTimeoutMs?: number;
  /**
   * Whether to keep parsed frames in `frames` and answers nobody waits for (the default); a
   * load generator's long-lived sockets turn it off and read answers through `answer(id)` only.
   */
  readonly keep?: boolean;
}

const ANSWER_PREFIXES = ['{"type":"ack"', '{"type":"error"'];

/** One socket speaking the protocol, opened with `RawConnection.open`. */
export class RawConnection {
  /** Parsed frames after the welcome, in order (those `wanted`, or all). */
  readonly frames: { type: string; [key: string]: unknown }[] = [];
  /** How the socket closed; resolves once it has. */
  readonly closed: Promise<{ code: number; reason: string }>;
  #welcome: Welcome | null = null;
  readonly #answers = new Map<string, Received[]>();
  readonly #waiters = new Map<string, Waiter[]>();
  readonly #frameListeners = new Set<(frame: { type: string; [key: string]: unknown }) => void>();
  #closeCode: number | null = null;

  private constructor(readonly socket: WebSocket, private readonly options: RawOptions) {
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => {
        this.#closeCode = code;
        // Whoever still waits for an answer on this socket will not get one here.
        for (const [id, waiters] of [...this.#waiters]) for (const waiter of [...waiters]) waiter.reject(new SocketClosed(id, code));
        resolve({ code, reason: reason.toString('utf8') });
      }),
    );
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) return;
      const at = performance.now();
      const raw = data.toString('utf8');
      options.onFrame?.(raw, at);
      const answer = ANSWER_PREFIXES.some((p) => raw.startsWith(p));
      if (!answer && this.#welcome !== null && options.wanted && !options.wanted(raw)) return;
      const frame = JSON.parse(raw) as { type: string; [key: string]: unknown };
      if (frame.type === 'welcome' && this.#welcome === null) {
        this.#welcome = frame as unknown as Welcome;
        return;
      }
      if (answer && typeof frame.id === 'string') this.#answer(frame.id, frame as unknown as Answer, at);
      if (options.keep ?? true) this.frames.push(frame);
      for (const listener of this.#frameListeners) listener(frame);
    });
  }

  /**
   * Opens a socket, says hello with `token` and resolves once the welcome came; rejects with
   * the server's error (or the close) if there was none.
   */
  static open(baseUrl: string, token: string, options: RawOptions = {}): Promise<RawConnection> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
    const connection = new RawConnection(socket, options);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error('no welcome in time'));
      }, options.welcomeTimeoutMs ?? 10_000);
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(why));
      };
      socket.once('open', () => {
        const session = options.sessionId === undefined ? {} : { sessionId: options.sessionId };
        socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: options.lastSeq ?? 0, ...session }));
      });
      socket.on('error', (error) => fail(error.message));
      socket.on('unexpected-response', (_request, response) => fail(`HTTP ${response.statusCode}`));
      const check = () => {
        if (connection.#welcome) {
          clearTimeout(timer);
          socket.off('message', check);
          resolve(connection);
        }
      };
      socket.on('message', check);
      void connection.closed.then(({ code, reason }) => {
        if (!connection.#welcome) fail(`closed ${code} ${reason} before the welcome: ${JSON.stringify(connection.frames.at(-1) ?? null)}`);
      });
    });
  }

  /** The welcome this socket received. */
  get welcome(): Welcome {
    if (!this.#welcome) throw new Error('no welcome yet');
    return this.#welcome;
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** The close code, once closed. */
  get closeCode(): number | null {
    return this.#closeCode;
  }

  /** Sends a command with the id given; the answer comes through `answer(id)`. False if the socket was not open. */
  post(id: string, command: CommandInput | Record<string, unknown>): boolean {
    if (!this.isOpen) return false;
    this.socket.send(JSON.stringify({ type: 'command', id, command }));
    return true;
  }

  /**
   * The next answer to `id` not yet handed out: one per sending of the id, in the order they
   * arrive. Rejects after `timeoutMs`, or when the socket closes first.
   */
  answer(id: string, timeoutMs = 10_000): Promise<Received> {
    const queued = this.#answers.get(id);
    const first = queued?.shift();
    if (queued?.length === 0) this.#answers.delete(id);
    if (first) return Promise.resolve(first);
    if (this.#closeCode !== null) return Promise.reject(new SocketClosed(id, this.#closeCode));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve: (received) => {
          clearTimeout(timer);
          resolve(received);
        },
        reject: (error) => {
          clearTimeout(timer);
          this.#removeWaiter(id, waiter);
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.reject(new Error(`no answer to ${id} within ${timeoutMs} ms`)), timeoutMs);
      const waiters = this.#waiters.get(id) ?? [];
      waiters.push(waiter);
      this.#waiters.set(id, waiters);
    });
  }

  /** Sends a command with the id given and resolves with its answer. */
  async command(id: string, command: CommandInput | Record<string, unknown>, timeoutMs?: number): Promise<Received> {
    const answered = this.answer(id, timeoutMs);
    if (!this.post(id, command)) {
      answered.catch(() => undefined);
      throw new SocketClosed(id, this.#closeCode ?? -1);
    }
    return answered;
  }

  /** Calls `listener` with every parsed frame from now on; returns the unsubscribe function. */
  onFrame(listener: (frame: { type: string; [key: string]: unknown }) => void): () => void {
    this.#frameListeners.add(listener);
    return () => this.#frameListeners.delete(listener);
  }

  /** Resolves with the first frame from now on for which `match` holds. */
  waitForFrame<T = { type: string; [key: string]: unknown }>(match: (frame: { type: string; [key: string]: unknown }) => boolean, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no matching frame within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onFrame((frame) => {
        if (!match(frame)) return;
        clearTimeout(timer);
        off();
        resolve(frame as T);
      });
    });
  }

  /** Stops reading: the server's frames pile up in the kernel, then in the server's send queue. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /** Closes with a handshake and resolves once closed. */
  async close(): Promise<{ code: number; reason: string }> {
    if (this.socket.readyState === WebSocket.CONNECTING || this.socket.readyState === WebSocket.OPEN) this.socket.close(1000, 'client closed');
    return this.closed;
  }

  /** Drops the connection without a closing handshake. */
  terminate(): void {
    this.socket.terminate();
  }

  #removeWaiter(id: string, waiter: Waiter): void {
    const waiters = this.#waiters.get(id);
    if (!waiters) return;
    const index = waiters.indexOf(waiter);
    if (index >= 0) waiters.splice(index, 1);
    if (waiters.length === 0) this.#waiters.delete(id);
  }

  #answer(id: string, answer: Answer, at: number): void {
    const received = { answer, at };
    const waiters = this.#waiters.get(id);
    const waiter = waiters?.shift();
    if (waiters?.length === 0) this.#waiters.delete(id);
    if (waiter) return waiter.resolve(received);
    if (!(this.options.keep ?? true)) return;
    const queued = this.#answers.get(id) ?? [];
    queued.push(received);
    this.#answers.set(id, queued);
  }
}

interface Waiter {
  readonly resolve: (received: Received) => void;
  readonly reject: (error: Error) => void;
}

/** The socket closed before a command's answer came. */
export class SocketClosed extends Error {
  constructor(
    readonly commandId: string,
    readonly code: number,
  ) {
    super(`socket closed (${code}) before the answer to ${commandId}`);
    this.name = 'SocketClosed';
  }
}
