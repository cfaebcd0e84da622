import { useEffect, useState } from 'preact/hooks';
import type { Channel } from '../../core/roles.ts';
import { formatJoinCode, normaliseJoinCode } from '../../core/joinCode.ts';
import { ApiError, joinSession, previewSession, socketUrl, type SessionPreview } from '../../client/joinApi.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { JoinPageLink } from '../components/JoinPageLink.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { PrivacyLink } from '../components/PrivacyLink.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';
import { tLtr } from '../i18n/ltrParam.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { navigate } from '../router.ts';
import { callPlace, openedInCall } from '../integrations/callMeeting.ts';
import { ChannelChoices } from './ChannelChoices.tsx';
import { LazySession, preloadSession } from './sessionChunk.tsx';
import { RetryCountdown, retryWait, type RetryWait } from './RetryCountdown.tsx';
import { forgetParticipant, loadParticipant, saveParticipant, type StoredParticipant } from './participantStorage.ts';
import '../styles/participant.css';
import { USER_TEXT } from '../components/userText.ts';
import { OtherMeetingNotice } from './OtherMeetingNotice.tsx';

/**
 * `/j/:code`: a participant joins a session. With a token stored for this code the page
 * rejoins at once; otherwise it shows the session's title and asks where the person follows
 * from, then joins and connects.
 */
export function ParticipantPage({ code: written }: { code: string }) {
  const code = normaliseJoinCode(written);
  useEffect(() => {
    // "/j/482 913" or "/j/482-913" become the canonical "/j/482913".
    if (code && code !== written) navigate(`/j/${code}`, { replace: true });
  }, [code, written]);

  if (!code) return <InvalidCode />;
  return <JoinFlow code={code} />;
}

type PreviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly preview: SessionPreview }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'unreachable' }
  /** Refused with 429: looked up again after the wait (LIMIT-5). */
  | { readonly kind: 'waiting'; readonly wait: RetryWait };

type JoinState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'joining'; readonly channel: Channel }
  /** Refused with 429: joins again after the wait, with the same answer (LIMIT-5). */
  | { readonly kind: 'waiting'; readonly channel: Channel; readonly wait: RetryWait }
  | { readonly kind: 'failed'; readonly message: string };

function JoinFlow({ code }: { code: string }) {
  const [stored, setStored] = useState<StoredParticipant | null>(() => loadParticipant(code));
  const [expired, setExpired] = useState(false);
  /** The socket opened at the tap, while the join request was on its way. */
  const [ahead, setAhead] = useState<WebSocket | null>(null);

  /** INTEG-14: a saved token inside a call rejoins once the call is known not to be another meeting. */
  const [callCheck, setCallCheck] = useState<'checking' | 'other' | 'done'>(() => (stored && openedInCall() ? 'checking' : 'done'));

  useEffect(() => {
    // WEB-5: the session's code arrives while the room choice is read, not after the tap.
    void preloadSession().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (callCheck !== 'checking') return;
    let current = true;
    void callPlace(code).then((place) => current && setCallCheck(place === 'other' ? 'other' : 'done'));
    return () => {
      current = false;
    };
  }, []); // once: a saved token is checked when the page opens

  if (stored && callCheck !== 'done') return <SavedJoinInCall other={callCheck === 'other'} goOn={() => setCallCheck('done')} />;
  if (stored) {
    return (
      <LazySession
        token={stored.token}
        known={stored}
        ahead={ahead}
        onExpired={() => {
          forgetParticipant(code);
          setStored(null);
          setExpired(true);
        }}
      />
    );
  }
  return (
    <JoinQuestion
      code={code}
      expired={expired}
      onJoined={(participant, socket) => {
        saveParticipant(code, participant);
        setAhead(socket);
        setStored(participant);
      }}
    />
  );
}

/** The join page's header: the brand and the language picker. */
function JoinHeader() {
  return (
    <header class="page-header">
      <BrandMark />
      <LanguagePicker />
    </header>
  );
}

/** A saved token inside a call: while its meeting is checked, and when it is another (INTEG-14). */
function SavedJoinInCall({ other, goOn }: { other: boolean; goOn: () => void }) {
  return (
    <div class="page page-narrow participant">
      <JoinHeader />
      <main id="main" class="card join-card">
        {other ? <OtherMeetingNotice goOn={goOn} /> : <p class="muted">{t('participant.connecting')}</p>}
      </main>
    </div>
  );
}

interface JoinQuestionProps {
  readonly code: string;
  /** The stored token was refused: say why the question comes again. */
  readonly expired: boolean;
  readonly onJoined: (participant: StoredParticipant, ahead: WebSocket | null) => void;
}

/**
 * The session's title and "Where are you following from?". The question is there at once,
 * before the session's title arrives (its place is kept, so nothing moves when it does): on a
 * slow network the look-up is one round trip a participant need not wait for. A wrong code
 * then replaces it with the reason.
 */
function JoinQuestion({ code, expired, onJoined }: JoinQuestionProps) {
  const [preview, setPreview] = useState<PreviewState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [join, setJoin] = useState<JoinState>({ kind: 'idle' });
  /** INTEG-14: the call this page runs in is not the session's meeting: say so before joining. */
  const [otherMeeting, setOtherMeeting] = useState(false);
  useDocumentTitle(preview.kind === 'ready' ? t('title.participant', { title: preview.preview.title }) : t('title.joining'));

  useEffect(() => {
    let current = true;
    setPreview({ kind: 'loading' });
    previewSession(location.origin, code).then(
      (found) => current && setPreview({ kind: 'ready', preview: found }),
      (error: unknown) => {
        if (!current) return;
        const wait = retryWait(error);
        if (wait) return setPreview({ kind: 'waiting', wait });
        const missing = error instanceof ApiError && (error.status === 404 || error.code === 'not_found');
        setPreview({ kind: missing ? 'notFound' : 'unreachable' });
      },
    );
    return () => {
      current = false;
    };
  }, [code, attempt]);

  const choose = async (channel: Channel) => {
    if (join.kind === 'joining') return;
    setJoin({ kind: 'joining', channel });
    // The socket's handshakes run beside the join request instead of after it: on a slow
    // network that is two round trips fewer before the session shows. A bare socket: the
    // client that says hello on it is in the session's chunk (WEB-5).
    let ahead: WebSocket | null = null;
    try {
      ahead = new WebSocket(socketUrl(location.origin));
    } catch {
      // The session's own connection opens one later.
    }
    try {
      const joined = await joinSession(location.origin, code, channel);
      onJoined({ token: joined.participantToken, sessionId: joined.sessionId, title: joined.title, subtitle: joined.subtitle }, ahead);
    } catch (error) {
      ahead?.close();
      const wait = retryWait(error);
      setJoin(wait ? { kind: 'waiting', channel, wait } : { kind: 'failed', message: t('join.failed', { message: refusalMessage(error) }) });
    }
  };

  // WEB-6: a tap on the room choice the server sent, made before the app ran, arrives as
  // `?room=onsite|online`: join with it at once, and take it out of the address.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const room = params.get('room');
    if (room !== 'onsite' && room !== 'online') return;
    params.delete('room');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
    void choose(room);
  }, []); // once, at the first render

  // INTEG-4, INTEG-12: inside a Zoom or Webex meeting the participant is online by where they are:
  // no question, unless the meeting is another than the session's (INTEG-14): then the page says
  // so and waits for the person.
  const ready = preview.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    void callPlace(code).then((place) => {
      if (place === 'other') setOtherMeeting(true);
      else if (place === 'online') void choose('online');
    });
  }, [ready]); // once, when the session is known

  return (
    <div class="page page-narrow participant">
      <JoinHeader />
      <main id="main" class="card join-card" aria-busy={preview.kind === 'loading' ? 'true' : undefined}>
        {preview.kind === 'waiting' && (
          <>
            <RetryCountdown wait={preview.wait} onDone={() => setAttempt((n) => n + 1)} />
            {preview.wait.message === 'join.wrongCodesRetrying' && <OtherCodeLink />}
          </>
        )}
        {preview.kind === 'notFound' && (
          <>
            <p class="field-error" role="alert" data-testid="join-not-found">
              {tLtr('join.notFound', { code: formatJoinCode(code) }, 'code')}
            </p>
            <OtherCodeLink />
          </>
        )}
        {preview.kind === 'unreachable' && (
          <>
            <p class="field-error" role="alert">
              {t('join.unreachable')}
            </p>
            <div class="button-row">
              <button type="button" class="button button-primary" onClick={() => setAttempt((n) => n + 1)}>
                {t('join.retry')}
              </button>
              <OtherCodeLink />
            </div>
          </>
        )}
        {(preview.kind === 'ready' || preview.kind === 'loading') && (
          <>
            <p class="eyebrow">
              <span class="visually-hidden">{t('moderator.joinCode')} </span>
              <span dir="ltr">{formatJoinCode(code)}</span>
            </p>
            {preview.kind === 'ready' ? (
              <h1 class="session-title join-title" {...USER_TEXT}>{preview.preview.title}</h1>
            ) : (
              <h1 class="session-title join-title" data-pending="true">
                {t('join.loading')}
              </h1>
            )}
            {preview.kind === 'ready' && preview.preview.subtitle && <p class="session-subtitle" {...USER_TEXT}>{preview.preview.subtitle}</p>}
            {expired && (
              <p class="notice" role="status">
                {t('join.expired')}
              </p>
            )}
            {otherMeeting && (
              <OtherMeetingNotice
                goOn={() => {
                  setOtherMeeting(false);
                  void choose('online');
                }}
              />
            )}
            <h2 class="question-heading" id="channel-question">
              {t('join.question')}
            </h2>
            <ChannelChoices
              labelledBy="channel-question"
              current={join.kind === 'joining' || join.kind === 'waiting' ? join.channel : null}
              busy={join.kind === 'joining' || join.kind === 'waiting'}
              testIds
              onChoose={(channel) => void choose(channel)}
            />
            <p class="field-hint">{t('join.why')}</p>
            <p class="join-status" role="status" aria-live="polite">
              {join.kind === 'joining' && t('join.joining')}
            </p>
            {join.kind === 'waiting' && <RetryCountdown wait={join.wait} onDone={() => void choose(join.channel)} />}
            {join.kind === 'failed' && (
              <p class="field-error" role="alert">
                {join.message}
              </p>
            )}
          </>
        )}
      </main>
      <footer class="privacy-note">
        <p>{t('participant.anonymous')}</p>
        <p>
          <PrivacyLink />
        </p>
      </footer>
    </div>
  );
}

function OtherCodeLink() {
  return <JoinPageLink>{t('join.otherCode')}</JoinPageLink>;
}

function InvalidCode() {
  useDocumentTitle(t('title.joining'));
  return (
    <div class="page page-narrow participant">
      <header class="page-header">
        <BrandMark />
      </header>
      <main id="main" class="card">
        <p class="field-error" role="alert">
          {t('join.invalidCode')}
        </p>
        <OtherCodeLink />
      </main>
    </div>
  );
}
