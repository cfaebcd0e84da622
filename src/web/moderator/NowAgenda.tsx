import { itemActualMs, itemPace, type ItemPace } from '../../core/agenda/runViews.ts';
import type { AgendaItem } from '../../core/plan.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { formatDuration } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

const PACE: Record<ItemPace, MessageKey> = { on_time: 'run.pace.on_time', warning: 'run.pace.warning', overrun: 'run.pace.overrun' };

interface NowAgendaProps {
  readonly session: SessionView;
  readonly clock: ServerClock;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * The agenda item in the cockpit's "now" column (COCKPIT-1): which item of how many, its title,
 * the time left against its plan (or over it, in words and colour), and the one button the
 * next minutes need: start the session, or go to the next item. Ending the session and jumping
 * are in the Run of show pane, away from a stray click.
 */
export function NowAgenda({ session, clock, run }: NowAgendaProps) {
  const { run: state, agenda } = session;
  const index = state.current;
  const item = index === null ? undefined : agenda[index];
  return (
    <section class="card cockpit-card cockpit-agenda" data-testid="cockpit-agenda" aria-labelledby="cockpit-agenda-heading">
      <h2 id="cockpit-agenda-heading" class="cockpit-eyebrow">
        {t('cockpit.agenda.eyebrow')}
        {item && index !== null && <span class="cockpit-eyebrow-detail"> · {t('cockpit.agenda.item', { n: index + 1, total: agenda.length })}</span>}
      </h2>
      {state.status === 'planned' && (
        <div class="cockpit-agenda-row">
          <p class="cockpit-agenda-title muted">{agenda.length === 0 ? t('cockpit.agenda.noAgenda') : t('cockpit.agenda.notStarted')}</p>
          {agenda.length > 0 && (
            <button type="button" class="button button-primary button-small" data-testid="cockpit-run-start" onClick={() => void run({ type: 'agenda.start' })}>
              {t('cockpit.agenda.start')}
            </button>
          )}
        </div>
      )}
      {state.status === 'running' && item && index !== null && <RunningItem item={item} actualMs={itemActualMs(state, index, clock.second.value)} last={index === agenda.length - 1} run={run} />}
      {state.status === 'ended' && <p class="cockpit-agenda-title muted">{t('cockpit.agenda.ended')}</p>}
    </section>
  );
}

function RunningItem({ item, actualMs, last, run }: { item: AgendaItem; actualMs: number; last: boolean; run: NowAgendaProps['run'] }) {
  const { title, plannedMinutes } = item;
  const plannedMs = plannedMinutes * 60_000;
  const pace = itemPace(item, actualMs);
  const over = actualMs > plannedMs;
  return (
    <>
      <div class="cockpit-agenda-row" data-testid="cockpit-agenda-current" data-pace={pace}>
        <p class="cockpit-agenda-title" title={title} {...USER_TEXT}>
          {title}
        </p>
        <p class="cockpit-agenda-left" data-pace={pace} dir="ltr">
          <strong data-testid="cockpit-agenda-left">{over ? t('cockpit.agenda.over', { time: formatDuration(actualMs - plannedMs) }) : t('cockpit.agenda.left', { time: formatDuration(plannedMs - actualMs) })}</strong>
          <span class="cockpit-agenda-of">
            {t('cockpit.agenda.of', { minutes: plannedMinutes })} · {t(PACE[pace])}
          </span>
        </p>
      </div>
      <div class="cockpit-agenda-row">
        <span class="run-bar cockpit-agenda-bar" aria-hidden="true">
          <span class="run-bar-fill" data-pace={pace} style={{ inlineSize: `${Math.min(100, (actualMs / plannedMs) * 100).toFixed(1)}%` }} />
        </span>
        {last ? (
          <span class="field-hint cockpit-agenda-last">{t('cockpit.agenda.lastItem')}</span>
        ) : (
          <button type="button" class="button button-secondary button-small" data-testid="cockpit-run-next" onClick={() => void run({ type: 'agenda.next' })}>
            {t('cockpit.agenda.next')}
          </button>
        )}
      </div>
    </>
  );
}
