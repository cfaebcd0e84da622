import type { PresenceView } from '../../core/views.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { t } from '../i18n/index.ts';

/** Who is connected now, by channel: counts only, never who. */
export function PresenceSummary({ presence }: { presence: PresenceView }) {
  return (
    <div class="presence" role="group" aria-label={t('moderator.presence')}>
      <ChannelBadge channel="onsite">{t('moderator.presenceOnsite', { count: presence.onsite })}</ChannelBadge>
      <ChannelBadge channel="online">{t('moderator.presenceOnline', { count: presence.online })}</ChannelBadge>
      <ChannelBadge channel={null}>{t('moderator.presenceUndeclared', { count: presence.undeclared })}</ChannelBadge>
    </div>
  );
}
