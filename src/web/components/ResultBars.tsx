import type { PollView } from '../../core/polls/pollViews.ts';
import { formatPercent, t, tn } from '../i18n/index.ts';
import { USER_TEXT } from './userText.ts';

/** Each option's share of the people who voted, as a fraction in [0, 1]. */
export function shareOf(count: number, total: number): number {
  return total > 0 ? Math.min(1, count / total) : 0;
}

interface ResultBarsProps {
  readonly options: PollView['options'];
  readonly counts: Readonly<Record<string, number>>;
  /** People who voted: the base of the percentages (several answers each in multiple choice). */
  readonly total: number;
  /** Option ids to mark as the viewer's own vote. */
  readonly mine?: readonly string[];
  /** data-testid of each bar. */
  readonly barTestId?: string;
  /** When a text table beside the chart already says it all to screen readers. */
  readonly decorative?: boolean;
}

/**
 * A horizontal bar chart of a poll's results: per option its label, percentage and number of
 * votes as text, and a bar whose length is the percentage.
 */
export function ResultBars({ options, counts, total, mine = [], barTestId, decorative = false }: ResultBarsProps) {
  return (
    <ol class="result-bars" aria-hidden={decorative ? 'true' : undefined}>
      {options.map((option) => {
        const count = counts[option.id] ?? 0;
        const share = shareOf(count, total);
        const isMine = mine.includes(option.id);
        return (
          <li
            key={option.id}
            class="result-bar"
            data-mine={isMine ? 'true' : undefined}
            data-testid={barTestId}
            data-option-id={option.id}
            data-count={String(count)}
          >
            <span class="result-bar-label" title={option.label} {...USER_TEXT}>
              {option.label}
              {isMine && <span class="tag tag-mine">{t('poll.yourVote')}</span>}
            </span>
            <span class="result-bar-value">
              <strong class="result-bar-percent">{formatPercent(share)}</strong>
              <span class="result-bar-count">{tn('votes', count)}</span>
            </span>
            <span class="result-bar-track" aria-hidden="true">
              <span class="result-bar-fill" style={{ inlineSize: `${(share * 100).toFixed(2)}%` }} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
