import type { ComponentChildren } from 'preact';
import { guidelineLangs, localGuidelines, planTextLang, sessionSubtitle, sessionTitle } from '../i18n/planText.ts';
import { useEffect } from 'preact/hooks';
import { activePoll, participantPolls } from '../../core/clientState.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { Channel } from '../../core/roles.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { PrivacyLink } from '../components/PrivacyLink.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { useServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { refusalText } from '../refusalMessage.ts';
import { loadLaterTextsWhenIdle, laterTextsReady } from '../i18n/laterTexts.ts';
import { AboutYou } from './AboutYou.tsx';
import { AgendaNow } from './AgendaNow.tsx';
import { ChannelSwitch } from './ChannelSwitch.tsx';
import { FloorCard } from './FloorCard.tsx';
import { FloorNow } from './FloorNow.tsx';
import { FollowUpCard } from './FollowUpCard.tsx';
import { ConductGate, GuidelinesLink } from './GuidelinesPanel.tsx';
import { ParticipantAnnouncer } from './ParticipantAnnouncer.tsx';
import { PollCard } from './PollCard.tsx';
import { QaCard } from './QaCard.tsx';
import { WaitingScreen } from './WaitingScreen.tsx';
import { useWebexApp } from '../integrations/webexApp.ts';
import { useZoomApp } from '../integrations/zoomApp.ts';
import '../styles/participant-floor.css';
import '../styles/guidelines.css';
import { USER_TEXT } from '../components/userText.ts';

interface ParticipantSessionProps {
  readonly token: string;
  /** The session's title and subtitle as known from joining, shown until the welcome brings them. */
  readonly known: { readonly title: string | null; readonly subtitle: string | null };
  /** A socket opened while joining, for the first connection. */
  readonly ahead: WebSocket | null;
  /** The server no longer knows this participant token. */
  readonly onExpired: () => void;
}

/**
 * A joined participant: connects with the token and shows who has the floor, the open polls
 * or the waiting screen, the card to ask for the floor, and the optional "About you".
 */
export function ParticipantSession({ token, known, ahead, onExpired }: ParticipantSessionProps) {
  const connection = useConnection(token, ahead);
  if (!connection) return <ParticipantShell title={known.title} subtitle={known.subtitle} status="connecting" header={<ChannelSwitchPlace />} />;
  return <ParticipantLive connection={connection} known={known} onExpired={onExpired} token={token} />;
}

/** Keeps the channel switch's place until the welcome fills it, so the page below does not move. */
function ChannelSwitchPlace() {
  return <div class="channel-switch-place" aria-hidden="true" />;
}

function ParticipantLive({ connection, known, onExpired, token }: { connection: Connection; known: ParticipantSessionProps['known']; onExpired: () => void; token: string }) {
  const state = connection.state.value;
  const status = connection.status.value;
  const refusal = status === 'refused' ? connection.client.refusal : null;
  const clock = useServerClock(connection.client);
  const inZoom = useZoomApp(connection.client);
  const inWebex = useWebexApp();

  useEffect(() => {
    if (refusal?.code === 'unauthorised') onExpired();
  }, [refusal, onExpired]);
  // WEB-7: the later texts (refusals, breakdowns, shifts) are not in the first script; they come once the page is idle.
  useEffect(() => loadLaterTextsWhenIdle(), []);

  const session = state.session;
  const visible = participantPolls(state);
  const open = visible.filter((poll) => poll.status === 'open');
  const onScreen = activePoll(state);
  const latest = onScreen && onScreen.status === 'closed' ? onScreen : null;

  const vote = async (pollId: string, optionIds: readonly string[]) => {
    await connection.client.send({ type: 'poll.vote', pollId, optionIds: [...optionIds] });
  };
  const setChannel = async (channel: Channel) => {
    await connection.client.send({ type: 'participant.setChannel', channel });
  };
  const send = async (command: CommandInput) => {
    await connection.client.send(command);
  };
  const floor = state.floor;
  // GUIDE-3: until the code of conduct is accepted, it comes first and contributions wait.
  const guidelines = state.guidelines && localGuidelines(state.guidelines);
  // I18N-8: texts shown in the session's language on a page in another carry that language.
  const langs = state.guidelines && session ? guidelineLangs(state.guidelines, session.language) : undefined;
  const mustAccept = guidelines !== null && guidelines.codeOfConduct.length > 0 && !state.conductAccepted;

  // RETAIN-4: nothing of the session is shown any more, only that it is gone.
  if (refusal?.reason === 'session.deleted') {
    return (
      <ParticipantShell title={null} status={status}>
        <p class="card field-error" role="alert" data-testid="session-deleted">
          {refusalText(refusal)}
        </p>
      </ParticipantShell>
    );
  }

  return (
    <ParticipantShell
      title={session ? sessionTitle(session) : known.title}
      subtitle={session ? sessionSubtitle(session) : known.subtitle}
      titleLang={session ? planTextLang(session.translations, 'title', session.language) : undefined}
      subtitleLang={session ? planTextLang(session.translations, 'subtitle', session.language) : undefined}
      status={status}
      header={session ? <ChannelSwitch channel={state.channel} setChannel={setChannel} /> : <ChannelSwitchPlace />}
      footer={session !== null}
    >
      <ParticipantAnnouncer state={{ myVotes: state.myVotes, myFloor: state.myFloor, mine: state.qa.mine }} ready={session !== null} />
      {refusal?.code === 'protocol_mismatch' && (
        <p class="card field-error" role="alert">
          {t('error.outdated')}
        </p>
      )}
      {!session && !refusal && <p class="card muted">{t('participant.connecting')}</p>}
      {inZoom && <p class="card muted" data-testid="zoom-app" data-context={inZoom}>{t('calls.inZoom')}</p>}
      {inWebex && laterTextsReady() && <p class="card muted" data-testid="webex-app" data-context={inWebex.displayContext}>{t('calls.inWebex')}</p>}
      {session && guidelines && mustAccept && <ConductGate guidelines={guidelines} langs={langs} channel={state.channel} accept={() => send({ type: 'participant.acceptConduct' })} />}
      {session && <AgendaNow session={session} />}
      {session && floor && <FloorNow floor={floor} speaking={state.myFloor.speaking} channel={state.channel} clock={clock} done={() => send({ type: 'floor.done' })} />}
      {session && open.length > 0 && (
        <section class="poll-stack" aria-label={t('participant.openPolls')}>
          {open.map((poll) => (
            <PollCard
              key={poll.id}
              poll={poll}
              tally={state.tallies[poll.id]}
              myVote={state.myVotes[poll.id]}
              vote={(optionIds) => vote(poll.id, optionIds)}
              write={(entries) => send({ type: 'poll.write', pollId: poll.id, entries: [...entries] })}
              clock={clock}
            />
          ))}
        </section>
      )}
      {session && floor && (
        <FloorCard floor={floor} mine={state.myFloor} channel={state.channel} youthMode={session.youthMode} send={send} />
      )}
      {session && <QaCard qa={state.qa} channel={state.channel} send={send} />}
      {session && open.length === 0 && (
        <WaitingScreen
          latest={
            latest && (
              <PollCard
                key={latest.id}
                poll={latest}
                tally={state.tallies[latest.id]}
                myVote={state.myVotes[latest.id]}
                vote={(optionIds) => vote(latest.id, optionIds)}
                write={(entries) => send({ type: 'poll.write', pollId: latest.id, entries: [...entries] })}
                clock={clock}
              />
            )
          }
        />
      )}
      {session?.followUp && <FollowUpCard followUp={session.followUp} youthMode={session.youthMode} token={token} />}
      {session && <AboutYou declared={state.declared} youthMode={session.youthMode} send={send} />}
      {session && guidelines && !mustAccept && <GuidelinesLink guidelines={guidelines} langs={langs} channel={state.channel} accepted={state.conductAccepted} />}
    </ParticipantShell>
  );
}

interface ParticipantShellProps {
  readonly title: string | null;
  readonly subtitle?: string | null;
  /** The `lang` of the title and subtitle when shown in the session's language on a page in another (I18N-8). */
  readonly titleLang?: string | undefined;
  readonly subtitleLang?: string | undefined;
  readonly status: Connection['status']['value'];
  readonly header?: ComponentChildren;
  readonly children?: ComponentChildren;
  /** The note at the bottom comes with the session's content, not before: else it would jump down when that arrives. */
  readonly footer?: boolean;
}

/** The frame of the participant page: brand, session title, channel, connection pill. */
function ParticipantShell({ title, subtitle = null, titleLang, subtitleLang, status, header, children, footer = false }: ParticipantShellProps) {
  useDocumentTitle(title ? t('title.participant', { title }) : t('title.joining'));
  return (
    <div class="page page-narrow participant">
      <header class="participant-header">
        <div class="participant-header-top">
          <BrandMark />
          <ConnectionStatus status={status} floating />
        </div>
        {title && (
          <h1 class="session-title" data-testid="session-title" lang={titleLang} {...USER_TEXT}>
            {title}
          </h1>
        )}
        {subtitle && (
          <p class="session-subtitle" lang={subtitleLang} {...USER_TEXT}>
            {subtitle}
          </p>
        )}
        {header}
      </header>
      <main id="main" class="participant-main">
        {children}
      </main>
      {footer && (
        <footer class="privacy-note">
          <p>{t('participant.anonymous')}</p>
          <p>
            <PrivacyLink />
          </p>
        </footer>
      )}
    </div>
  );
}
