import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import type { ServerClock } from '../floor/serverClock.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { AddHandForm } from './AddHandForm.tsx';
import { FloorQueue } from './FloorQueue.tsx';
import { FloorTimeSettings } from './FloorTimeSettings.tsx';

interface FloorPanelProps {
  readonly session: SessionView | null;
  readonly floor: FloorView | null;
  readonly clock: ServerClock;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * The Queue pane of the cockpit: the counts, the whole queue in policy order with its controls
 * and the policy, people added without the app, and the speaking time. Who speaks and who is
 * next are in the "now" column.
 */
export function FloorPanel({ session, floor, clock, run }: FloorPanelProps) {
  return (
    <section class="floor-panel" data-testid="floor-panel" aria-labelledby="floor-heading">
      <div class="floor-panel-head">
        <h2 id="floor-heading" class="section-heading floor-heading">
          {t('moderator.floor.title')}
        </h2>
        {floor && <FloorCounts floor={floor} />}
      </div>
      {!floor ? (
        <p class="card muted">{t('moderator.connecting')}</p>
      ) : (
        <>
          <div class="card floor-main-card">
            <FloorQueue floor={floor} clock={clock} run={run} />
          </div>
          <AddHandForm run={run} disabled={!session} someoneSpeaks={floor.current !== null} youthMode={session?.youthMode ?? true} />
          <FloorTimeSettings floor={floor} run={run} />
        </>
      )}
    </section>
  );
}

/** Waiting by channel, finished interventions and overrides; announced politely as they change. */
function FloorCounts({ floor }: { floor: FloorView }) {
  return (
    <dl class="floor-counts" aria-live="polite" aria-atomic="true">
      <div class="floor-count">
        <dt>{t('moderator.floor.waiting')}</dt>
        <dd class="floor-count-channels">
          <ChannelBadge channel="onsite">{t('moderator.floor.waitingOnsite', { count: floor.waiting.onsite })}</ChannelBadge>
          <ChannelBadge channel="online">{t('moderator.floor.waitingOnline', { count: floor.waiting.online })}</ChannelBadge>
        </dd>
      </div>
      <div class="floor-count">
        <dt>{t('moderator.floor.interventions')}</dt>
        <dd data-testid="floor-interventions">{formatNumber(floor.interventions)}</dd>
      </div>
      <div class="floor-count">
        <dt>{t('moderator.floor.overrides')}</dt>
        <dd data-testid="floor-overrides">{formatNumber(floor.overrides ?? 0)}</dd>
      </div>
    </dl>
  );
}
