import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { FleetEnvelope, FleetReply, FleetRequest, FleetResults } from './fleetProtocol.ts';

/**
 * Every process the benchmark starts, and how it ends them: on a normal exit, on an error
 * and on SIGINT or SIGTERM, each child still running is killed by its own pid.
 */

const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Kills every child still running (SIGKILL: nothing of theirs is needed any more). */
export function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  children.clear();
}

export function installCleanup(): void {
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping every child process`);
      killAll();
      process.exit(130);
    });
  }
}

/** Ends a child: `signal` first, SIGKILL after `graceMs`; resolves to whether it had to be killed. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return false;
  const exited = once(child, 'exit');
  child.kill(signal);
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
  return killed;
}

/** A server child: its pid for /proc, its output, and the text it printed when ready. */
export interface ServerChild {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly output: string[];
  readonly banner: string;
}

/** Starts `node [nodeArgs] --import tsx script` (plain `node` for built JavaScript), resolving once stdout matches `ready`. */
export async function startServerChild(script: string, env: Record<string, string>, ready: RegExp, nodeArgs: readonly string[] = [], timeoutMs = 60_000): Promise<ServerChild> {
  const child = track(
    spawn(process.execPath, [...nodeArgs, ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script], {
      env: { ...process.env, ...env },
      // stdin stays open: the reference server ends when the orchestrator's end closes.
      stdio: ['pipe', 'pipe', 'pipe'],
    }),
  );
  const output: string[] = [];
  const banner = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within ${timeoutMs} ms:\n${output.join('')}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      text += chunk.toString();
      if (ready.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        // For debugging a server under load: BENCH_VERBOSE=1 shows what it writes to stderr.
        if (process.env.BENCH_VERBOSE === '1') process.stderr.write(chunk);
      });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code ?? signal}) before it was ready:\n${output.join('')}`));
    });
  });
  // Keep only the tail of what a long run prints.
  child.stdout?.on('data', () => output.splice(0, Math.max(0, output.length - 200)));
  if (child.pid === undefined) throw new Error(`${script} has no pid`);
  return { child, pid: child.pid, output, banner };
}

/** A fleet process and its request/reply channel. */
export class Fleet {
  #nextId = 1;
  readonly #waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #ready: Promise<void>;
  readonly child: ChildProcess;

  constructor(readonly index: number) {
    // For finding where a fleet's own time goes: BENCH_FLEET_CPU_PROF=DIR profiles each fleet.
    const profile = process.env.BENCH_FLEET_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_FLEET_CPU_PROF}`] : [];
    this.child = track(spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/fleet.ts'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    this.#ready = new Promise((resolve, reject) => {
      this.child.on('message', (reply: FleetReply) => {
        if (reply.id === -1) return resolve();
        const waiter = this.#waiting.get(reply.id);
        if (!waiter) return;
        this.#waiting.delete(reply.id);
        if (reply.ok) waiter.resolve(reply.result);
        else waiter.reject(new Error(`fleet ${index}: ${reply.error}`));
      });
      this.child.on('exit', (code, signal) => {
        const error = new Error(`fleet ${index} exited (${code ?? signal})`);
        reject(error);
        for (const waiter of this.#waiting.values()) waiter.reject(error);
        this.#waiting.clear();
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  ready(): Promise<void> {
    return this.#ready;
  }

  call<R extends FleetRequest>(request: R, timeoutMs: number): Promise<FleetResults[R['op']]> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new Error(`fleet ${this.index}: ${request.op} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as FleetResults[R['op']]);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      const envelope: FleetEnvelope = { id, request };
      this.child.send(envelope);
    });
  }

  async stop(): Promise<void> {
    await stopChild(this.child, 'SIGTERM', 3_000);
  }
}

/** Runs a script to completion and returns its stdout (it must exit 0). */
export async function runScript(script: string, args: readonly string[], timeoutMs: number): Promise<string> {
  const child = track(spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }));
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${script} failed (${code ?? signal}):\n${stderr}`);
  return stdout;
}
