import type { ComponentChildren } from 'preact';
import type { Channel } from '../../core/roles.ts';
import { t } from '../i18n/index.ts';
import { ChannelIcon } from './ChannelIcon.tsx';

/** A channel's icon, colour and name ("In the room", "Online"), optionally with other text. */
export function ChannelBadge({ channel, children }: { channel: Channel | null; children?: ComponentChildren }) {
  return (
    <span class="channel-badge" data-channel={channel ?? 'undeclared'}>
      <ChannelIcon channel={channel} />
      <span>{children ?? channelName(channel)}</span>
    </span>
  );
}

export function channelName(channel: Channel | null): string {
  if (channel === 'onsite') return t('channel.onsite');
  if (channel === 'online') return t('channel.online');
  return t('channel.undeclared');
}
