import { useState } from 'preact/hooks';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { FloorTimer, TimerAnnouncer, TimerBar } from '../components/FloorTimer.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { formatClock, readTimer, type TimerPhase } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { DeclaredGroups } from './DeclaredGroups.tsx';

/** The words beside the moderator's countdown, by phase. */
const CAPTION: Record<TimerPhase, MessageKey> = {
  running: 'moderator.floor.ofLimit',
  warning: 'moderator.floor.warnLimit',
  over: 'moderator.floor.overLimit',
};

interface CurrentSpeakerCardProps {
  readonly floor: FloorView;
  readonly clock: ServerClock;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * The stage of the console: who has the floor (label, channel, intent, declared groups), the
 * countdown with its warning and overrun, End; and the big "Give the floor to next" with who
 * that is. Giving the floor while someone speaks ends their intervention first (FLOOR-8).
 */
export function CurrentSpeakerCard({ floor, clock, run }: CurrentSpeakerCardProps) {
  const [busy, setBusy] = useState(false);
  const current = floor.current;
  const next = floor.queue[0] ?? null;

  const act = async (command: CommandInput) => {
    if (busy) return;
    setBusy(true);
    try {
      await run(command);
    } finally {
      setBusy(false);
    }
  };

  const reading = current ? readTimer(current.startedAt, current.limitSeconds, floor.warningSeconds, clock.now.value) : null;

  return (
    <section class="floor-stage" aria-labelledby="floor-now-heading">
      <h3 id="floor-now-heading" class="floor-eyebrow">
        {t('moderator.floor.now')}
      </h3>
      {current && reading ? (
        <div class="floor-current" data-testid="floor-current" data-channel={current.channel} data-phase={reading.phase} data-kind={current.kind}>
          <div class="floor-current-who">
            <p class="floor-current-name">{speakerName(current.label, current.channel)}</p>
            <p class="floor-badges">
              <ChannelBadge channel={current.channel} />
              <IntentBadge intent={current.intent} />
              {current.kind === 'panel' && <span class="tag tag-panel">{t('moderator.floor.panelTag')}</span>}
              {current.pickedBy === 'override' && <span class="tag tag-override">{t('moderator.floor.overrideTag')}</span>}
            </p>
            <DeclaredGroups declared={current.declared} />
          </div>
          <div class="floor-current-time">
            <FloorTimer reading={reading} testId="floor-timer" class="floor-current-digits" />
            <span class="timer-caption">
              {t(CAPTION[reading.phase], { limit: formatClock(current.limitSeconds) })}
            </span>
          </div>
          <TimerBar reading={reading} />
          <TimerAnnouncer reading={reading} warningSeconds={floor.warningSeconds} />
          <button type="button" class="button button-secondary floor-end" aria-disabled={busy ? 'true' : undefined} data-testid="floor-end" onClick={() => void act({ type: 'floor.end' })}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="6" y="6" width="12" height="12" rx="1.5" />
            </svg>
            {t('moderator.floor.end')}
          </button>
        </div>
      ) : (
        <p class="floor-current-empty">{t('moderator.floor.nobody')}</p>
      )}
      <div class="floor-next">
        <button
          type="button"
          class="button button-primary button-large floor-give-next"
          aria-disabled={busy || !next ? 'true' : undefined}
          aria-describedby="floor-next-who"
          data-testid="floor-give-next"
          onClick={() => next && void act({ type: 'floor.give', handId: null })}
        >
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M5 12h14M13 6l6 6-6 6" />
          </svg>
          {t('moderator.floor.giveNext')}
        </button>
        <p class="floor-next-who" id="floor-next-who">
          {next ? (
            <>
              <span class="floor-next-label">{t('moderator.floor.nextIs')}</span> <strong>{speakerName(next.label, next.channel)}</strong>{' '}
              <ChannelBadge channel={next.channel} /> <IntentBadge intent={next.intent} />
            </>
          ) : (
            <span class="muted">{t('moderator.floor.nobodyWaiting')}</span>
          )}
        </p>
      </div>
    </section>
  );
}
