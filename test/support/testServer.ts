import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { joinSession } from '../../src/client/joinApi.ts';
import { OpenFloorClient, type SocketLike } from '../../src/client/openFloorClient.ts';
import type { Channel } from '../../src/core/roles.ts';
import { buildApp, type OpenFloorApp } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import { hashToken } from '../../src/server/secrets.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Store } from '../../src/server/store/store.ts';

/** The host token every test server accepts. */
export const TEST_HOST_TOKEN = 'test-host-token-0123456789abcdef';

export interface CreatedSessionResponse {
  id: string;
  title: string;
  joinCode: string;
  links: { participant: string; moderator: string; onlineModerator: string; projector: string };
}

/** Role token of a link (the part after `#`). */
export function tokenOf(link: string): string {
  const token = link.split('#')[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'openfloor-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A real server in this process, on an ephemeral loopback port, with its own SQLite file. */
export interface InProcessServer {
  readonly app: OpenFloorApp;
  readonly store: Store;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function startInProcessServer(env: Record<string, string> = {}): Promise<InProcessServer> {
  const dir = tempDir();
  const config = readConfig({ PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: join(dir.path, 'test.db'), OPENFLOOR_HOST_TOKEN: TEST_HOST_TOKEN, ...env });
  const store = await openStore(config.database);
  const app = await buildApp({ config, store, hostTokenHash: hashToken(TEST_HOST_TOKEN) });
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    store,
    baseUrl: app.baseUrl(),
    async close() {
      await app.http.close();
      await store.close();
      dir.remove();
    },
  };
}

/** Creates a session through the HTTP API, as a host would. */
export async function createSession(baseUrl: string, body: unknown = { template: 'child-online-safety-round-table' }): Promise<CreatedSessionResponse> {
  const response = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create session: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedSessionResponse;
}

/** Every raw text frame a socket received, for privacy assertions on the wire. */
export interface Wiretap {
  readonly frames: string[];
}

/** An `OpenFloorClient` over a real `ws` socket, optionally recording raw frames. */
export function connectClient(baseUrl: string, token: string, options: { wiretap?: Wiretap; lastSeq?: number; minRetryMs?: number; maxRetryMs?: number; sessionId?: string } = {}): OpenFloorClient {
  return new OpenFloorClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/ws`,
    token,
    ...(options.sessionId === undefined ? {} : { sessionId: options.sessionId }),
    lastSeq: options.lastSeq ?? 0,
    minRetryMs: options.minRetryMs ?? 50,
    maxRetryMs: options.maxRetryMs ?? 500,
    createSocket: (url) => {
      const socket = new WebSocket(url);
      if (options.wiretap) {
        const tap = options.wiretap;
        socket.on('message', (data, isBinary) => {
          if (!isBinary) tap.frames.push(data.toString('utf8'));
        });
      }
      return socket as unknown as SocketLike;
    },
  });
}

/** Joins by code as a participant (optionally saying where from) and connects, live. */
export async function joinAsParticipant(
  baseUrl: string,
  joinCode: string,
  channel: Channel | null,
  options: { wiretap?: Wiretap; acceptConduct?: boolean } = {},
): Promise<OpenFloorClient> {
  const joined = await joinSession(baseUrl, joinCode, channel);
  const client = connectClient(baseUrl, joined.participantToken, options);
  const live = await client.waitFor((_s, status) => status === 'live');
  // As a person does on the page before a first contribution (GUIDE-3), unless the test is about that.
  if ((options.acceptConduct ?? true) && (live.guidelines?.codeOfConduct.length ?? 0) > 0) await client.send({ type: 'participant.acceptConduct' });
  return client;
}

/** Creates an invite link through the host API (ROLE-1); returns the link and its id. */
export async function createInvite(baseUrl: string, sessionId: string, body: { role: string; label: string; panelSpeaker?: number | null }): Promise<{ link: string; id: string }> {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/invites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`create invite: ${response.status} ${await response.text()}`);
  const created = (await response.json()) as { link: string; invite: { id: string } };
  return { link: created.link, id: created.invite.id };
}

/** A raw `ws` socket for malformed-frame tests; resolves once open. */
export function rawSocket(baseUrl: string, headers: Record<string, string> = {}): Promise<{ socket: WebSocket; messages: unknown[]; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { headers });
    const messages: unknown[] = [];
    const closed = new Promise<number>((r) => socket.on('close', (code) => r(code)));
    socket.on('message', (data) => messages.push(JSON.parse(data.toString('utf8'))));
    socket.on('open', () => resolve({ socket, messages, closed }));
    socket.on('error', reject);
    socket.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

/** Polls `check` until it returns true or the time runs out. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}

/** The server as a separate process (`node --import tsx src/server/main.ts`), for kill tests and end-to-end tests. */
export interface ServerProcess {
  readonly baseUrl: string;
  readonly port: number;
  /** The server's process id (reliability scripts watch its memory in /proc). */
  readonly pid: number;
  readonly output: string[];
  readonly demo: { joinCode: string; participant: string; moderator: string; onlineModerator: string; projector: string };
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Sends `signal` and resolves once the process exited, with its exit code (null if a signal ended it). */
  signal(signal: NodeJS.Signals): Promise<number | null>;
}

export async function startServerProcess(env: Record<string, string>, cwd = process.cwd()): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', OPENFLOOR_HOST_TOKEN: TEST_HOST_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      text += chunk.toString();
      if (/Data: .*\n/.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.join('')}`));
    });
  });
  const banner = await ready;
  const match = (re: RegExp) => {
    const m = re.exec(banner);
    if (!m?.[1]) throw new Error(`banner lacks ${re}:\n${banner}`);
    return m[1];
  };
  const baseUrl = match(/running at (\S+)/);
  return {
    baseUrl,
    port: Number(new URL(baseUrl).port),
    pid: child.pid ?? -1,
    output,
    demo: {
      joinCode: match(/join code (\d{3}(?: \d{3})+)/).replaceAll(' ', ''),
      participant: match(/Participants: +(\S+)/),
      moderator: match(/Moderator: +(\S+)/),
      onlineModerator: match(/Online moderator: +(\S+)/),
      projector: match(/Projector: +(\S+)/),
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    signal(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
