import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { frameAncestors, type PlatformSettings } from '../../core/integrations/onlinePlatform.ts';
import { normaliseJoinCode } from '../../core/joinCode.ts';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from '../http/apiErrors.ts';
import { CONTENT_SECURITY_POLICY } from '../http/webRoutes.ts';
import type { Store } from '../store/store.ts';
import type { PlatformConfigs } from './platformConfig.ts';
import { checkZoomAppContext } from './zoomAppContext.ts';

/** HSTS, as Zoom requires of an app's pages (INTEG-1); browsers ignore it over plain HTTP. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * The page CSP for a session on a platform (INTEG-1): the app's own policy with
 * `frame-ancestors` widened to the platform's origins and nothing else; on Jitsi, the moderator
 * console may also load the meeting's IFrame API script and frame the meeting.
 */
export function pagePolicy(settings: Pick<PlatformSettings, 'platform' | 'jitsiUrl'>): string {
  const ancestors = frameAncestors(settings);
  let policy = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", ["frame-ancestors 'self'", ...ancestors].join(' '));
  if (settings.platform === 'jitsi' && ancestors.length > 0) {
    policy = policy.replace("script-src 'self'", `script-src 'self' ${ancestors.join(' ')}`);
    policy = `${policy}; frame-src ${ancestors.join(' ')}`;
  }
  return policy;
}

/** The join code a page request names: `/j/CODE`, or `?in=CODE` on a role page (`/moderator?in=CODE#TOKEN`). */
export function pageJoinCode(request: FastifyRequest): string | null {
  const [path = '', query = ''] = request.url.split('?');
  const fromPath = /^\/j\/([^/]{1,20})$/.exec(path)?.[1];
  const fromQuery = new URLSearchParams(query).get('in');
  const written = fromPath ? decodeURIComponent(fromPath) : fromQuery;
  return written ? normaliseJoinCode(written) : null;
}

/**
 * Registers the page headers of the integrations: HSTS everywhere, the platform's frame
 * ancestors on a session's pages (INTEG-1), and the Zoom app-context check of a page opened in
 * the Zoom client (INTEG-4). Must be registered before the web routes' own header hook.
 */
export function registerFramePolicy(app: FastifyInstance, deps: { readonly store: Pick<Store, 'sessionIdByJoinCode'>; readonly configs: PlatformConfigs; readonly now: () => number }): void {
  const settingsOf = async (request: FastifyRequest) => {
    const code = request.method === 'GET' ? pageJoinCode(request) : null;
    const sessionId = code ? await deps.store.sessionIdByJoinCode(code) : null;
    return sessionId ? await deps.configs.get(sessionId) : null;
  };

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers['x-zoom-app-context'];
    // Only a session's page is checked: the header names who opens it; assets and APIs ignore it.
    if (typeof header !== 'string' || request.method !== 'GET' || pageJoinCode(request) === null) return undefined;
    const config = await settingsOf(request);
    const secret = config?.settings.platform === 'zoom' ? config.secrets.zoomClientSecret : undefined;
    if (!config || !secret) return sendRefusal(reply, refusal('platform.contextRefused', { problem: 'this session is not set up for Zoom' }));
    const checked = checkZoomAppContext(header, secret, config.settings.zoomClientId, deps.now());
    if (!checked.ok) return sendRefusal(reply, refusal('platform.contextRefused', { problem: checked.problem }));
    return undefined;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      const config = await settingsOf(request);
      if (config?.settings.platform) reply.header('content-security-policy', pagePolicy(config.settings));
    }
    return payload;
  });
}
