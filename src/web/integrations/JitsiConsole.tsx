import { useEffect, useRef, useState } from 'preact/hooks';
import { chatQuestion } from '../../core/integrations/onlinePlatform.ts';
import { roleTokenFromHash } from '../roleToken.ts';
import { t } from '../i18n/index.ts';

/**
 * The Jitsi meeting inside the online moderator's console (INTEG-8): when the host attached a
 * Jitsi URL and the console was opened for the session (`/moderator?in=CODE#TOKEN`, which lets
 * its CSP load that server's IFrame API, INTEG-1), the meeting is embedded with the Jitsi IFrame
 * API and its `raiseHandUpdated`, `participantJoined` and `participantLeft` events are relayed to
 * the server with this link's token; the server's bridge puts the hands in the one queue and
 * counts the call (INTEG-2, INTEG-3). Its `incomingMessage` chat lines that start with the host's
 * marker are relayed too, with an id made of the sender and the time Jitsi stamped, so the server
 * takes each once however many consoles relay it (INTEG-11); other lines are not sent anywhere.
 * Jitsi's participant ids stay in memory; names are not read.
 */

interface JitsiApi {
  addListener(event: string, listener: (data: Record<string, unknown>) => void): void;
  dispose(): void;
}
type JitsiApiConstructor = new (domain: string, options: { roomName: string; parentNode: HTMLElement; width: string; height: number }) => JitsiApi;

type Signal =
  | { readonly kind: 'joined' | 'left' | 'handRaised' | 'handLowered'; readonly attendee: string }
  | { readonly kind: 'chat'; readonly attendee: string; readonly text: string; readonly id: string };

interface Meeting {
  readonly url: URL;
  readonly chatMarker: string;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

export function JitsiConsole({ sessionId }: { readonly sessionId: string }) {
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const token = roleTokenFromHash();

  useEffect(() => {
    if (!token) return;
    let current = true;
    fetch(`/api/integrations/${encodeURIComponent(sessionId)}/console`, { headers: { authorization: `Bearer ${token}` } })
      .then((response) => (response.ok ? (response.json() as Promise<{ platform: string | null; jitsiUrl: string | null; chatMarker: string }>) : null))
      .then((console) => {
        if (current && console?.platform === 'jitsi' && console.jitsiUrl) setMeeting({ url: new URL(console.jitsiUrl), chatMarker: console.chatMarker });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [sessionId, token]);

  useEffect(() => {
    if (!meeting || !box.current || !token) return;
    const parentNode = box.current;
    let api: JitsiApi | null = null;
    let current = true;
    const relay = (signals: Signal[]) =>
      fetch(`/api/integrations/${encodeURIComponent(sessionId)}/signals`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ signals }),
      }).catch(() => undefined);
    const idOf = (data: Record<string, unknown>) => (typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : null);
    const { url, chatMarker } = meeting;
    loadScript(`${url.origin}/external_api.js`).then(
      () => {
        const Api = (window as unknown as { JitsiMeetExternalAPI?: JitsiApiConstructor }).JitsiMeetExternalAPI;
        if (!current || !Api) return;
        api = new Api(url.host, { roomName: url.pathname.slice(1), parentNode, width: '100%', height: 360 });
        api.addListener('participantJoined', (data) => {
          const id = idOf(data);
          if (id) void relay([{ kind: 'joined', attendee: id }]);
        });
        api.addListener('participantLeft', (data) => {
          const id = idOf(data);
          if (id) void relay([{ kind: 'left', attendee: id }, { kind: 'handLowered', attendee: id }]);
        });
        // `handRaised` is the time it was raised, or 0 once lowered.
        api.addListener('raiseHandUpdated', (data) => {
          const id = idOf(data);
          if (id) void relay([{ kind: data.handRaised ? 'handRaised' : 'handLowered', attendee: id }]);
        });
        // `from` is the sender's id in the meeting, `stamp` when Jitsi took the line; `nick` (a name) is not read.
        api.addListener('incomingMessage', (data) => {
          const from = typeof data.from === 'string' && data.from !== '' ? data.from : null;
          const text = typeof data.message === 'string' ? data.message : '';
          if (!from || chatQuestion(text, chatMarker) === null) return;
          const stamp = typeof data.messageId === 'string' && data.messageId !== '' ? data.messageId : String(data.stamp ?? text);
          void relay([{ kind: 'chat', attendee: from, text: text.slice(0, 4096), id: `${from}@${stamp}`.slice(0, 200) }]);
        });
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
      api?.dispose();
    };
  }, [meeting, sessionId, token]);

  if (!meeting) return null;
  return (
    <section class="card jitsi-console" aria-labelledby="jitsi-console-title" data-testid="jitsi-console">
      <h3 id="jitsi-console-title" class="qa-subtitle">
        {t('calls.jitsi.title')}
      </h3>
      {failed && (
        <p class="field-error" role="alert">
          {t('calls.jitsi.failed')}
        </p>
      )}
      <div ref={box} class="jitsi-meeting" />
    </section>
  );
}
