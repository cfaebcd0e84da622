import { activePoll } from '../../core/clientState.ts';
import { nowAnswering } from '../../core/qa/qaClientState.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { useServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { useWebexApp } from '../integrations/webexApp.ts';
import { useRoleToken } from '../roleToken.ts';
import { FloorStrip } from './FloorStrip.tsx';
import { JoinPanel } from './JoinPanel.tsx';
import { ProjectorAgenda } from './ProjectorAgenda.tsx';
import { ProjectorBalance } from './ProjectorBalance.tsx';
import { ProjectorFloor } from './ProjectorFloor.tsx';
import { ProjectorPoll } from './ProjectorPoll.tsx';
import { ProjectorQuestion } from './ProjectorQuestion.tsx';
import { ProjectorQueue } from './ProjectorQueue.tsx';
import { projectorStage } from './projectorStage.ts';
import '../styles/projector.css';
import '../styles/projector-floor.css';
import '../styles/projector-run.css';
import { useSessionLanguage } from '../i18n/useSessionLanguage.ts';
import { USER_TEXT } from '../components/userText.ts';

/**
 * `/projector#TOKEN`: the big screen in the room, also shared into the video call. Its stage
 * shows one thing, as the moderator chose (PROJ-1; see `projectorStage`). In `auto`: an open
 * poll (with the question being answered in a band above it, PROJ-4), else that question, else the floor (speaker, countdown, next in line) while anyone speaks or waits, else
 * the latest poll, else the session's title. With an open poll
 * the floor goes into a band above it. Beside the stage: how to join, and the balance meter
 * when the moderator shows it. Sized from the viewport, so it reads the same at 1920×1080,
 * 1280×720 and 4:3.
 */
export function ProjectorPage() {
  const token = useRoleToken();
  const connection = useConnection(token);
  if (!token) return <ProjectorMessage text={t('projector.missingToken')} />;
  if (!connection) return <ProjectorMessage text={t('projector.connecting')} />;
  return <ProjectorScreen connection={connection} />;
}

function ProjectorScreen({ connection }: { connection: Connection }) {
  const state = connection.state.value;
  const status = connection.status.value;
  const session = state.session;
  const chosenPollId = session?.projector.pollId ?? null;
  const poll = chosenPollId === null ? activePoll(state) : (state.polls.find((p) => p.id === chosenPollId) ?? null);
  const clock = useServerClock(connection.client);
  useDocumentTitle(session ? t('title.projector', { title: session.title }) : t('title.projectorPending'));
  useSessionLanguage(session?.language, { personal: false });
  // INTEG-12: inside Webex, this view is what the meeting's "Open together" shares (its token is a projector's, public).
  useWebexApp({ url: location.href, title: session ? t('title.projector', { title: session.title }) : '' });

  if (status === 'refused') {
    const outdated = connection.client.refusal?.code === 'protocol_mismatch';
    const deleted = connection.client.refusal?.reason === 'session.deleted';
    return <ProjectorMessage text={deleted ? t('refusal.session.deleted') : outdated ? t('error.outdated') : t('projector.refused')} />;
  }
  if (!session) return <ProjectorMessage text={t('projector.connecting')} status={status} />;

  const floor = state.floor;
  const balance = state.balance;
  const floorActive = floor !== null && (floor.current !== null || floor.queue.length > 0);
  const mode = session.projector.mode;
  // The question being answered in a Q&A round: only ever a published one (QA-6).
  const question = nowAnswering(state.qa);
  const stage = projectorStage(mode, { poll: poll !== null, pollOpen: poll?.status === 'open', floor: floor !== null, floorActive, question: question !== null, balance: balance !== null });
  // The floor goes into a band above a poll or a question while anyone speaks or waits; not
  // above both at once (PROJ-4): the question and the poll share the stage, the floor waits.
  const strip = (stage === 'poll' || stage === 'question') && floorActive;
  const header = (
    <header class="projector-top">
      <BrandMark />
      <p class="projector-session" {...USER_TEXT}>{session.title}</p>
      <ConnectionStatus status={status} />
    </header>
  );
  const welcome = (
    <div class="projector-welcome">
      <h1 class="projector-title" {...USER_TEXT}>{session.title}</h1>
      {session.subtitle && <p class="projector-subtitle" {...USER_TEXT}>{session.subtitle}</p>}
      {/* Mid-session, the join mode is for latecomers: no "polls will appear here". */}
      {session.projector.mode !== 'join' && <p class="projector-waiting">{t('projector.waiting')}</p>}
    </div>
  );

  if (stage === 'idle' && (!balance || mode === 'join')) {
    return (
      <div class="projector" data-layout="idle" data-mode={mode}>
        {header}
        <main id="main" class="projector-idle">
          {welcome}
          <JoinPanel code={session.joinCode} layout="hero" />
        </main>
      </div>
    );
  }

  return (
    <div class="projector" data-layout={stage} data-mode={mode} data-side={balance && stage !== 'balance' ? 'balance' : 'join'}>
      {header}
      <main id="main" class="projector-main">
        <div class="projector-stage" data-strip={strip ? 'true' : undefined}>
          {strip && floor && <FloorStrip floor={floor} clock={clock} />}
          {stage === 'question' && question && <ProjectorQuestion question={question} />}
          {stage === 'pollQuestion' && question && <ProjectorQuestion question={question} band />}
          {(stage === 'poll' || stage === 'pollQuestion') && poll && <ProjectorPoll poll={poll} tally={state.tallies[poll.id]} />}
          {stage === 'floor' && floor && <ProjectorFloor floor={floor} clock={clock} />}
          {stage === 'speaker' && floor && <ProjectorFloor floor={floor} clock={clock} showNext={false} />}
          {stage === 'queue' && floor && <ProjectorQueue floor={floor} />}
          {stage === 'agenda' && <ProjectorAgenda session={session} clock={clock} />}
          {stage === 'balance' && balance && <ProjectorBalance meter={balance} clock={clock} />}
          {stage === 'idle' && welcome}
        </div>
        <aside class="projector-aside">
          {balance && stage !== 'balance' && <ProjectorBalance meter={balance} clock={clock} />}
          <JoinPanel code={session.joinCode} layout={balance && stage !== 'balance' ? 'compact' : 'aside'} />
        </aside>
      </main>
    </div>
  );
}

function ProjectorMessage({ text, status }: { text: string; status?: Connection['status']['value'] }) {
  useDocumentTitle(t('title.projectorPending'));
  return (
    <div class="projector" data-layout="message">
      <header class="projector-top">
        <BrandMark />
        {status && <ConnectionStatus status={status} />}
      </header>
      <main id="main" class="projector-message">
        <p role="status">{text}</p>
      </main>
    </div>
  );
}
