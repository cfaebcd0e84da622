import { PUBLIC_QUEUE_LENGTH, type FloorView, type HandView } from '../../core/floor/floorViews.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { FloorTimer, TimerBar, timerCaption } from '../components/FloorTimer.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { readTimer } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, tn } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/** How many waiting hands the big screen lists: all the public view holds (FLOOR-12). */
export const SHOWN_NEXT = PUBLIC_QUEUE_LENGTH;

/** Names longer than this get a smaller size, so that they stay on one or two lines. */
const LONG_NAME = 16;

/** People waiting beyond those listed. */
export function moreWaiting(floor: FloorView, listed: number): number {
  return Math.max(0, floor.waiting.onsite + floor.waiting.online - listed);
}

/**
 * The floor on the big screen: who has it, by label or "Participant (online)", with their
 * channel and a countdown in huge digits (warning colour near the end, "+0:23" past it), and
 * the next few in line.
 */
export function ProjectorFloor({ floor, clock, showNext = true }: { floor: FloorView; clock: ServerClock; showNext?: boolean }) {
  const current = floor.current;
  const next = showNext ? floor.queue.slice(0, SHOWN_NEXT) : [];
  const reading = current ? readTimer(current.startedAt, current.limitSeconds, floor.warningSeconds, clock.now.value) : null;
  return (
    <section class="projector-floor" aria-labelledby="projector-floor-title">
      {current && reading ? (
        <div class="projector-speaker" data-testid="projector-speaker" data-channel={current.channel} data-phase={reading.phase}>
          <div class="projector-speaker-who">
            <h1 id="projector-floor-title" class="projector-eyebrow">
              {t('projector.floor.speaking')}
            </h1>
            <p class="projector-speaker-name" data-long={speakerName(current.label, current.channel).length > LONG_NAME ? 'true' : undefined} {...USER_TEXT}>
              {speakerName(current.label, current.channel)}
            </p>
            <p class="projector-speaker-badges">
              <ChannelBadge channel={current.channel} />
              {current.intent !== 'comment' && <IntentBadge intent={current.intent} />}
            </p>
          </div>
          <div class="projector-speaker-time">
            <FloorTimer reading={reading} overrun="short" testId="projector-timer" class="projector-timer" />
            <span class="projector-timer-caption">{timerCaption(reading)}</span>
          </div>
          <TimerBar reading={reading} />
        </div>
      ) : (
        <div class="projector-floor-open">
          <h1 id="projector-floor-title" class="projector-eyebrow">
            {t('projector.floor.open')}
          </h1>
          <p class="projector-floor-open-note">{t('projector.floor.openNote')}</p>
        </div>
      )}
      {next.length > 0 && <NextList next={next} more={moreWaiting(floor, next.length)} />}
    </section>
  );
}

function NextList({ next, more }: { next: readonly HandView[]; more: number }) {
  return (
    <section class="projector-next" aria-labelledby="projector-next-title">
      <h2 id="projector-next-title" class="projector-next-title">
        {t('projector.floor.next')}
      </h2>
      <ol class="projector-next-list">
        {next.map((hand, index) => (
          <li key={hand.id} class="projector-next-item" data-testid="projector-next-item" data-channel={hand.channel} data-source={hand.source ?? undefined}>
            <span class="projector-next-place" aria-hidden="true">
              {index + 1}
            </span>
            <span class="projector-next-name" {...USER_TEXT}>{speakerName(hand.label, hand.channel)}</span>
            <ChannelBadge channel={hand.channel} />
            {hand.intent !== 'comment' && <IntentBadge intent={hand.intent} />}
          </li>
        ))}
      </ol>
      {more > 0 && <p class="projector-next-more">{tn('projector.floor.more', more)}</p>}
    </section>
  );
}
