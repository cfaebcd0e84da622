import type { AuditNames } from '../../../core/audit/auditNames.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { auditActionText, auditDetailLines, auditTime, isSettingChanges } from './auditWords.ts';
import type { AuditRow } from './inviteTypes.ts';
import { StaffTable } from './StaffTable.tsx';
import { USER_TEXT } from '../../components/userText.ts';

/** An audit line's details in words, one per line (AUDIT-3, AUDIT-4). */
function AuditDetails({ entry, names }: { entry: AuditRow; names: AuditNames }) {
  const lines = auditDetailLines(entry.action, entry.summary, names);
  if (lines.length === 0) return null;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul class="audit-changes" data-testid={isSettingChanges(entry.summary) ? 'audit-changes' : 'audit-details'}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** The audit log for the host (AUDIT-2): moderation actions and link changes, newest first. */
export function AuditLog({ entries, names, refresh }: { entries: readonly AuditRow[]; names: AuditNames; refresh: () => void }) {
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
        <StaffTable class="audit-table" testId="audit-table" headings={[t('host.audit.col.time'), t('host.audit.col.who'), t('host.audit.col.action'), t('host.audit.col.details')]}>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={new Date(entry.at).toISOString()}>{auditTime(entry.at)}</time>
              </td>
              <td>
                {t(`role.${entry.role}` as MessageKey)}
                {entry.label && (
                  <>
                    {' — '}
                    <bdi {...USER_TEXT}>{entry.label}</bdi>
                  </>
                )}
              </td>
              <td data-action={entry.action}>{auditActionText(entry.action)}</td>
              <td>
                <AuditDetails entry={entry} names={names} />
              </td>
            </tr>
          ))}
        </StaffTable>
      )}
    </section>
  );
}
