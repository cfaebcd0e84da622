import type { CommandInput } from '../../core/protocol/commands.ts';
import type { PollView, TallyView } from '../../core/polls/pollViews.ts';
import { ResultBars } from '../components/ResultBars.tsx';
import { t, tn } from '../i18n/index.ts';
import { openPolls, readyPoll } from './pollPicks.ts';
import { USER_TEXT } from '../components/userText.ts';

interface NowPollProps {
  readonly polls: readonly PollView[];
  readonly tallies: Readonly<Record<string, TallyView>>;
  /** The poll the big screen shows, if any. */
  readonly activePollId: string | null;
  /** The running agenda item, whose prepared poll is offered first. */
  readonly agendaItem: number | null;
  readonly run: (command: CommandInput) => Promise<boolean>;
  /** Opens a poll, asking first when another one is open (COCKPIT-5, POLL-8). */
  readonly openPoll: (poll: PollView) => void;
  readonly showPolls: () => void;
}

/**
 * The open poll in the "now" column (COCKPIT-1): question, live tally as compact bars, votes,
 * Close (P). With no poll open: the poll ready to open (the running item's first draft) and
 * Open (P). Every poll and the form for a new one are in the Polls pane.
 */
export function NowPoll({ polls, tallies, activePollId, agendaItem, run, openPoll, showPolls }: NowPollProps) {
  const open = openPolls(polls);
  const poll = open[0] ?? null;
  const ready = poll ? null : readyPoll(polls, agendaItem);
  const tally = poll ? tallies[poll.id] : undefined;
  const total = tally?.total ?? 0;
  return (
    <section class="card cockpit-card cockpit-poll" data-testid="cockpit-poll" data-status={poll ? 'open' : 'none'} aria-labelledby="cockpit-poll-heading">
      <div class="cockpit-card-head">
        <h2 id="cockpit-poll-heading" class="cockpit-eyebrow">
          {t('cockpit.poll.title')}
          {poll && (
            <span class="badge badge-status cockpit-badge" data-status="open">
              <span class="status-dot" aria-hidden="true" />
              {t('poll.statusOpen')}
            </span>
          )}
          {poll && activePollId === poll.id && <span class="badge badge-screen cockpit-badge">{t('cockpit.poll.onScreen')}</span>}
        </h2>
        <button type="button" class="link-button cockpit-more" onClick={showPolls}>
          {t('cockpit.poll.allPolls')}
        </button>
      </div>
      {poll ? (
        <>
          <p class="cockpit-poll-question" data-testid="cockpit-poll-question" title={poll.question} {...USER_TEXT}>
            {poll.question}
          </p>
          <div class="cockpit-poll-bars">
            <ResultBars options={poll.options} counts={tally?.counts ?? {}} total={total} />
          </div>
          <div class="cockpit-poll-foot">
            <p class="poll-total" data-testid="cockpit-poll-total">
              {t('moderator.total', { votes: tn('votes', total) })}
            </p>
            {open.length > 1 && <p class="field-hint">{tn('cockpit.poll.alsoOpen', open.length - 1)}</p>}
            <button type="button" class="button button-primary button-small" aria-keyshortcuts="P" data-testid="cockpit-poll-close" onClick={() => void run({ type: 'poll.close', pollId: poll.id })}>
              {t('cockpit.poll.close')}
              <kbd class="kbd-hint" aria-hidden="true">
                P
              </kbd>
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="muted">{t('cockpit.poll.none')}</p>
          {ready ? (
            <div class="cockpit-poll-ready">
              <p class="cockpit-poll-question" title={ready.question}>
                <span class="cockpit-label">{t('cockpit.poll.ready')}</span> <bdi {...USER_TEXT}>{ready.question}</bdi>
              </p>
              <button type="button" class="button button-secondary button-small" aria-keyshortcuts="P" data-testid="cockpit-poll-open" onClick={() => openPoll(ready)}>
                {t('cockpit.poll.open')}
                <kbd class="kbd-hint" aria-hidden="true">
                  P
                </kbd>
              </button>
            </div>
          ) : (
            <p class="field-hint">{t('cockpit.poll.noneReady')}</p>
          )}
        </>
      )}
    </section>
  );
}
