import type { FastifyInstance } from 'fastify';
import type { RateLimits } from '../http/rateLimits.ts';
import type { RouteContract } from '../http/contract/httpContract.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Store } from '../store/store.ts';
import { CallBridge } from './callBridge.ts';
import { INTEGRATION_ROUTES } from './integrationContract.ts';
import { registerFramePolicy } from './framePolicy.ts';
import { registerIntegrationRoutes } from './integrationRoutes.ts';
import { PlatformConfigs } from './platformConfig.ts';

/** What `app.ts` gets back: the bridge and configurations (for tests and erasure), the routes' contract. */
export interface Integrations {
  readonly configs: PlatformConfigs;
  readonly bridge: CallBridge;
  readonly contract: readonly RouteContract[];
}

/**
 * The video-platform integrations (INTEG rules), registered with one line in `app.ts`: the page
 * headers (before the web routes' own hook), the host's settings, the webhooks and the relay.
 */
export async function registerIntegrations(
  app: FastifyInstance,
  deps: { readonly store: Store; readonly rooms: RoomRegistry; readonly hostTokenHash: string; readonly limits: RateLimits; readonly baseUrl: () => string; readonly now: () => number },
): Promise<Integrations> {
  const configs = new PlatformConfigs(deps.store);
  const bridge = new CallBridge({ rooms: deps.rooms, store: deps.store, configs, now: deps.now });
  registerFramePolicy(app, { store: deps.store, configs, now: deps.now });
  await registerIntegrationRoutes(app, { ...deps, configs, bridge });
  return { configs, bridge, contract: INTEGRATION_ROUTES };
}
