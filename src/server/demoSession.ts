import { sessionPlanSchema } from '../core/plan.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../core/templates.ts';
import { createSessionFromPlan, mintRoleTokens, type CreatedSession } from './http/sessionFactory.ts';
import type { Store } from './store/store.ts';

const SETTING = 'demo_session_id';

/**
 * The demo session (the seed round table), created once. Its role tokens exist only as
 * hashes, so each start mints fresh moderator, online moderator and projector links to print; links printed
 * before stay valid, so pages left open keep working across restarts.
 */
export async function ensureDemoSession(store: Store, now: number): Promise<{ joinCode: string; title: string; tokens: CreatedSession['tokens']; created: boolean }> {
  const existingId = await store.getSetting(SETTING);
  const existing = existingId ? (await store.listSessions()).find((s) => s.id === existingId) : undefined;
  if (existing) {
    const tokens = await mintRoleTokens(store, existing.id, now);
    return { joinCode: existing.joinCode, title: existing.title, tokens, created: false };
  }
  const created = await createSessionFromPlan(store, sessionPlanSchema.parse(TEMPLATES[DEMO_TEMPLATE]), now);
  await store.setSetting(SETTING, created.id);
  return { joinCode: created.joinCode, title: created.title, tokens: created.tokens, created: true };
}
