import { signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { formatJoinCode } from '../../core/joinCode.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { useServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { useRoleToken } from '../roleToken.ts';
import { CommandErrors, type CommandError } from './CommandErrors.tsx';
import { FloorPanel } from './FloorPanel.tsx';
import { ModeratorPollCard } from './ModeratorPollCard.tsx';
import { PollForm } from './PollForm.tsx';
import { PresenceSummary } from './PresenceSummary.tsx';
import { ProjectorControl } from './ProjectorControl.tsx';
import { RunPanel } from './RunPanel.tsx';
import { QaPanel } from './QaPanel.tsx';
import '../styles/moderator.css';
import '../styles/moderator-floor.css';
import '../styles/balance-table.css';
import { SpeakerNoteForm } from '../speaker/SpeakerNoteForm.tsx';
import '../styles/moderator-run.css';

/**
 * `/moderator#TOKEN`: the moderator's console. Header with the session, its join code and
 * who is connected; the floor (speaker, queue, balance meter) beside the polls with their
 * controls and live tallies and a form for a new poll.
 */
export function ModeratorPage() {
  const token = useRoleToken();
  const connection = useConnection(token);
  if (!token) return <ModeratorMessage text={t('moderator.missingToken')} />;
  if (!connection) return <ModeratorMessage text={t('moderator.connecting')} busy />;
  return <ModeratorConsole connection={connection} />;
}

/** Runs moderator commands and keeps the last refusal for the alert region. */
function useCommands(connection: Connection) {
  return useMemo(() => {
    const lastError = signal<CommandError | null>(null);
    let counter = 0;
    /** Shows a refusal (or any failure) in the alert region. */
    const report = (failure: unknown) => {
      lastError.value = { id: ++counter, text: refusalMessage(failure) };
    };
    /** Sends a command; resolves false if it was refused, after reporting why. */
    const run = async (command: CommandInput): Promise<boolean> => {
      try {
        await connection.client.send(command);
        return true;
      } catch (failure) {
        report(failure);
        return false;
      }
    };
    /** Sends a command and lets the caller handle a refusal itself. */
    const send = (command: CommandInput) => connection.client.send(command);
    return { run, send, report, lastError };
  }, [connection]);
}

function ModeratorConsole({ connection }: { connection: Connection }) {
  const state = connection.state.value;
  const status = connection.status.value;
  const { run, send, report, lastError } = useCommands(connection);
  const clock = useServerClock(connection.client);
  const session = state.session;
  useDocumentTitle(session ? t('title.moderator', { title: session.title }) : t('title.moderatorPending'));

  if (status === 'refused') {
    const outdated = connection.client.refusal?.code === 'protocol_mismatch';
    const deleted = connection.client.refusal?.reason === 'session.deleted';
    return <ModeratorMessage text={deleted ? t('refusal.session.deleted') : outdated ? t('error.outdated') : t('moderator.refused')} />;
  }

  return (
    <div class="moderator">
      <header class="moderator-header">
        <div class="moderator-header-inner">
          <div class="moderator-identity">
            <BrandMark />
            <span class="moderator-role" data-testid="moderator-role">
              {state.role === 'online_moderator' ? t('moderator.onlineConsole') : t('moderator.console')}
            </span>
          </div>
          <div class="moderator-session">
            <h1 class="moderator-title">{session?.title ?? t('moderator.connecting')}</h1>
            {session?.subtitle && <p class="moderator-subtitle">{session.subtitle}</p>}
          </div>
          {session && (
            <p class="moderator-code">
              <span class="moderator-code-label">{t('moderator.joinCode')}</span>
              <span class="moderator-code-value" dir="ltr">{formatJoinCode(session.joinCode)}</span>
            </p>
          )}
          <PresenceSummary presence={state.presence} />
          <ConnectionStatus status={status} />
        </div>
      </header>
      <CommandErrors error={lastError.value} onDismiss={() => {
          lastError.value = null;
        }} />
      <main id="main" class="moderator-main">
        {session && (
          <div class="moderator-run">
            <RunPanel session={session} polls={state.polls} clock={clock} run={run} />
            <ProjectorControl session={session} polls={state.polls} run={run} />
          </div>
        )}
        <FloorPanel session={session} floor={state.floor} balance={state.balance} clock={clock} run={run} send={send} report={report} />
        {session && <SpeakerNoteForm speakers={session.speakers} run={run} />}
        <QaPanel qa={state.qa} role={state.role} run={run} send={send} report={report} />
        <section class="moderator-polls" aria-labelledby="polls-heading">
          <h2 id="polls-heading" class="section-heading" tabIndex={-1}>
            {t('moderator.polls')}
          </h2>
          {session && state.polls.length === 0 && <p class="card muted">{t('moderator.noPolls')}</p>}
          <ol class="moderator-poll-list">
            {state.polls.map((poll) => (
              <li key={poll.id}>
                <ModeratorPollCard
                  poll={poll}
                  tally={state.tallies[poll.id]}
                  onScreen={session?.activePollId === poll.id}
                  run={run}
                />
              </li>
            ))}
          </ol>
          <PollForm run={run} disabled={!session} />
        </section>
      </main>
    </div>
  );
}

function ModeratorMessage({ text, busy = false }: { text: string; busy?: boolean }) {
  useDocumentTitle(t('title.moderatorPending'));
  return (
    <div class="page page-narrow">
      <header class="page-header">
        <BrandMark />
      </header>
      <main id="main" class="card" aria-busy={busy ? 'true' : undefined}>
        <p role={busy ? undefined : 'alert'}>{text}</p>
      </main>
    </div>
  );
}
