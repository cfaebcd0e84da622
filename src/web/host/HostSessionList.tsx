import { formatJoinCode } from '../../core/joinCode.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { tLtr } from '../i18n/ltrParam.ts';
import { DeleteSessionForm } from './DeleteSessionForm.tsx';
import type { SessionSummary } from './hostApi.ts';
import { USER_TEXT } from '../components/userText.ts';

interface HostSessionListProps {
  readonly sessions: readonly SessionSummary[];
  readonly busy: boolean;
  readonly onOpen: (session: SessionSummary) => void;
  /** Deletes a session for good, with the join code the host typed (RETAIN-4). */
  readonly onDelete: (session: SessionSummary, confirm: string) => void;
}

/** The sessions of this server, newest first, to open again (SESS-6) or delete (RETAIN-4); archived ones say so (RETAIN-3). */
export function HostSessionList({ sessions, busy, onOpen, onDelete }: HostSessionListProps) {
  return (
    <section class="card host-sessions" aria-labelledby="host-sessions-heading" data-testid="host-sessions">
      <h2 id="host-sessions-heading" class="section-heading">
        {t('host.sessions')}
      </h2>
      <p class="field-hint">{t('host.sessionsHint')}</p>
      <ul class="host-session-list">
        {sessions.map((session) => (
          <li key={session.id} class="host-session" data-testid="host-session">
            <span class="host-session-title" {...USER_TEXT}>{session.title}</span>
            <time class="host-session-code" dateTime={new Date(session.createdAt).toISOString()}>
              {formatDateTime(session.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
            {/* The sentence takes the page's direction; only the code reads left to right (I18N-10). */}
            <span class="host-session-code" data-testid="host-session-code">
              {tLtr('host.sessionCode', { code: formatJoinCode(session.joinCode) }, 'code')}
            </span>
            {session.archivedAt === null ? (
              <button type="button" class="button button-small button-secondary" disabled={busy} data-testid="host-session-open" onClick={() => onOpen(session)}>
                {t('host.sessionOpen')}
              </button>
            ) : (
              <span class="host-session-code" data-testid="host-session-archived">
                {t('host.sessionArchived', { date: formatDateTime(session.archivedAt, { dateStyle: 'medium' }) })}
              </span>
            )}
            <DeleteSessionForm session={session} busy={busy} onDelete={(confirm) => onDelete(session, confirm)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
