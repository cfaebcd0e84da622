import { useState } from 'preact/hooks';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { Channel } from '../../core/roles.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { FloorTimer, TimerAnnouncer, TimerBar, timerCaption } from '../components/FloorTimer.tsx';
import { HandIcon } from '../components/HandIcon.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { readTimer } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { USER_TEXT } from '../components/userText.ts';

interface FloorNowProps {
  readonly floor: FloorView;
  /** Whether this participant is the one speaking. */
  readonly speaking: boolean;
  readonly channel: Channel | null;
  readonly clock: ServerClock;
  /** Hands the floor back (FLOOR-14); resolves once acknowledged, rejects if refused. */
  readonly done: () => Promise<void>;
}

/**
 * The top of the phone page while someone has the floor: "You have the floor" with the
 * countdown when it is this participant, otherwise who speaks and how long they have left.
 * Gaining the floor is announced by the page's polite live region (ParticipantAnnouncer).
 */
export function FloorNow({ floor, speaking, channel, clock, done }: FloorNowProps) {
  return (
    <>
      {/* "You have the floor" is announced by the page's ParticipantAnnouncer (A11Y-3). */}
      {speaking ? <SpeakingBanner floor={floor} channel={channel} clock={clock} done={done} /> : floor.current && <CurrentSpeaker floor={floor} clock={clock} />}
    </>
  );
}

function SpeakingBanner({ floor, channel, clock, done }: Omit<FloorNowProps, 'speaking'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = floor.current;
  const handBack = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await done();
    } catch (refused) {
      setError(t('floor.doneFailed', { message: refusalMessage(refused) }));
    } finally {
      setBusy(false);
    }
  };
  const reading = current ? readTimer(current.startedAt, current.limitSeconds, floor.warningSeconds, clock.now.value) : null;
  return (
    <section class="speaking-banner" data-testid="floor-speaking" data-phase={reading?.phase} aria-labelledby="speaking-title">
      <div class="speaking-banner-head">
        <span class="speaking-banner-icon">
          <HandIcon />
        </span>
        <div>
          <h2 id="speaking-title" class="speaking-banner-title">
            {t('floor.youHaveTheFloor')}
          </h2>
          <p class="speaking-banner-hint">{channel === 'online' ? t('floor.speakOnline') : t('floor.speakOnsite')}</p>
        </div>
      </div>
      {reading && (
        <>
          <p class="speaking-banner-time">
            <FloorTimer reading={reading} overrun="short" class="speaking-banner-digits" />
            <span class="timer-caption">{timerCaption(reading)}</span>
          </p>
          <TimerBar reading={reading} />
          <TimerAnnouncer reading={reading} warningSeconds={floor.warningSeconds} />
        </>
      )}
      <button type="button" class="button button-large speaking-banner-done" aria-disabled={busy ? 'true' : undefined} data-testid="floor-done" onClick={() => void handBack()}>
        {t('floor.done')}
      </button>
      {error && (
        <p class="speaking-banner-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function CurrentSpeaker({ floor, clock }: Pick<FloorNowProps, 'floor' | 'clock'>) {
  const current = floor.current;
  if (!current) return null;
  const reading = readTimer(current.startedAt, current.limitSeconds, floor.warningSeconds, clock.now.value);
  return (
    <section class="card floor-now" data-testid="floor-current-speaker" data-channel={current.channel} aria-labelledby="floor-now-title">
      <div class="floor-now-who">
        <h2 id="floor-now-title" class="eyebrow">
          {t('floor.speakingNow')}
        </h2>
        <p class="floor-now-name" {...USER_TEXT}>{speakerName(current.label, current.channel)}</p>
        <p class="floor-now-badges">
          <ChannelBadge channel={current.channel} />
          {current.intent !== 'comment' && <IntentBadge intent={current.intent} />}
        </p>
      </div>
      <p class="floor-now-time" data-phase={reading.phase}>
        <FloorTimer reading={reading} overrun="short" />
        <span class="timer-caption">{timerCaption(reading)}</span>
      </p>
      <TimerBar reading={reading} />
    </section>
  );
}
