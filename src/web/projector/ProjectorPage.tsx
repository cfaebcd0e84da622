import { activePoll } from '../../core/clientState.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';
import { useRoleToken } from '../roleToken.ts';
import { JoinPanel } from './JoinPanel.tsx';
import { ProjectorPoll } from './ProjectorPoll.tsx';
import '../styles/projector.css';

/**
 * `/projector#TOKEN`: the big screen in the room, also shared into the video call. Shows the
 * active poll with live results and how to join; with no poll, the session and how to join.
 * Sized from the viewport, so it reads the same at 1920×1080, 1280×720 and 4:3.
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
  const poll = activePoll(state);
  useDocumentTitle(session ? t('title.projector', { title: session.title }) : t('title.projectorPending'));

  if (status === 'refused') {
    const outdated = connection.client.refusal?.code === 'protocol_mismatch';
    return <ProjectorMessage text={outdated ? t('error.outdated') : t('projector.refused')} />;
  }
  if (!session) return <ProjectorMessage text={t('projector.connecting')} status={status} />;

  return (
    <div class="projector" data-layout={poll ? 'poll' : 'idle'}>
      <header class="projector-top">
        <BrandMark />
        <p class="projector-session">{session.title}</p>
        <ConnectionStatus status={status} />
      </header>
      {poll ? (
        <main id="main" class="projector-main">
          <ProjectorPoll poll={poll} tally={state.tallies[poll.id]} />
          <aside class="projector-aside">
            <JoinPanel code={session.joinCode} layout="aside" />
          </aside>
        </main>
      ) : (
        <main id="main" class="projector-idle">
          <div class="projector-welcome">
            <h1 class="projector-title">{session.title}</h1>
            {session.subtitle && <p class="projector-subtitle">{session.subtitle}</p>}
            <p class="projector-waiting">{t('projector.waiting')}</p>
          </div>
          <JoinPanel code={session.joinCode} layout="hero" />
        </main>
      )}
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
