import { AUDIT_CHANGE_SEPARATOR } from '../../../core/audit/auditSummary.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import type { AuditRow } from './inviteTypes.ts';

/**
 * An audit line's details: a change of settings one per line, its setting as code
 * (`youthMode: on → off`, AUDIT-3); any other summary as it is.
 */
function AuditDetails({ summary }: { summary: string }) {
  const lines = summary.split(AUDIT_CHANGE_SEPARATOR);
  const settings = lines.map((line) => /^([\w.]+): (.+)$/.exec(line));
  if (settings.some((match) => match === null)) return <>{summary}</>;
  return (
    <ul class="audit-changes" data-testid="audit-changes">
      {settings.map((match, i) => (
        <li key={i}>
          <code>{match?.[1]}</code>: {match?.[2]}
        </li>
      ))}
    </ul>
  );
}

/** The audit log for the host (AUDIT-2): moderation actions and link changes, newest first. */
export function AuditLog({ entries, refresh }: { entries: readonly AuditRow[]; refresh: () => void }) {
  return (
    <section class="card audit-log" aria-labelledby="audit-title">
      <div class="audit-head">
        <h2 id="audit-title" class="section-heading">
          {t('host.audit.heading')}
        </h2>
        <button type="button" class="button button-small button-secondary" onClick={refresh}>
          {t('host.audit.refresh')}
        </button>
      </div>
      <p class="muted">{t('host.audit.intro')}</p>
      {entries.length === 0 ? (
        <p class="muted">{t('host.audit.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table class="audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('host.audit.col.time')}</th>
                <th scope="col">{t('host.audit.col.who')}</th>
                <th scope="col">{t('host.audit.col.action')}</th>
                <th scope="col">{t('host.audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{new Date(entry.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}</td>
                  <td>
                    {t(`role.${entry.role}` as MessageKey)}
                    {entry.label ? ` — ${entry.label}` : ''}
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    <AuditDetails summary={entry.summary} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
