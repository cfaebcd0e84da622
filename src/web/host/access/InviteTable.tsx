import { formatDateTime, t, type MessageKey } from '../../i18n/index.ts';
import type { InviteRow } from './inviteTypes.ts';

function time(at: number | null): string {
  return at === null ? t('host.access.never') : formatDateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Every role link of the session: who holds which, last seen, connected now; revoke (ROLE-2, ROLE-3). */
export function InviteTable({ invites, speakers, revoke }: { invites: readonly InviteRow[]; speakers: readonly { index: number; label: string }[]; revoke: (invite: InviteRow) => void }) {
  if (invites.length === 0) return <p class="muted">{t('host.access.empty')}</p>;
  return (
    <div class="table-scroll">
      <table class="invite-table" data-testid="invite-table">
        <thead>
          <tr>
            <th scope="col">{t('host.access.col.label')}</th>
            <th scope="col">{t('host.access.col.role')}</th>
            <th scope="col">{t('host.access.col.created')}</th>
            <th scope="col">{t('host.access.col.lastSeen')}</th>
            <th scope="col">{t('host.access.col.connected')}</th>
            <th scope="col">{t('host.access.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invites.map((invite) => {
            const label = invite.label ?? t('host.access.sessionLink');
            const speaker = invite.panelSpeaker === null ? null : speakers.find((s) => s.index === invite.panelSpeaker)?.label;
            return (
              <tr key={invite.id} data-revoked={invite.revokedAt === null ? 'false' : 'true'} data-testid={`invite-row-${invite.label ?? invite.id.slice(0, 8)}`}>
                <th scope="row">{label}</th>
                <td>
                  {t(`role.${invite.role}` as MessageKey)}
                  {speaker ? ` — ${speaker}` : ''}
                </td>
                <td>{time(invite.createdAt)}</td>
                <td>{time(invite.lastSeenAt)}</td>
                <td data-testid="invite-connected">{invite.revokedAt === null ? invite.connected : '—'}</td>
                <td>
                  {invite.revokedAt === null ? (
                    <button type="button" class="button button-small button-danger" aria-label={t('host.access.revokeLabel', { label })} onClick={() => revoke(invite)} data-testid="invite-revoke">
                      {t('host.access.revoke')}
                    </button>
                  ) : (
                    <span class="muted">{t('host.access.revoked', { time: time(invite.revokedAt) })}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
