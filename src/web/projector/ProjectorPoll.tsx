import { useRef } from 'preact/hooks';
import type { PollView, TallyView } from '../../core/polls/pollViews.ts';
import { BreakdownColumns } from '../components/BreakdownColumns.tsx';
import { PollChart } from '../components/PollChart.tsx';
import { PollShiftTable } from '../components/PollShiftTable.tsx';
import { ResultBars } from '../components/ResultBars.tsx';
import { t, tn } from '../i18n/index.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { useFittedDensity, type Density } from './useFittedDensity.ts';
import { USER_TEXT } from '../components/userText.ts';

/** Fewer, roomier rows for short polls; tighter rows, in two columns, when up to twelve options must fit. */
function density(options: number): Density {
  if (options <= 4) return 'roomy';
  if (options <= 7) return 'normal';
  return 'dense';
}

/**
 * The active poll on the big screen: the question in large type, a bar chart with labels,
 * percentages and counts that updates live, and the number of votes (announced politely).
 * Where results are hidden it shows the options and the number of votes only.
 */
export function ProjectorPoll({ poll, tally }: { poll: PollView; tally: TallyView | undefined }) {
  const total = tally?.total ?? 0;
  const counts = tally ? tally.counts : poll.resultsPublic ? {} : null;
  const votes = tn('votes', total);
  const ref = useRef<HTMLElement>(null);
  // A11Y-7: tighter rows where the asked-for ones would be cut (a small or zoomed screen).
  const fitted = useFittedDensity(ref, density(poll.options.length), '.result-bars, .projector-options');

  const results = counts && tally?.shownBreakdown ? (
    // POLL-60: the moderator chose to show the results side by side by group.
    <BreakdownColumns poll={poll} total={total} counts={counts} shown={tally.shownBreakdown} />
  ) : counts && tally && poll.kind !== 'single' && poll.kind !== 'multiple' ? (
    <PollChart poll={poll} tally={tally} id="projector-chart" testId="projector-chart" />
  ) : counts ? (
    <>
      <ResultBars options={poll.options} counts={counts} total={total} barTestId="projector-bar" decorative />
      <ResultsTable question={poll.question} options={poll.options} counts={counts} total={total} />
    </>
  ) : (
    <ol class="projector-options">
      {poll.options.map((option) => (
        <li key={option.id} class="projector-option" {...USER_TEXT}>
          {option.label}
        </li>
      ))}
    </ol>
  );

  return (
    <section
      ref={ref}
      class="projector-poll"
      aria-labelledby="projector-question"
      data-density={fitted}
      data-long={poll.question.length > 110 ? 'true' : undefined}
      // Dense charts run in two columns of this many rows, so twelve options fit at 720p.
      style={{ '--rows': String(Math.ceil(poll.options.length / 2)) } as Record<string, string>}
    >
      <p class="projector-poll-status" data-status={poll.status}>
        <span class="status-dot" aria-hidden="true" />
        {poll.status === 'open' ? t('poll.statusOpen') : t('poll.statusClosed')}
        {poll.kind === 'multiple' && <span class="projector-poll-kind"> · {t('poll.hintMultiple')}</span>}
      </p>
      <h1 id="projector-question" class="projector-question" data-testid="projector-question" {...USER_TEXT}>
        {poll.question}
      </h1>
      {/* The server sends the shift to the projector only once both polls' results are public (POLL-35):
          the results and the shift then share the stage side by side, so neither squeezes the other out. */}
      {tally?.shift ? (
        <div class="projector-with-shift">
          {results}
          <PollShiftTable poll={poll} shift={tally.shift} />
        </div>
      ) : (
        results
      )}
      <div class="projector-total-row">
        <p class="projector-total" data-testid="projector-total" aria-live="polite" aria-atomic="true">
          {counts ? votes : t('projector.hiddenTotal', { votes })}
        </p>
        {!counts && (
          <p class="projector-hidden-note">
            {poll.resultsVisibility === 'after_close' ? t('projector.hiddenAfterClose') : t('projector.hiddenByModerator')}
          </p>
        )}
      </div>
    </section>
  );
}
