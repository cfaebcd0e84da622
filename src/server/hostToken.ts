import type { Config } from './config.ts';
import { hashToken, newToken } from './secrets.ts';
import type { Store } from './store/store.ts';

const SETTING = 'host_token_hash';

/**
 * The hash of the host token, which `POST /api/sessions` requires. From
 * OPENFLOOR_HOST_TOKEN if set; else generated at first start and returned once in
 * `shownOnce`, after which only its hash exists.
 */
export async function ensureHostToken(config: Config, store: Store): Promise<{ hash: string; shownOnce: string | null; source: 'env' | 'stored' | 'generated' }> {
  if (config.hostToken) return { hash: hashToken(config.hostToken), shownOnce: null, source: 'env' };
  const stored = await store.getSetting(SETTING);
  if (stored) return { hash: stored, shownOnce: null, source: 'stored' };
  const token = newToken();
  const hash = hashToken(token);
  await store.setSetting(SETTING, hash);
  return { hash, shownOnce: token, source: 'generated' };
}
