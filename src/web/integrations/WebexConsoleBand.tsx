import { useEffect, useState } from 'preact/hooks';
import { checkMeeting, type MeetingCheck } from '../../core/integrations/meetingCheck.ts';
import { t } from '../i18n/index.ts';
import { roleTokenFromHash } from '../roleToken.ts';
import { useWebexApp, type WebexContext } from './webexApp.ts';

/**
 * The moderator's console as a Webex embedded app (INTEG-13): opened with `?app=webex` in the
 * Webex client it says so in a band under the header, and inside a meeting it compares the
 * meeting with the one the host attached to the session (`GET /api/integrations/:id/console`,
 * with this link's token): another meeting is said plainly, because its webhooks are ignored
 * (INTEG-6) and the room the moderator sees would not be the session's call. Outside Webex the
 * SDK's wait times out and nothing shows.
 */
export function WebexConsoleBand({ sessionId }: { readonly sessionId: string }) {
  const webex = useWebexApp();
  const check = useMeetingCheck(sessionId, webex);
  if (!webex) return null;
  return (
    <div class="cockpit-webex" data-testid="webex-app" data-context={webex.displayContext} data-meeting={check ?? undefined}>
      <p class="cockpit-webex-line">{t('calls.webexConsole.connected')}</p>
      {check === 'other' && (
        <p class="cockpit-webex-warning" role="alert" data-testid="webex-meeting-other">
          {t('calls.webexConsole.otherMeeting')}
        </p>
      )}
      {check === 'unverifiable' && (
        <p class="cockpit-webex-line muted" data-testid="webex-meeting-unverifiable">
          {t('calls.webexConsole.meetingUnverifiable')}
        </p>
      )}
    </div>
  );
}

/** The meeting check once the session's meeting id is known; null before, outside a meeting, or when it cannot be asked. */
function useMeetingCheck(sessionId: string, webex: WebexContext | null): MeetingCheck | null {
  const [sessionMeeting, setSessionMeeting] = useState<string | null>(null);
  const inMeeting = webex !== null && webex.displayContext.startsWith('MEETING');
  const token = roleTokenFromHash();
  useEffect(() => {
    if (!inMeeting || !token) return;
    let current = true;
    fetch(`/api/integrations/${encodeURIComponent(sessionId)}/console`, { headers: { authorization: `Bearer ${token}` } })
      .then((response) => (response.ok ? (response.json() as Promise<{ meetingId: string | null }>) : null))
      .then((console) => {
        if (current && console) setSessionMeeting(console.meetingId ?? '');
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [inMeeting, sessionId, token]);
  if (!webex || !inMeeting || sessionMeeting === null) return null;
  return checkMeeting(sessionMeeting, webex.meetingId, webex.realIds);
}
