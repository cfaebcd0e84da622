import type { FloorView } from '../../core/floor/floorViews.ts';
import type { Channel } from '../../core/roles.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { t, tn } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/** How many of the queue the "now" column lists; the Queue pane has them all. */
export const NEXT_SHOWN = 5;

interface NextSpeakersProps {
  readonly floor: FloorView;
  /** The online moderator's room: where its first hand stands (COCKPIT-4). */
  readonly room: Channel | null;
  readonly showQueue: () => void;
}

/**
 * The next speakers in policy order with their room (COCKPIT-1; the policy is named in the Queue pane): place, name, channel and
 * intent. Short screens show the first three (CSS), tall ones five; the whole queue is one
 * click away in the Queue pane.
 */
export function NextSpeakers({ floor, room, showQueue }: NextSpeakersProps) {
  const shown = floor.queue.slice(0, NEXT_SHOWN);
  const firstOfRoom = room === null ? -1 : floor.queue.findIndex((hand) => hand.channel === room);
  const waitingInRoom = room === null ? 0 : floor.waiting[room];
  return (
    <section class="card cockpit-card cockpit-next" data-testid="cockpit-next" aria-labelledby="cockpit-next-heading">
      <div class="cockpit-card-head">
        <h2 id="cockpit-next-heading" class="cockpit-eyebrow">
          {t('cockpit.next.title')}
        </h2>
        <button type="button" class="link-button cockpit-more" data-testid="cockpit-next-queue" onClick={showQueue}>
          {t('cockpit.next.showQueue', { count: floor.queue.length })}
        </button>
      </div>
      {room === 'online' && (
        <p class="cockpit-room-line" data-testid="cockpit-next-room">
          <ChannelBadge channel="online">{firstOfRoom === -1 ? t('cockpit.next.onlineNone') : tn('cockpit.next.onlineWaiting', waitingInRoom, { place: firstOfRoom + 1 })}</ChannelBadge>
        </p>
      )}
      {shown.length === 0 ? (
        <p class="muted cockpit-empty">{t('cockpit.next.none')}</p>
      ) : (
        <ol class="cockpit-next-list">
          {shown.map((hand, index) => {
            const name = speakerName(hand.label, hand.channel);
            return (
              <li key={hand.id} class="cockpit-next-item" data-testid="cockpit-next-item" data-channel={hand.channel} data-room={room !== null && hand.channel === room ? 'true' : undefined}>
                <span class="cockpit-next-place" aria-hidden="true">
                  {index + 1}
                </span>
                <span class="visually-hidden">{t('moderator.queue.place', { place: index + 1 })} </span>
                <span class="cockpit-next-name" title={name} {...USER_TEXT}>
                  {name}
                </span>
                <ChannelBadge channel={hand.channel} />
                {/* A comment is the usual case: only a question or a direct reply is marked. */}
                {hand.intent === 'comment' ? <span /> : <IntentBadge intent={hand.intent} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
