import { BrandMark } from '../components/BrandMark.tsx';
import { agendaQuestion, agendaTitle } from '../i18n/planText.ts';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { DeskNotes } from '../desk/DeskNotes.tsx';
import { useServerClock } from '../floor/serverClock.ts';
import { CommandErrors } from '../moderator/CommandErrors.tsx';
import { useModeratorCommands } from '../moderator/moderatorCommands.ts';
import { DeskNow } from './DeskNow.tsx';
import { DeskWriter } from './DeskWriter.tsx';
import { ResultBars } from '../components/ResultBars.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { speakerName } from '../floor/floorNames.ts';
import { t, tn } from '../i18n/index.ts';
import { useRoleToken } from '../roleToken.ts';
import { LinkPageMessage } from '../speaker/LinkPageMessage.tsx';
import { linkRefusalText } from '../speaker/linkRefusal.ts';
import '../styles/speaker.css';
import { USER_TEXT } from '../components/userText.ts';

/**
 * `/rapporteur#TOKEN`, the rapporteur's desk (REPORT-6..REPORT-10): the running agenda item with its
 * planned and actual time, notes written live per item and tagged (the moderators see them as
 * they are written), pulls of a published question, a poll result or the floor's balance, the
 * timeline of who spoke (by role and room), who has the floor and the polls' public results. It
 * sees what the public sees (never drafts or hidden results) and, besides, the desk.
 */
export function RapporteurPage() {
  const token = useRoleToken();
  const connection = useConnection(token);
  if (!token) return <Message text={t('rapporteur.missing')} wayOn />;
  if (!connection) return <Message text={t('rapporteur.connecting')} />;
  return <RapporteurScreen connection={connection} token={token} />;
}

function RapporteurScreen({ connection, token }: { connection: Connection; token: string }) {
  const state = connection.state.value;
  const status = connection.status.value;
  const commands = useModeratorCommands(connection);
  const clock = useServerClock(connection.client, 1000);
  const session = state.session;
  useDocumentTitle(session ? t('title.rapporteur', { title: session.title }) : t('role.rapporteur'));
  if (status === 'refused') return <Message text={linkRefusalText(connection.client, 'rapporteur')} testId="rapporteur-refused" wayOn />;
  if (!session) return <Message text={t('rapporteur.connecting')} />;
  const floor = state.floor;
  const polls = state.polls.filter((p) => p.status !== 'draft');
  return (
    <div class="page speaker-page">
      <header class="speaker-top">
        <BrandMark />
        <p class="speaker-session" {...USER_TEXT}>{session.title}</p>
        <ConnectionStatus status={status} />
        <LanguagePicker />
      </header>
      <main id="main" class="speaker-main">
        <h1 class="speaker-who" data-testid="rapporteur-heading">
          {t('role.rapporteur')}
        </h1>
        <p>
          <a href={`/report#${session.id}/${token}`} data-testid="rapporteur-report-link">
            {t('report.linkFromHost')}
          </a>
        </p>
        <CommandErrors error={commands.lastError.value} onDismiss={() => {
            commands.lastError.value = null;
          }}
        />
        <DeskNow session={session} clock={clock} />
        {state.desk && <DeskWriter session={session} state={state} desk={state.desk} run={commands.run} />}
        <section class="speaker-card" aria-labelledby="desk-notes">
          <h2 id="desk-notes" class="speaker-card-title">
            {t('desk.notes')}
          </h2>
          {state.desk && <DeskNotes desk={state.desk} session={session} state={state} run={commands.run} testId="desk-notes" />}
        </section>
        <section class="speaker-card" aria-labelledby="rapporteur-agenda">
          <h2 id="rapporteur-agenda" class="speaker-card-title">
            {t('before.agenda')}
          </h2>
          <ol class="speaker-queue-list">
            {session.agenda.map((item, i) => (
              <li key={i}>
                <strong {...USER_TEXT}>{agendaTitle(item)}</strong>
                {item.policyQuestion && <p class="muted" {...USER_TEXT}>{agendaQuestion(item)}</p>}
              </li>
            ))}
          </ol>
        </section>
        <section class="speaker-card" aria-labelledby="rapporteur-floor">
          <h2 id="rapporteur-floor" class="speaker-card-title">
            {t('speaker.notYourTurn')}
          </h2>
          {floor?.current ? (
            <p class="speaker-current">
              <bdi {...USER_TEXT}>{speakerName(floor.current.label, floor.current.channel)}</bdi> <ChannelBadge channel={floor.current.channel} />
            </p>
          ) : (
            <p class="muted">{t('speaker.floorOpen')}</p>
          )}
          {floor && <p class="muted">{tn('rapporteur.interventionsSoFar', floor.interventions)}</p>}
        </section>
        {polls.map((poll) => {
          const tally = state.tallies[poll.id];
          return (
            <section key={poll.id} class="speaker-card" aria-label={poll.question}>
              <h2 class="speaker-card-title" {...USER_TEXT}>{poll.question}</h2>
              {tally?.counts ? <ResultBars options={poll.options} counts={tally.counts} total={tally.total} /> : <p class="muted">{tn('rapporteur.resultsHiddenVotes', tally?.total ?? 0)}</p>}
            </section>
          );
        })}
      </main>
    </div>
  );
}

function Message({ text, testId, wayOn }: { text: string; testId?: string; wayOn?: boolean }) {
  return <LinkPageMessage title={t('role.rapporteur')} text={text} testId={testId} wayOn={wayOn} />;
}
