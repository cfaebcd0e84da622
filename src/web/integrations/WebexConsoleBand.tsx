import { useEffect, useState } from 'preact/hooks';
import { checkCallMeeting, type MeetingCheck, type SessionMeeting } from '../../core/integrations/meetingCheck.ts';
import type { Platform } from '../../core/integrations/onlinePlatform.ts';
import { t } from '../i18n/index.ts';
import { roleTokenFromHash } from '../roleToken.ts';
import { useWebexApp, webexCall, type WebexContext } from './webexApp.ts';

/**
 * The moderator's console as a Webex embedded app (INTEG-13): opened with `?app=webex` in the
 * Webex client it says so in a band under the header, and inside a meeting it compares the
 * meeting with the one the host attached to the session (`GET /api/integrations/:id/console`,
 * with this link's token): another meeting is said plainly, with both ids, because its webhooks
 * are ignored (INTEG-6) and the room the moderator sees would not be the session's call. It
 * also says when the moderator is not host or cohost of the Webex meeting. Outside Webex the
 * SDK's wait times out and nothing shows.
 */
export function WebexConsoleBand({ sessionId }: { readonly sessionId: string }) {
  const webex = useWebexApp();
  const known = useMeetingCheck(sessionId, webex);
  if (!webex) return null;
  const check = known?.check;
  const role = meetingRole(webex);
  return (
    <div class="cockpit-webex" data-testid="webex-app" data-context={webex.displayContext} data-meeting={check} data-role={role ?? undefined}>
      <p class="cockpit-webex-line">{t('calls.webexConsole.connected')}</p>
      {role === 'participant' && (
        <p class="cockpit-webex-line" data-testid="webex-not-cohost">
          {t('calls.webexConsole.notCohost')}
        </p>
      )}
      {check === 'other' && known && (
        <div class="cockpit-webex-warning" role="alert" data-testid="webex-meeting-other">
          <p>{t('calls.webexConsole.otherMeeting')}</p>
          <dl class="cockpit-webex-ids">
            <dt>{t('calls.webexConsole.thisMeetingId')}</dt>
            <dd dir="ltr" data-testid="webex-meeting-this">{webex.meetingId}</dd>
            <dt>{t('calls.webexConsole.sessionMeetingId')}</dt>
            <dd dir="ltr" data-testid="webex-meeting-session">{known.session.meetingId}</dd>
          </dl>
        </div>
      )}
      {check === 'unverifiable' && (
        <p class="cockpit-webex-line muted" data-testid="webex-meeting-unverifiable">
          {t('calls.webexConsole.meetingUnverifiable')}
        </p>
      )}
    </div>
  );
}

/** The moderator's standing in the Webex meeting, from the roles Webex gives; null when it gives none. */
function meetingRole(webex: WebexContext): 'host' | 'cohost' | 'participant' | null {
  if (webex.userRoles.includes('HOST')) return 'host';
  if (webex.userRoles.includes('COHOST')) return 'cohost';
  return webex.userRoles.length > 0 ? 'participant' : null;
}

/** The meeting check once the session's meeting is known; null before, outside a meeting, or when it cannot be asked. */
function useMeetingCheck(sessionId: string, webex: WebexContext | null): { readonly check: MeetingCheck; readonly session: SessionMeeting } | null {
  const [session, setSession] = useState<SessionMeeting | null>(null);
  const inMeeting = webex !== null && webex.displayContext.startsWith('MEETING');
  const token = roleTokenFromHash();
  useEffect(() => {
    if (!inMeeting || !token) return;
    let current = true;
    fetch(`/api/integrations/${encodeURIComponent(sessionId)}/console`, { headers: { authorization: `Bearer ${token}` } })
      .then((response) => (response.ok ? (response.json() as Promise<{ platform: Platform | null; meetingId: string | null }>) : null))
      .then((console) => {
        if (current && console) setSession({ platform: console.platform, meetingId: console.meetingId ?? '' });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [inMeeting, sessionId, token]);
  if (!webex || !inMeeting || session === null) return null;
  return { check: checkCallMeeting(session, webexCall(webex)), session };
}
