import { sessionPlanSchema } from '../core/plan.ts';
import { SESSION_LINK_ROLES, type SessionLinkRole } from '../core/roles.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../core/templates.ts';
import { createSessionFromPlan, type CreatedSession } from './http/sessionFactory.ts';
import { hashToken, newToken } from './secrets.ts';
import type { Store } from './store/store.ts';

const SESSION_SETTING = 'demo_session_id';
const TOKENS_SETTING = 'demo_role_tokens';

type RoleTokens = Record<SessionLinkRole, string>;

/**
 * The demo session (the seed round table), created once, with the same role links at every
 * start: the host's access page lists them once, and links printed or bookmarked before keep
 * working.
 *
 * Every other role token exists only as its SHA-256 hash. The demo's tokens are kept in the
 * clear in `settings`, because the demo is a local demonstration whose links the server prints
 * to its console at every start anyway: keeping them adds no reader the console did not have.
 * (Deriving them from a stored secret would store a secret just as readable.) A demo link the
 * host revoked is replaced by one fresh token for that role, kept the same way.
 */
export async function ensureDemoSession(store: Store, now: number): Promise<{ joinCode: string; title: string; tokens: CreatedSession['tokens']; created: boolean }> {
  const existingId = await store.getSetting(SESSION_SETTING);
  const existing = existingId ? (await store.listSessions()).find((s) => s.id === existingId) : undefined;
  if (existing) {
    const tokens = await keptTokens(store, existing.id, now);
    return { joinCode: existing.joinCode, title: existing.title, tokens, created: false };
  }
  const created = await createSessionFromPlan(store, sessionPlanSchema.parse(TEMPLATES[DEMO_TEMPLATE]), now);
  await store.setSetting(TOKENS_SETTING, JSON.stringify(created.tokens));
  await store.setSetting(SESSION_SETTING, created.id);
  return { joinCode: created.joinCode, title: created.title, tokens: created.tokens, created: true };
}

/**
 * Forgets the demo session's id and its kept tokens when that session is erased (RETAIN-3,
 * RETAIN-4): no token of a deleted session stays in the clear, and the next start makes a new demo.
 */
export async function forgetDemoSession(store: Store, sessionId: string): Promise<void> {
  if ((await store.getSetting(SESSION_SETTING)) !== sessionId) return;
  await store.deleteSetting(TOKENS_SETTING);
  await store.deleteSetting(SESSION_SETTING);
}

/** The kept tokens that still grant their role in the session; a fresh one (kept too) for each that does not. */
async function keptTokens(store: Store, sessionId: string, now: number): Promise<RoleTokens> {
  const kept = parseTokens(await store.getSetting(TOKENS_SETTING));
  const tokens = {} as RoleTokens;
  const minted: { role: SessionLinkRole; tokenHash: string }[] = [];
  for (const role of SESSION_LINK_ROLES) {
    const candidate = kept[role];
    const grant = candidate ? await store.grantOf(hashToken(candidate)) : null;
    if (candidate && grant?.sessionId === sessionId && grant.role === role) {
      tokens[role] = candidate;
      continue;
    }
    // A database from before the tokens were kept, or a link the host revoked.
    tokens[role] = newToken();
    minted.push({ role, tokenHash: hashToken(tokens[role]) });
  }
  if (minted.length > 0) {
    await store.addRoleTokens(sessionId, minted, now);
    await store.setSetting(TOKENS_SETTING, JSON.stringify(tokens));
  }
  return tokens;
}

function parseTokens(stored: string | null): Partial<RoleTokens> {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(SESSION_LINK_ROLES.flatMap((role) => {
      const token = (value as Record<string, unknown>)[role];
      return typeof token === 'string' ? [[role, token]] : [];
    }));
  } catch {
    return {};
  }
}
