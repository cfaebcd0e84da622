import { t, type MessageKey } from '../../i18n/index.ts';
import type { AuditRow } from './inviteTypes.ts';

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
                  <td>{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
