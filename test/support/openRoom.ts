import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, createSession, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from './testServer.ts';

/** What a room test over real sockets runs against: its server, its session, the moderator and the projector, live. */
export interface OpenRoom {
  readonly server: InProcessServer;
  readonly session: CreatedSessionResponse;
  readonly moderator: OpenFloorClient;
  readonly projector: OpenFloorClient;
}

/**
 * Starts an in-process server with `env`, creates a session from `body` (the template when
 * undefined), connects its moderator and its projector (the projector's frames into
 * `projectorTap`) and waits until both are live. Both clients are pushed onto `clients`, for
 * `closeRoom`.
 */
export async function openRoom(env: Record<string, string>, body: unknown, projectorTap: Wiretap, clients: OpenFloorClient[]): Promise<OpenRoom> {
  const server = await startInProcessServer(env);
  const session = await createSession(server.baseUrl, body);
  const moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
  const projector = connectClient(server.baseUrl, tokenOf(session.links.projector), { wiretap: projectorTap });
  clients.push(moderator, projector);
  await moderator.waitFor((_s, status) => status === 'live');
  await projector.waitFor((_s, status) => status === 'live');
  return { server, session, moderator, projector };
}

/** Closes every client of the test, then its server. */
export async function closeRoom(server: InProcessServer, clients: readonly OpenFloorClient[]): Promise<void> {
  for (const c of clients) c.close();
  await server.close();
}
