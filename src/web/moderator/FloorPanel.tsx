import type { BalanceMeter } from '../../core/floor/balanceMeter.ts';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import type { ServerClock } from '../floor/serverClock.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { AddHandForm } from './AddHandForm.tsx';
import { BalancePanel } from './BalancePanel.tsx';
import { CurrentSpeakerCard } from './CurrentSpeakerCard.tsx';
import { FloorQueue } from './FloorQueue.tsx';
import { FloorTimeSettings } from './FloorTimeSettings.tsx';
import { PanelSpeakers } from './PanelSpeakers.tsx';

interface FloorPanelProps {
  readonly session: SessionView | null;
  readonly floor: FloorView | null;
  readonly balance: BalanceMeter | null;
  readonly clock: ServerClock;
  readonly run: (command: CommandInput) => Promise<boolean>;
  readonly send: (command: CommandInput) => Promise<unknown>;
  readonly report: (failure: unknown) => void;
}

/**
 * The floor, the console's core: the counts, who speaks and who is next, the queue with its
 * policy, the balance meter, and beside them the panel, people added without the app and the
 * speaking time.
 */
export function FloorPanel({ session, floor, balance, clock, run, send, report }: FloorPanelProps) {
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
            <CurrentSpeakerCard floor={floor} clock={clock} run={run} />
            <FloorQueue floor={floor} clock={clock} run={run} />
          </div>
          <BalancePanel meter={balance} floor={floor} clock={clock} send={send} report={report} />
          <div class="floor-side">
            <PanelSpeakers speakers={session?.speakers ?? []} current={floor.current} run={run} />
            <div class="floor-side-stack">
              <AddHandForm run={run} disabled={!session} someoneSpeaks={floor.current !== null} youthMode={session?.youthMode ?? true} />
              <FloorTimeSettings floor={floor} run={run} />
            </div>
          </div>
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
