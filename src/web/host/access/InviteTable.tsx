import { formatDateTime, t, type MessageKey } from '../../i18n/index.ts';
import type { InviteRow } from './inviteTypes.ts';
import { RevokeCell } from './RevokeCell.tsx';
import { StaffTable } from './StaffTable.tsx';
import { USER_TEXT } from '../../components/userText.ts';

function time(at: number | null): string {
  return at === null ? t('host.access.never') : formatDateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Every role link of the session: who holds which, last seen, connected now; revoke (ROLE-2, ROLE-3). */
export function InviteTable({ invites, speakers, revoke }: { invites: readonly InviteRow[]; speakers: readonly { index: number; label: string }[]; revoke: (invite: InviteRow) => void }) {
  if (invites.length === 0) return <p class="muted">{t('host.access.empty')}</p>;
  const headings = [t('host.access.col.label'), t('host.access.col.role'), t('host.access.col.created'), t('host.access.col.lastSeen'), t('host.access.col.connected'), t('host.access.col.actions')];
  return (
    <StaffTable class="invite-table" testId="invite-table" headings={headings}>
      {invites.map((invite) => {
        const label = invite.label ?? t('host.access.sessionLink');
        const speaker = invite.panelSpeaker === null ? null : speakers.find((s) => s.index === invite.panelSpeaker)?.label;
        return (
          <tr key={invite.id} data-revoked={invite.revokedAt === null ? 'false' : 'true'} data-testid={`invite-row-${invite.label ?? invite.id.slice(0, 8)}`}>
            <th scope="row" {...(invite.label === null ? {} : USER_TEXT)}>
              {label}
            </th>
            <td>
              {t(`role.${invite.role}` as MessageKey)}
              {speaker && (
                <>
                  {' — '}
                  <bdi {...USER_TEXT}>{speaker}</bdi>
                </>
              )}
            </td>
            <td>{time(invite.createdAt)}</td>
            <td>{time(invite.lastSeenAt)}</td>
            <td data-testid="invite-connected">{invite.revokedAt === null ? invite.connected : '—'}</td>
            <RevokeCell revokedAt={invite.revokedAt} label={t('host.access.revokeLabel', { label })} testId="invite-revoke" revoke={() => revoke(invite)} time={time} />
          </tr>
        );
      })}
    </StaffTable>
  );
}
