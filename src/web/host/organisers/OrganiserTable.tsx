import { formatDateTime, t } from '../../i18n/index.ts';
import { RevokeCell } from '../access/RevokeCell.tsx';
import { StaffTable } from '../access/StaffTable.tsx';
import type { OrganiserRow } from './organiserTypes.ts';
import { Fragment } from 'preact';
import { USER_TEXT } from '../../components/userText.ts';

function time(at: number | null): string {
  return at === null ? t('host.access.never') : formatDateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Every organiser access: its sessions, created, last used; revoke (ORG-5). */
export function OrganiserTable({ organisers, revoke }: { organisers: readonly OrganiserRow[]; revoke: (organiser: OrganiserRow) => void }) {
  const headings = [t('organisers.col.label'), t('organisers.col.sessions'), t('host.access.col.created'), t('host.access.col.lastSeen'), t('host.access.col.actions')];
  return (
    <StaffTable class="invite-table" testId="organiser-table" headings={headings}>
      {organisers.map((organiser) => (
        <tr key={organiser.id} data-revoked={organiser.revokedAt === null ? 'false' : 'true'} data-testid="organiser-row">
          <th scope="row" {...USER_TEXT}>
            {organiser.label}
          </th>
          <td>
            {organiser.sessions.map((s, i) => (
              <Fragment key={s.id}>
                {i > 0 && ', '}
                {s.title ? <bdi {...USER_TEXT}>{s.title}</bdi> : t('organisers.sessionGone')}
              </Fragment>
            ))}
          </td>
          <td>{time(organiser.createdAt)}</td>
          <td>{time(organiser.lastSeenAt)}</td>
          <RevokeCell revokedAt={organiser.revokedAt} label={t('organisers.revokeLabel', { label: organiser.label })} testId="organiser-revoke" revoke={() => revoke(organiser)} time={time} />
        </tr>
      ))}
    </StaffTable>
  );
}
