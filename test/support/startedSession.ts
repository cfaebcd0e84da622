import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, createSession, joinAsParticipant, tokenOf, type CreatedSessionResponse } from './testServer.ts';

/** A session under way, as a browser test finds it: created, its moderator live, the agenda started, one person in the room. */
export interface StartedSession {
  readonly session: CreatedSessionResponse;
  /** The moderator's client, live. */
  readonly moderator: OpenFloorClient;
  /** An onsite participant's client, live, the code of conduct accepted. */
  readonly participant: OpenFloorClient;
}

/**
 * Creates a session on the server at `base`, connects its moderator, starts the first agenda
 * item and joins one onsite participant. Both clients are pushed onto `clients`, for the
 * block's `afterAll` to close.
 */
export async function startSession(base: string, clients: OpenFloorClient[]): Promise<StartedSession> {
  const session = await createSession(base);
  const moderator = connectClient(base, tokenOf(session.links.moderator));
  clients.push(moderator);
  await moderator.waitFor((_s, status) => status === 'live');
  await moderator.send({ type: 'agenda.start' });
  const participant = await joinAsParticipant(base, session.joinCode, 'onsite');
  clients.push(participant);
  return { session, moderator, participant };
}

/** `asker` asks `text`; once the moderator sees it waiting, the moderator approves it (published). */
export async function publishQuestion(moderator: OpenFloorClient, asker: OpenFloorClient, text: string): Promise<void> {
  await asker.send({ type: 'qa.ask', text });
  const state = await moderator.waitFor((s) => s.qa.questions.some((q) => q.text === text));
  const asked = state.qa.questions.find((q) => q.text === text);
  if (asked) await moderator.send({ type: 'qa.approve', questionId: asked.id, version: asked.version });
}
