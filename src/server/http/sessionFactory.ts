import { createSession } from '../../core/decide.ts';
import { makeJoinCode } from '../../core/joinCode.ts';
import type { SessionPlan } from '../../core/plan.ts';
import { SESSION_LINK_ROLES, type SessionLinkRole } from '../../core/roles.ts';
import { hashToken, newId, newToken, randomDigit } from '../secrets.ts';
import type { Store } from '../store/store.ts';

/** A session just created, with the only copies of its role tokens. */
export interface CreatedSession {
  readonly id: string;
  readonly joinCode: string;
  readonly title: string;
  readonly tokens: Readonly<Record<SessionLinkRole, string>>;
}

/** One fresh token per role that gets a link. */
function roleTokens(): { tokens: Record<SessionLinkRole, string>; hashes: { role: SessionLinkRole; tokenHash: string }[] } {
  const tokens = Object.fromEntries(SESSION_LINK_ROLES.map((role) => [role, newToken()])) as Record<SessionLinkRole, string>;
  return { tokens, hashes: SESSION_LINK_ROLES.map((role) => ({ role, tokenHash: hashToken(tokens[role]) })) };
}

/** Creates a session from a validated plan: a unique join code, role tokens, the creation events; an organiser's joins their set (ORG-4). */
export async function createSessionFromPlan(store: Store, plan: SessionPlan, now: number, organiserHash: string | null = null): Promise<CreatedSession> {
  let joinCode = makeJoinCode(randomDigit);
  // A million codes: a clash is rare while sessions are few; retry a few times, then fail loudly.
  for (let attempt = 0; await store.joinCodeTaken(joinCode); attempt++) {
    if (attempt > 20) throw new Error('could not find a free join code');
    joinCode = makeJoinCode(randomDigit);
  }
  const id = newId();
  const { tokens, hashes } = roleTokens();
  await store.createSession({
    id,
    joinCode,
    title: plan.title,
    createdAt: now,
    events: createSession(plan, { sessionId: id, joinCode }, { now, newId }),
    roleTokens: hashes,
    organiserHash,
  });
  return { id, joinCode, title: plan.title, tokens };
}
