import { itemActualMs, itemPace, plannedTotalMinutes, scheduleDriftMs, sessionClockMs, type ItemPace } from '../../core/agenda/runViews.ts';
import { agendaQuestion, agendaTitle } from '../i18n/planText.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import type { PollView } from '../../core/polls/pollViews.ts';
import { formatDuration } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

const PACE: Record<ItemPace, MessageKey> = { on_time: 'run.pace.on_time', warning: 'run.pace.warning', overrun: 'run.pace.overrun' };

interface RunPanelProps {
  readonly session: SessionView;
  readonly polls: readonly PollView[];
  readonly clock: ServerClock;
  readonly run: (command: CommandInput) => Promise<boolean>;
  /** Opens a poll, asking first when another one is open (COCKPIT-5, POLL-8). */
  readonly openPoll: (poll: PollView) => void;
}

/**
 * The run of show in the console (RUN rules): the session clock and how far it is from the
 * plan, the running item with its time against the plan (a warning near the end, an overrun
 * past it), previous / next / end, the item's prepared polls to open, and the whole agenda
 * with each item's planned and actual minutes and a button to jump to it.
 */
export function RunPanel({ session, polls, clock, run, openPoll }: RunPanelProps) {
  const { run: state, agenda } = session;
  const now = clock.second.value;
  const index = state.current;
  const item = index === null ? undefined : agenda[index];
  const actual = index === null ? 0 : itemActualMs(state, index, now);
  const pace = item ? itemPace(item, actual) : 'on_time';
  const drift = scheduleDriftMs(agenda, state, now);
  const itemPolls = index === null ? [] : polls.filter((p) => p.agendaItem === index);

  return (
    <section class="run-panel card" data-testid="run-panel" aria-labelledby="run-heading">
      <div class="run-head">
        <h2 id="run-heading" class="section-heading">
          {t('run.title')}
        </h2>
        <p class="run-clock" data-testid="run-clock" role="timer" dir="ltr">
          {t('run.sessionClock', { time: formatDuration(sessionClockMs(state, now)) })}
          <span class="run-clock-planned">{t('run.plannedTotal', { minutes: plannedTotalMinutes(agenda) })}</span>
        </p>
        {state.status === 'running' && Math.abs(drift) >= 60_000 && (
          <p class="run-drift" data-late={drift > 0 ? 'true' : 'false'}>
            {drift > 0 ? t('run.behind', { time: formatDuration(drift) }) : t('run.ahead', { time: formatDuration(-drift) })}
          </p>
        )}
      </div>

      {state.status === 'planned' && (
        <div class="run-current">
          <p class="muted">{agenda.length === 0 ? t('run.noAgenda') : t('run.notStarted')}</p>
          <button type="button" class="button button-primary" data-testid="run-start" disabled={agenda.length === 0} onClick={() => void run({ type: 'agenda.start' })}>
            {t('run.start')}
          </button>
        </div>
      )}

      {state.status === 'running' && item && index !== null && (
        <div class="run-current" data-testid="run-current" data-pace={pace} data-index={index}>
          <p class="run-step">
            {t('run.itemOf', { n: index + 1, total: agenda.length })} · {t(`run.kind.${item.kind}`)}
          </p>
          <h3 class="run-item-title" data-testid="run-current-title" {...USER_TEXT}>
            {agendaTitle(item)}
          </h3>
          {item.policyQuestion && <p class="run-item-question" {...USER_TEXT}>{agendaQuestion(item)}</p>}
          <p class="run-item-time" dir="ltr">
            <span class="run-item-actual" data-testid="run-item-actual">
              {formatDuration(actual)}
            </span>
            <span class="run-item-planned">/ {t('run.minutes', { minutes: item.plannedMinutes })}</span>
            <span class="run-pace" data-pace={pace}>
              {t(PACE[pace])}
            </span>
          </p>
          <span class="run-bar" aria-hidden="true">
            <span class="run-bar-fill" data-pace={pace} style={{ inlineSize: `${Math.min(100, (actual / (item.plannedMinutes * 60_000)) * 100).toFixed(1)}%` }} />
          </span>
          <div class="button-row">
            <button type="button" class="button button-secondary" data-testid="run-previous" disabled={index === 0} onClick={() => void run({ type: 'agenda.previous' })}>
              {t('run.previous')}
            </button>
            {index < agenda.length - 1 ? (
              <button type="button" class="button button-primary" data-testid="run-next" onClick={() => void run({ type: 'agenda.next' })}>
                {t('run.next')}
              </button>
            ) : null}
            <button type="button" class="button button-quiet" data-testid="run-end" onClick={() => void run({ type: 'agenda.end' })}>
              {t('run.end')}
            </button>
          </div>
          {itemPolls.length > 0 && (
            <div class="run-polls">
              <h4 class="run-subheading">{t('run.itemPolls')}</h4>
              <ul class="run-poll-list">
                {itemPolls.map((poll) => (
                  <li key={poll.id} class="run-poll" data-testid="run-poll" data-status={poll.status}>
                    <span class="run-poll-question" {...USER_TEXT}>{poll.question}</span>
                    {poll.status === 'open' ? (
                      <button type="button" class="button button-small button-secondary" data-testid="run-poll-close" onClick={() => void run({ type: 'poll.close', pollId: poll.id })}>
                        {t('moderator.close')}
                      </button>
                    ) : (
                      <button type="button" class="button button-small button-primary" data-testid="run-poll-open" onClick={() => openPoll(poll)}>
                        {poll.status === 'draft' ? t('moderator.open') : t('moderator.reopen')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      {state.status === 'ended' && (
        <p class="run-current muted" data-testid="run-ended">
          {t('run.ended')}
        </p>
      )}

      <ol class="run-agenda" aria-label={t('run.agenda')}>
        {agenda.map((entry, i) => {
          const spent = itemActualMs(state, i, now);
          const started = (state.items[i]?.startedAt ?? null) !== null;
          const status = state.current === i ? 'running' : started ? 'done' : 'planned';
          return (
            <li key={i} class="run-agenda-item" data-status={status} data-testid="run-agenda-item" aria-current={status === 'running' ? 'step' : undefined}>
              <span class="run-agenda-n" aria-hidden="true">
                {i + 1}
              </span>
              <span class="run-agenda-title" {...USER_TEXT}>{agendaTitle(entry)}</span>
              <span class="run-agenda-time" dir="ltr">
                {started ? `${formatDuration(spent)} / ` : ''}
                {t('run.minutes', { minutes: entry.plannedMinutes })}
              </span>
              {state.status === 'running' && status !== 'running' && (
                <button type="button" class="button button-small button-quiet" data-testid="run-jump" aria-label={t('run.jumpTo', { title: agendaTitle(entry) })} onClick={() => void run({ type: 'agenda.jump', index: i })}>
                  {t('run.jump')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
