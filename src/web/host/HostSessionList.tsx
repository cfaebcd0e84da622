import { formatJoinCode } from '../../core/joinCode.ts';
import { t } from '../i18n/index.ts';
import type { SessionSummary } from './hostApi.ts';

/** The sessions of this server, newest first, to open again (SESS-6). */
export function HostSessionList({ sessions, busy, onOpen }: { sessions: readonly SessionSummary[]; busy: boolean; onOpen: (session: SessionSummary) => void }) {
  return (
    <section class="card host-sessions" aria-labelledby="host-sessions-heading" data-testid="host-sessions">
      <h2 id="host-sessions-heading" class="section-heading">
        {t('host.sessions')}
      </h2>
      <p class="field-hint">{t('host.sessionsHint')}</p>
      <ul class="host-session-list">
        {sessions.map((session) => (
          <li key={session.id} class="host-session" data-testid="host-session">
            <span class="host-session-title">{session.title}</span>
            <time class="host-session-code" dateTime={new Date(session.createdAt).toISOString()}>
              {new Date(session.createdAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
            <span class="host-session-code" dir="ltr">
              {t('host.sessionCode', { code: formatJoinCode(session.joinCode) })}
            </span>
            <button type="button" class="button button-small button-secondary" disabled={busy} data-testid="host-session-open" onClick={() => onOpen(session)}>
              {t('host.sessionOpen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
