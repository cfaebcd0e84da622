import type { OpenFloorClient } from '../../client/openFloorClient.ts';
import { t } from '../i18n/index.ts';

/** The pages that open with a role link of their own and say so when it is refused. */
export type LinkPage = 'speaker' | 'rapporteur';

/**
 * Why a role link's page was refused, in plain words naming the page's own role: revoked by
 * the host (ROLE-2), the session deleted (RETAIN-4), an outdated page, or a link that is not (or no longer) valid.
 */
export function linkRefusalText(client: OpenFloorClient, page: LinkPage): string {
  const refusal = client.refusal;
  if (refusal?.reason === 'session.deleted') return t('refusal.session.deleted');
  if (refusal?.code === 'protocol_mismatch') return t('error.outdated');
  if (page === 'rapporteur') return refusal?.reason === 'link.revoked' ? t('rapporteur.revoked') : t('rapporteur.invalid');
  return refusal?.reason === 'link.revoked' ? t('speaker.revoked') : t('speaker.invalid');
}
