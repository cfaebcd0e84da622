import type { FloorView } from '../../core/floor/floorViews.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { FloorTimer, TimerAnnouncer, TimerBar, timerCaption } from '../components/FloorTimer.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { speakerName } from '../floor/floorNames.ts';
import { readTimer } from '../floor/floorTime.ts';
import { useServerClock, type ServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { useRoleToken } from '../roleToken.ts';
import { PinnedQuestion, pinnedQuestionOf } from './PinnedQuestion.tsx';
import { SpeakerNoteBanner } from './SpeakerNoteBanner.tsx';
import { LinkPageMessage } from './LinkPageMessage.tsx';
import { linkRefusalText } from './linkRefusal.ts';
import '../styles/speaker.css';
import { USER_TEXT } from '../components/userText.ts';

/**
 * `/speaker#TOKEN`: a panel speaker's screen at the lectern (SPEAK-1). Large, calm type: the
 * latest note from the moderators, their own countdown while they hold the floor (who else
 * speaks otherwise), the pinned question and the public queue.
 */
export function SpeakerPage() {
  const token = useRoleToken();
  const connection = useConnection(token);
  if (!token) return <SpeakerMessage text={t('speaker.missing')} wayOn />;
  if (!connection) return <SpeakerMessage text={t('speaker.connecting')} />;
  return <SpeakerScreen connection={connection} />;
}

function SpeakerScreen({ connection }: { connection: Connection }) {
  const state = connection.state.value;
  const status = connection.status.value;
  const clock = useServerClock(connection.client);
  const session = state.session;
  useDocumentTitle(session ? t('title.speaker', { title: session.title }) : t('speaker.heading'));

  if (status === 'refused') {
    return <SpeakerMessage text={linkRefusalText(connection.client, 'speaker')} testId="speaker-refused" wayOn />;
  }
  if (!session) return <SpeakerMessage text={t('speaker.connecting')} />;
  const me = state.panelSpeaker === null ? undefined : session.speakers[state.panelSpeaker];

  return (
    <div class="page speaker-page">
      <header class="speaker-top">
        <BrandMark />
        <p class="speaker-session" {...USER_TEXT}>{session.title}</p>
        <ConnectionStatus status={status} />
        <LanguagePicker />
      </header>
      <main id="main" class="speaker-main">
        <h1 class="speaker-who" data-testid="speaker-who">
          {me ? t('speaker.youAre', { label: me.label }) : t('speaker.unknown')}
        </h1>
        <SpeakerNoteBanner note={state.speakerNote} />
        {state.floor && <SpeakerFloor floor={state.floor} myLabel={me?.label ?? null} clock={clock} />}
        <PinnedQuestion text={pinnedQuestionOf(state)} />
        {state.floor && <SpeakerQueue floor={state.floor} />}
      </main>
    </div>
  );
}

/** Own countdown while this panel speaker holds the floor; otherwise who speaks, smaller. */
function SpeakerFloor({ floor, myLabel, clock }: { floor: FloorView; myLabel: string | null; clock: ServerClock }) {
  const current = floor.current;
  if (!current) {
    return (
      <section class="speaker-card speaker-floor" data-mine="false">
        <h2 class="speaker-card-title">{t('speaker.floorOpen')}</h2>
      </section>
    );
  }
  // Panel speakers are given the floor by index; the view carries their plan label.
  const mine = current.kind === 'panel' && myLabel !== null && current.label === myLabel;
  const reading = readTimer(current.startedAt, current.limitSeconds, floor.warningSeconds, clock.now.value);
  return (
    <section class="speaker-card speaker-floor" data-mine={mine ? 'true' : 'false'} data-phase={reading.phase} data-testid="speaker-floor">
      <h2 class="speaker-card-title">{mine ? t('speaker.yourTurn') : t('speaker.notYourTurn')}</h2>
      {!mine && (
        <p class="speaker-current">
          <bdi {...USER_TEXT}>{speakerName(current.label, current.channel)}</bdi> <ChannelBadge channel={current.channel} />
        </p>
      )}
      <p class="speaker-time">
        {/* SPEAK-3: the caption says "over time"; the digits only "+0:03". */}
        <FloorTimer reading={reading} overrun="short" testId={mine ? 'speaker-timer' : 'speaker-other-timer'} class={mine ? 'speaker-timer' : 'speaker-timer speaker-timer-other'} />
        <span class="speaker-timer-caption">{timerCaption(reading)}</span>
      </p>
      <TimerBar reading={reading} />
      {mine && <TimerAnnouncer reading={reading} warningSeconds={floor.warningSeconds} />}
    </section>
  );
}

function SpeakerQueue({ floor }: { floor: FloorView }) {
  return (
    <section class="speaker-card speaker-queue" aria-labelledby="speaker-queue-title">
      <h2 id="speaker-queue-title" class="speaker-card-title">
        {t('speaker.queue')}
      </h2>
      {floor.queue.length === 0 ? (
        <p class="muted">{t('speaker.queueEmpty')}</p>
      ) : (
        <ol class="speaker-queue-list" data-testid="speaker-queue">
          {floor.queue.map((hand) => (
            <li key={hand.id}>
              <bdi {...USER_TEXT}>{speakerName(hand.label, hand.channel)}</bdi> <ChannelBadge channel={hand.channel} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SpeakerMessage({ text, testId, wayOn }: { text: string; testId?: string; wayOn?: boolean }) {
  return <LinkPageMessage title={t('speaker.heading')} text={text} testId={testId} wayOn={wayOn} />;
}
