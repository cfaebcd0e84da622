import { z } from 'zod';
import {
  maskSecret,
  PLATFORM_SECRET_NAMES,
  platformSettingsSchema,
  type PlatformSecretName,
  type PlatformSecrets,
  type PlatformSettings,
} from '../../core/integrations/onlinePlatform.ts';
import type { Store } from '../store/store.ts';

/** A session's platform: the host's settings and the secrets that verify what the platform sends. */
export interface PlatformConfig {
  readonly settings: PlatformSettings;
  readonly secrets: PlatformSecrets;
}

/** What the host page is shown: the settings, and each secret masked or null (INTEG-9). */
export interface MaskedPlatformConfig {
  readonly settings: PlatformSettings;
  readonly secrets: Readonly<Record<PlatformSecretName, string | null>>;
}

const storedSchema = z.object({
  settings: platformSettingsSchema,
  secrets: z.record(z.string(), z.string()),
});

const NONE: PlatformConfig = { settings: platformSettingsSchema.parse({}), secrets: {} };

/** The `settings` row of a session's platform configuration. */
export const platformKey = (sessionId: string) => `platform:${sessionId}`;

/**
 * The platform configuration of each session, in the store's `settings` table (one row per
 * session, `platform:<id>`), cached in memory. The secrets stay on the server: nothing here
 * returns them to a route but masked, and nothing logs them (INTEG-9).
 */
export class PlatformConfigs {
  readonly #cache = new Map<string, PlatformConfig>();

  constructor(private readonly store: Pick<Store, 'getSetting' | 'setSetting' | 'deleteSetting'>) {}

  async get(sessionId: string): Promise<PlatformConfig> {
    const cached = this.#cache.get(sessionId);
    if (cached) return cached;
    const raw = await this.store.getSetting(platformKey(sessionId));
    const parsed = raw === null ? null : storedSchema.safeParse(JSON.parse(raw));
    const config = parsed?.success ? { settings: parsed.data.settings, secrets: parsed.data.secrets as PlatformSecrets } : NONE;
    this.#cache.set(sessionId, config);
    return config;
  }

  /** Replaces the settings and applies a change of secrets (a value replaces, null clears, absent keeps). */
  async update(sessionId: string, settings: PlatformSettings, change: Partial<Record<PlatformSecretName, string | null | undefined>>): Promise<PlatformConfig> {
    const before = await this.get(sessionId);
    const secrets: Record<string, string> = {};
    for (const name of PLATFORM_SECRET_NAMES) {
      const value = change[name] === undefined ? before.secrets[name] : change[name];
      if (typeof value === 'string') secrets[name] = value;
    }
    const config: PlatformConfig = { settings, secrets };
    // Committed before the cache and the answer change (DUR-1).
    await this.store.setSetting(platformKey(sessionId), JSON.stringify(config));
    this.#cache.set(sessionId, config);
    return config;
  }

  /** Forgets a session's configuration, with the session (RETAIN-4). */
  async remove(sessionId: string): Promise<void> {
    await this.store.deleteSetting(platformKey(sessionId));
    this.#cache.delete(sessionId);
  }

  static masked(config: PlatformConfig): MaskedPlatformConfig {
    const secrets = Object.fromEntries(PLATFORM_SECRET_NAMES.map((name) => [name, maskSecret(config.secrets[name])])) as Record<PlatformSecretName, string | null>;
    return { settings: config.settings, secrets };
  }
}
