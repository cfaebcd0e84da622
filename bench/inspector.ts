import WebSocket from 'ws';

/**
 * A CPU profile of a running server, taken over the inspector protocol for exactly one phase
 * (`node --inspect=127.0.0.1:0` prints the address; loopback only). Unlike `--cpu-prof`,
 * which writes its profile when the process exits, this needs no clean exit: a server still
 * busy with a backlog after a storm can be profiled and then killed.
 */
export class InspectorProfiler {
  #nextId = 1;
  readonly #waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      const waiter = this.#waiting.get(message.id);
      if (!waiter) return;
      this.#waiting.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  /** Connects to `ws://127.0.0.1:PORT/UUID` as printed by `node --inspect`. */
  static async connect(url: string): Promise<InspectorProfiler> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const profiler = new InspectorProfiler(socket);
    await profiler.#call('Profiler.enable');
    return profiler;
  }

  #call(method: string, params: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error(`inspector: ${method} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  async start(): Promise<void> {
    await this.#call('Profiler.start');
  }

  /** Stops and returns the profile (the `.cpuprofile` JSON). */
  async stop(): Promise<unknown> {
    const result = (await this.#call('Profiler.stop', {}, 120_000)) as { profile: unknown };
    return result.profile;
  }

  close(): void {
    this.socket.close();
  }
}
