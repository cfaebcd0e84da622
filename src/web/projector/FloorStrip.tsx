import type { FloorView } from '../../core/floor/floorViews.ts';
import { ChannelIcon } from '../components/ChannelIcon.tsx';
import { FloorTimer } from '../components/FloorTimer.tsx';
import { channelName } from '../components/ChannelBadge.tsx';
import { MicIcon } from '../components/MicIcon.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { readTimer } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, tn } from '../i18n/index.ts';
import { SHOWN_NEXT, moreWaiting } from './ProjectorFloor.tsx';
import { USER_TEXT } from '../components/userText.ts';

/**
 * The floor in a band above a poll: who speaks, their channel and countdown on one line (an
 * unlabelled speaker's name already says the channel, so only its icon follows); the
 * next in line as numbered chips (label, or the channel's icon and name when they have none)
 * on a second, which clips what does not fit.
 */
export function FloorStrip({ floor, clock }: { floor: FloorView; clock: ServerClock }) {
  const current = floor.current;
  const next = floor.queue.slice(0, SHOWN_NEXT);
  const reading = current ? readTimer(current.startedAt, current.limitSeconds, floor.warningSeconds, clock.now.value) : null;
  const more = moreWaiting(floor, next.length);
  return (
    <section class="floor-strip" aria-label={t('projector.floor.stripLabel')}>
      {current && reading ? (
        <div class="floor-strip-speaker projector-speaker" data-testid="projector-speaker" data-channel={current.channel} data-phase={reading.phase}>
          <span class="floor-strip-mic">
            <MicIcon />
          </span>
          <span class="visually-hidden">{t('projector.floor.speaking')}: </span>
          <span class="floor-strip-name" {...USER_TEXT}>{speakerName(current.label, current.channel)}</span>
          {/* The channel's icon and colour; its name is in the speaker's name or said here. */}
          <span class="floor-strip-channel" data-channel={current.channel}>
            <ChannelIcon channel={current.channel} />
            <span class={current.label ? 'floor-strip-channel-name' : 'visually-hidden'}>{channelName(current.channel)}</span>
          </span>
          <FloorTimer reading={reading} overrun="short" testId="projector-timer" class="floor-strip-timer" />
        </div>
      ) : (
        <div class="floor-strip-speaker">
          <span class="floor-strip-mic">
            <MicIcon />
          </span>
          <span class="floor-strip-name">{t('projector.floor.open')}</span>
        </div>
      )}
      {next.length > 0 && (
        <div class="floor-strip-next">
          <span class="floor-strip-eyebrow">{t('projector.floor.next')}</span>
          <ol class="floor-strip-list">
            {next.map((hand, index) => (
              <li key={hand.id} class="floor-strip-chip" data-testid="projector-next-item" data-channel={hand.channel}>
                <span class="floor-strip-place">{index + 1}</span>
                <ChannelIcon channel={hand.channel} />
                <span class="floor-strip-chip-name" {...USER_TEXT}>{hand.label ?? channelName(hand.channel)}</span>
              </li>
            ))}
          </ol>
          {more > 0 && <span class="floor-strip-more">{tn('projector.floor.moreShort', more)}</span>}
        </div>
      )}
    </section>
  );
}
