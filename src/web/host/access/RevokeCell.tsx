import { t } from '../../i18n/index.ts';

/** A link's last cell in a host table: Revoke while it works, when it was revoked after (ROLE-2, ORG-5). */
export function RevokeCell({ revokedAt, label, testId, revoke, time }: { revokedAt: number | null; label: string; testId: string; revoke: () => void; time: (at: number) => string }) {
  return (
    <td>
      {revokedAt === null ? (
        <button type="button" class="button button-small button-danger" aria-label={label} onClick={revoke} data-testid={testId}>
          {t('host.access.revoke')}
        </button>
      ) : (
        <span class="muted">{t('host.access.revoked', { time: time(revokedAt) })}</span>
      )}
    </td>
  );
}
