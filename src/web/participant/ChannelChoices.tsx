import { CHANNELS, type Channel } from '../../core/roles.ts';
import { ChannelIcon } from '../components/ChannelIcon.tsx';
import { channelName } from '../components/ChannelBadge.tsx';
import { t, type MessageKey } from '../i18n/index.ts';

const DETAIL: Record<Channel, MessageKey> = { onsite: 'join.onsiteDetail', online: 'join.onlineDetail' };

interface ChannelChoicesProps {
  readonly labelledBy: string;
  /** The channel now chosen (pressed), if any. */
  readonly current: Channel | null;
  readonly busy: boolean;
  /** Adds the channel-onsite / channel-online test hooks (the join question only). */
  readonly testIds?: boolean;
  readonly compact?: boolean;
  readonly onChoose: (channel: Channel) => void;
}

/** Two big buttons: "In the room" and "Online", each with its icon and colour. */
export function ChannelChoices({ labelledBy, current, busy, testIds = false, compact = false, onChoose }: ChannelChoicesProps) {
  return (
    <div class={compact ? 'channel-choices channel-choices-compact' : 'channel-choices'} role="group" aria-labelledby={labelledBy}>
      {CHANNELS.map((channel) => (
        <button
          key={channel}
          type="button"
          class="channel-choice"
          data-channel={channel}
          data-testid={testIds ? `channel-${channel}` : undefined}
          aria-pressed={current === channel ? 'true' : 'false'}
          disabled={busy}
          onClick={() => onChoose(channel)}
        >
          <ChannelIcon channel={channel} />
          <span class="channel-choice-name">{channelName(channel)}</span>
          {!compact && <span class="channel-choice-detail">{t(DETAIL[channel])}</span>}
        </button>
      ))}
    </div>
  );
}
