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
import { isolatedUserText, USER_TEXT } from '../components/userText.ts';

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
 * Who has the floor, in the cockpit's "now" column (COCKPIT-1): label, channel, intent,
 * declared groups, the countdown with its warning and overrun; "Give the floor to next" (N)
 * and "End" (E). Who is next is in the list below it. Giving the floor while someone speaks
 * ends their intervention first (FLOOR-8).
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
    <section class="card cockpit-card floor-stage" aria-labelledby="floor-now-heading" data-testid="cockpit-speaker">
      <h2 id="floor-now-heading" class="cockpit-eyebrow">
        {t('moderator.floor.now')}
      </h2>
      {current && reading ? (
        <div class="floor-current" data-testid="floor-current" data-channel={current.channel} data-phase={reading.phase} data-kind={current.kind}>
          <div class="floor-current-who">
            <p class="floor-current-name" {...USER_TEXT}>{speakerName(current.label, current.channel)}</p>
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
        </div>
      ) : (
        <p class="floor-current-empty">{t('moderator.floor.nobody')}</p>
      )}
      <div class="floor-next">
        <button
          type="button"
          class="button button-primary floor-give-next"
          aria-disabled={busy || !next ? 'true' : undefined}
          aria-describedby="floor-next-who"
          aria-keyshortcuts="N"
          data-testid="floor-give-next"
          onClick={() => next && void act({ type: 'floor.give', handId: null })}
        >
          {t('moderator.floor.giveNext')}
          <kbd class="kbd-hint" aria-hidden="true">
            N
          </kbd>
        </button>
        {current && (
          <button type="button" class="button button-secondary floor-end" aria-disabled={busy ? 'true' : undefined} aria-keyshortcuts="E" data-testid="floor-end" onClick={() => void act({ type: 'floor.end' })}>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <rect x="6" y="6" width="12" height="12" rx="1.5" />
            </svg>
            {t('moderator.floor.end')}
            <kbd class="kbd-hint" aria-hidden="true">
              E
            </kbd>
          </button>
        )}
      </div>
      <p class="visually-hidden" id="floor-next-who">
        {/* The next person's label is what someone typed, maybe in the other direction (I18N-12). */}
        {next ? `${t('moderator.floor.nextIs')} ${isolatedUserText(speakerName(next.label, next.channel))}` : t('moderator.floor.nobodyWaiting')}
      </p>
    </section>
  );
}
