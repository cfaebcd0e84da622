import type { Channel } from '../../core/roles.ts';

/**
 * The icon of a channel: a map pin for the room, a laptop for online. Always shown next to
 * the channel's name, so the channel is never told by colour alone.
 */
export function ChannelIcon({ channel }: { channel: Channel | null }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {channel === 'onsite' && (
        <>
          <path d="M12 21.5s-7-6.1-7-11.5a7 7 0 0 1 14 0c0 5.4-7 11.5-7 11.5Z" />
          <circle cx="12" cy="10" r="2.6" />
        </>
      )}
      {channel === 'online' && (
        <>
          <rect x="4" y="4.5" width="16" height="11" rx="1.6" />
          <path d="M2 19.5h20" />
        </>
      )}
      {channel === null && (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M9.6 9.4a2.5 2.5 0 0 1 4.8.9c0 1.7-2.4 2.2-2.4 3.7" />
          <path d="M12 17.2v.1" />
        </>
      )}
    </svg>
  );
}
