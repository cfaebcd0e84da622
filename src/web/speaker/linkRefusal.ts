import type { OpenFloorClient } from '../../client/openFloorClient.ts';
import { t } from '../i18n/index.ts';

/** Why a role link's page was refused, in plain words: revoked by the host (ROLE-2), an outdated page, or an unknown link. */
export function linkRefusalText(client: OpenFloorClient): string {
  const refusal = client.refusal;
  if (refusal?.reason === 'link.revoked') return t('speaker.revoked');
  if (refusal?.code === 'protocol_mismatch') return t('error.outdated');
  return t('speaker.invalid');
}
