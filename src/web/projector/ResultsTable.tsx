import type { PollView } from '../../core/polls/pollViews.ts';
import { shareOf } from '../components/ResultBars.tsx';
import { formatNumber, formatPercent, t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

interface ResultsTableProps {
  readonly question: string;
  readonly options: PollView['options'];
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
}

/**
 * The chart's numbers as a table for screen readers (visually hidden beside the bars), with the
 * full labels the chart may shorten. The wrapper hides it: a table ignores a 1 px width and would
 * stretch the page to its unwrapped labels.
 */
export function ResultsTable({ question, options, counts, total }: ResultsTableProps) {
  return (
    <div class="visually-hidden">
    <table>
      <caption>{t('projector.tableCaption', { question })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projector.tableOption')}</th>
          <th scope="col">{t('projector.tableVotes')}</th>
          <th scope="col">{t('projector.tableShare')}</th>
        </tr>
      </thead>
      <tbody>
        {options.map((option) => {
          const count = counts[option.id] ?? 0;
          return (
            <tr key={option.id}>
              <th scope="row" {...USER_TEXT}>{option.label}</th>
              <td>{formatNumber(count)}</td>
              <td>{formatPercent(shareOf(count, total))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
