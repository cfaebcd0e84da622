import { useState } from 'preact/hooks';
import type { PollView, TallyView } from '../../core/polls/pollViews.ts';
import { BreakdownColumns } from '../components/BreakdownColumns.tsx';
import { PollShiftTable } from '../components/PollShiftTable.tsx';
import { PollChart } from '../components/PollChart.tsx';
import { ResultBars } from '../components/ResultBars.tsx';
import type { ServerClock } from '../floor/serverClock.ts';
import { PollAnswerForm } from './PollAnswerForm.tsx';
import { t, tn } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { USER_TEXT } from '../components/userText.ts';

interface PollCardProps {
  readonly poll: PollView;
  readonly tally: TallyView | undefined;
  /** The participant's acknowledged ballot in this poll, if any. */
  readonly myVote: readonly string[] | undefined;
  /** Sends the ballot; resolves once the server acknowledged it. */
  readonly vote: (optionIds: readonly string[]) => Promise<void>;
  /** Sends words or an answer (word cloud, open text); resolves once acknowledged. */
  readonly write?: (entries: readonly string[]) => Promise<void>;
  /** The server's clock, for a quiz's countdown. */
  readonly clock?: ServerClock;
}

function sameOptions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * One poll on a phone: the question, the options as big radio buttons or checkboxes, the
 * Vote / Change vote button, the confirmation once the vote is counted, and the results
 * where the audience may see them.
 */
export function PollCard(props: PollCardProps) {
  const { poll } = props;
  return poll.kind === 'single' || poll.kind === 'multiple' ? <ChoiceCard {...props} /> : <KindCard {...props} />;
}

/** A poll of the kinds of issue 15 on a phone: the question, the kind's form, the chart. */
function KindCard({ poll, tally, myVote, vote, write, clock }: PollCardProps) {
  const headingId = `poll-${poll.id}-question`;
  const isOpen = poll.status === 'open';
  return (
    <article class="card poll-card" aria-labelledby={headingId} data-poll-status={poll.status} data-testid="participant-poll" data-poll-id={poll.id} data-kind={poll.kind}>
      <span class="poll-state" data-status={poll.status}>
        {isOpen ? t('poll.statusOpen') : t('poll.statusClosed')}
      </span>
      <h2 class="poll-question" id={headingId} {...USER_TEXT}>
        {poll.question}
      </h2>
      {isOpen && <PollAnswerForm poll={poll} mine={myVote} vote={vote} write={write ?? (() => Promise.resolve())} clock={clock} />}
      <section class="poll-results" data-testid="participant-results" aria-label={t('poll.resultsTitle')}>
        {tally?.counts ? (
          <>
            <PollChart poll={poll} tally={tally} id={`phone-chart-${poll.id}`} testId="participant-chart" />
            {tally.shownBreakdown && <BreakdownColumns poll={poll} total={tally.total} counts={tally.counts} shown={tally.shownBreakdown} everyone={false} />}
          </>
        ) : (
          <p class="results-later">
            <span>{t('poll.resultsLater')}</span>
          </p>
        )}
        <p class="poll-total">{tn('votes', tally?.total ?? 0)}</p>
      </section>
    </article>
  );
}

function ChoiceCard({ poll, tally, myVote, vote }: PollCardProps) {
  /** What the participant picked and has not sent yet; null follows the acknowledged vote. */
  const [draft, setDraft] = useState<readonly string[] | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const isOpen = poll.status === 'open';
  const selection = draft ?? myVote ?? [];
  const hasVoted = myVote !== undefined && myVote.length > 0;
  const unchanged = hasVoted && sameOptions(selection, myVote);
  const single = poll.kind === 'single';
  // POLL-20: at the most, the other options wait until one is unticked.
  const full = !single && poll.maxChoices !== null && selection.length >= poll.maxChoices;
  const headingId = `poll-${poll.id}-question`;

  const pick = (optionId: string, checked: boolean) => {
    setError(null);
    if (single) {
      setDraft([optionId]);
      return;
    }
    const next = new Set(selection);
    if (checked) next.add(optionId);
    else next.delete(optionId);
    setDraft(poll.options.map((option) => option.id).filter((id) => next.has(id)));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isOpen || selection.length === 0 || sending || unchanged) return;
    setSending(true);
    setError(null);
    try {
      await vote(selection);
      setDraft(null);
    } catch (failure) {
      setError(t('poll.voteFailed', { message: refusalMessage(failure) }));
    } finally {
      setSending(false);
    }
  };

  return (
    <article class="card poll-card" aria-labelledby={headingId} data-poll-status={poll.status} data-testid="participant-poll" data-poll-id={poll.id}>
      <form class="poll-form" onSubmit={(event) => void submit(event)}>
        <fieldset class="poll-fieldset" disabled={!isOpen}>
          <legend class="poll-legend">
            <span class="poll-state" data-status={poll.status}>
              {isOpen ? t('poll.statusOpen') : t('poll.statusClosed')}
            </span>
            <h2 class="poll-question" id={headingId} {...USER_TEXT}>
              {poll.question}
            </h2>
          </legend>
          {isOpen && <p class="field-hint">{single ? t('poll.hintSingle') : poll.maxChoices !== null ? tn('poll.hintUpToAnswers', poll.maxChoices) : t('poll.hintMultiple')}</p>}
          <div class="options">
            {poll.options.map((option) => {
              const selected = selection.includes(option.id);
              const mine = myVote?.includes(option.id) ?? false;
              return (
                <label key={option.id} class="option" data-selected={selected ? 'true' : undefined} data-mine={mine ? 'true' : undefined}>
                  <input
                    class="option-input"
                    type={single ? 'radio' : 'checkbox'}
                    name={`poll-${poll.id}`}
                    value={option.id}
                    checked={selected}
                    disabled={full && !selected}
                    data-testid="poll-option"
                    onChange={(event) => pick(option.id, event.currentTarget.checked)}
                  />
                  <span class="option-text">
                    <span class="option-label" {...USER_TEXT}>{option.label}</span>
                    {mine && <span class="tag tag-mine">{t('poll.yourVote')}</span>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {isOpen && (
          <div class="vote-row">
            <button
              type="submit"
              class="button button-primary button-large vote-button"
              // A11Y-2: aria-disabled, not disabled, so that focus stays on the button once the vote is sent.
              aria-disabled={selection.length === 0 || unchanged || sending ? 'true' : undefined}
              data-testid="vote-submit"
            >
              {sending ? t('poll.sending') : hasVoted ? t('poll.changeVote') : t('poll.vote')}
            </button>
            <p class="vote-status">
              {unchanged && !sending && (
                <span class="confirmation" data-testid="vote-confirmed">
                  <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M5 12.5l4.5 4.5L19 7.5" />
                  </svg>
                  {t('poll.confirmed')}
                </span>
              )}
              {hasVoted && !unchanged && !sending && <span class="muted">{t('poll.changeHint')}</span>}
            </p>
          </div>
        )}
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <PollResults poll={poll} tally={tally} myVote={myVote} />
    </article>
  );
}

/** The results part of a poll card: bars, or a note that the moderator will show them. */
function PollResults({ poll, tally, myVote }: Omit<PollCardProps, 'vote'>) {
  const total = tally?.total ?? 0;
  const counts = tally ? tally.counts : poll.resultsPublic ? {} : null;
  return (
    <section class="poll-results" data-testid="participant-results" aria-label={t('poll.resultsTitle')}>
      {counts ? (
        <>
          <ResultBars options={poll.options} counts={counts} total={total} mine={myVote} barTestId="participant-bar" />
          <p class="poll-total">
            {tn('votes', total)}
            {poll.kind === 'multiple' && <span class="muted"> · {t('poll.severalAllowed')}</span>}
          </p>
          {tally?.shownBreakdown && <BreakdownColumns poll={poll} total={total} counts={counts} shown={tally.shownBreakdown} everyone={false} />}
          {/* The server sends the shift to phones only once both polls' results are public, by channel only (POLL-35). */}
          {tally?.shift && <PollShiftTable poll={poll} shift={tally.shift} />}
        </>
      ) : (
        <p class="results-later">
          <span>{t('poll.resultsLater')}</span>
          <span class="poll-total">{tn('votes', total)}</span>
        </p>
      )}
    </section>
  );
}
