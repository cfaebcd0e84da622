import type { HandView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { formatClock } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { DeclaredGroups } from './DeclaredGroups.tsx';
import { USER_TEXT } from '../components/userText.ts';

/** What a queue button does, so that the list can put focus back where it belongs. */
export type QueueAction = 'give' | 'up' | 'down' | 'remove' | 'replyFirst';

interface QueueItemProps {
  readonly hand: HandView;
  /** 0 is next. */
  readonly index: number;
  readonly last: boolean;
  readonly busy: boolean;
  readonly clock: ServerClock;
  readonly act: (action: QueueAction, command: CommandInput) => void;
}

/**
 * One waiting hand: place, name, channel, intent, waiting time, declared groups (staff see
 * them), whether a moderator placed it, and the controls: Reply first (direct replies),
 * Give the floor, Move up, Move down, Remove.
 */
export function QueueItem({ hand, index, last, busy, clock, act }: QueueItemProps) {
  const name = speakerName(hand.label, hand.channel);
  const place = index + 1;
  const who = t('moderator.queue.who', { place, name });
  const waited = Math.max(0, clock.second.value - hand.raisedAt) / 1000;
  const handId = hand.id;
  const disabled = busy ? 'true' : undefined;

  return (
    <li
      class="queue-item"
      data-testid="floor-queue-item"
      data-hand-id={handId}
      data-channel={hand.channel}
      data-intent={hand.intent}
      data-pinned={hand.pinned ? 'true' : undefined}
      data-source={hand.source ?? undefined}
    >
      <span class="queue-place" aria-hidden="true">
        {place}
      </span>
      <div class="queue-who">
        <p class="queue-name">
          <span class="visually-hidden">{t('moderator.queue.place', { place })} </span>
          <bdi {...USER_TEXT}>{name}</bdi>
          {hand.source && <span class="tag tag-source">{t(`calls.source.${hand.source}`)}</span>}
          {hand.pinned && (
            <span class="tag tag-pinned">
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M9 4h6l-1 6 3 3v2H7v-2l3-3-1-6Z" />
                <path d="M12 15v5" />
              </svg>
              {t('moderator.queue.pinned')}
            </span>
          )}
          {hand.kind === 'added' && <span class="tag tag-added">{t('moderator.queue.added')}</span>}
        </p>
        <p class="queue-meta">
          <ChannelBadge channel={hand.channel} />
          <IntentBadge intent={hand.intent} />
          <span class="queue-waited">{t('moderator.queue.waited', { time: formatClock(waited) })}</span>
        </p>
        <DeclaredGroups declared={hand.declared} />
      </div>
      <div class="queue-actions" role="group" aria-label={t('moderator.queue.actions', { who })}>
        {hand.intent === 'reply' && (
          <button
            type="button"
            class="button button-secondary button-small queue-reply-first"
            aria-disabled={disabled}
            aria-label={t('moderator.queue.replyFirstLabel', { who })}
            data-testid="floor-reply-first"
            onClick={() => act('replyFirst', { type: 'floor.prioritiseReply', handId })}
          >
            {t('moderator.queue.replyFirst')}
          </button>
        )}
        <button
          type="button"
          class="button button-primary button-small"
          aria-disabled={disabled}
          aria-label={t('moderator.queue.giveLabel', { who })}
          data-testid="floor-give"
          onClick={() => act('give', { type: 'floor.give', handId })}
        >
          {t('moderator.queue.give')}
        </button>
        <button
          type="button"
          class="button button-quiet button-icon button-small"
          disabled={index === 0}
          aria-disabled={disabled}
          aria-label={t('moderator.queue.moveUp', { who })}
          data-testid="floor-move-up"
          data-action="up"
          onClick={() => act('up', { type: 'floor.move', handId, position: index - 1 })}
        >
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 19V5M6 11l6-6 6 6" />
          </svg>
        </button>
        <button
          type="button"
          class="button button-quiet button-icon button-small"
          disabled={last}
          aria-disabled={disabled}
          aria-label={t('moderator.queue.moveDown', { who })}
          data-testid="floor-move-down"
          data-action="down"
          onClick={() => act('down', { type: 'floor.move', handId, position: index + 1 })}
        >
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 5v14M6 13l6 6 6-6" />
          </svg>
        </button>
        <button
          type="button"
          class="button button-quiet button-icon button-small button-danger"
          aria-disabled={disabled}
          aria-label={t('moderator.queue.remove', { who })}
          data-testid="floor-remove"
          onClick={() => act('remove', { type: 'floor.remove', handId })}
        >
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </div>
    </li>
  );
}
