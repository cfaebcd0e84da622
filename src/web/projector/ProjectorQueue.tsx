import type { FloorView } from '../../core/floor/floorViews.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { t, tn } from '../i18n/index.ts';
import { moreWaiting } from './ProjectorFloor.tsx';
import { USER_TEXT } from '../components/userText.ts';

/**
 * The queue on the big screen, as the public sees it (PROJ-2, FLOOR-12): how many wait in
 * each room and the first few in line, in large type.
 */
export function ProjectorQueue({ floor }: { floor: FloorView }) {
  const shown = floor.queue;
  return (
    <section class="projector-queue" data-testid="projector-queue" aria-labelledby="projector-queue-title">
      <h1 id="projector-queue-title" class="projector-eyebrow">
        {t('projector.queue.title')}
      </h1>
      <p class="projector-queue-counts">
        <ChannelBadge channel="onsite">{t('projector.queue.onsite', { count: floor.waiting.onsite })}</ChannelBadge>
        <ChannelBadge channel="online">{t('projector.queue.online', { count: floor.waiting.online })}</ChannelBadge>
      </p>
      {shown.length === 0 ? (
        <p class="projector-queue-empty">{t('projector.floor.openNote')}</p>
      ) : (
        <ol class="projector-queue-list">
          {shown.map((hand, index) => (
            <li key={hand.id} class="projector-queue-item" data-testid="projector-queue-item" data-channel={hand.channel}>
              <span class="projector-queue-place" aria-hidden="true">
                {index + 1}
              </span>
              <span class="projector-queue-name" {...USER_TEXT}>{speakerName(hand.label, hand.channel)}</span>
              <ChannelBadge channel={hand.channel} />
              {hand.intent !== 'comment' && <IntentBadge intent={hand.intent} />}
            </li>
          ))}
        </ol>
      )}
      {moreWaiting(floor, shown.length) > 0 && <p class="projector-next-more">{tn('projector.floor.more', moreWaiting(floor, shown.length))}</p>}
    </section>
  );
}
