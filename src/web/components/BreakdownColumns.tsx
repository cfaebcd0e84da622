import type { PollView, ShownBreakdown } from '../../core/polls/pollViews.ts';
import { OTHER } from '../../core/polls/pollBreakdown.ts';
import { formatPercent, t, tn, type MessageKey } from '../i18n/index.ts';
import { groupName } from './groupNames.ts';
import { ResultBars, shareOf } from './ResultBars.tsx';
import { USER_TEXT } from './userText.ts';
import { tUserText } from '../i18n/ltrParam.ts';
import { laterTextsReady } from '../i18n/laterTexts.ts';

const TITLES: Record<ShownBreakdown['dimension'], MessageKey> = {
  channel: 'shownBreakdown.title.channel',
  stakeholderGroup: 'shownBreakdown.title.stakeholderGroup',
  regionalGroup: 'shownBreakdown.title.regionalGroup',
};

interface Column {
  readonly group: string;
  readonly name: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
}

interface BreakdownColumnsProps {
  readonly poll: PollView;
  /** People who voted, and their votes per option: the "everyone" column. */
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly shown: ShownBreakdown;
  /** Whether the first column is everyone; a phone shows the overall above already. */
  readonly everyone?: boolean;
}

/**
 * A poll's results side by side (POLL-60): everyone first, then each group of the breakdown a
 * moderator chose to show, one column of bars each, as a share of that group. Groups under
 * five arrive merged into "other" from the server. A text table says the same to screen readers.
 */
export function BreakdownColumns({ poll, total, counts, shown, everyone = true }: BreakdownColumnsProps) {
  // WEB-7: its texts are in the later part; a phone shows the columns once they are in.
  if (!laterTextsReady()) return null;
  const groups = shown.cells.map((cell) => ({ ...cell, name: groupName(cell.group) }));
  const columns: Column[] = everyone ? [{ group: 'all', name: t('shownBreakdown.everyone'), total, counts }, ...groups] : groups;
  const titleId = `shown-breakdown-${poll.id}`;
  return (
    <section class="breakdown-columns" aria-labelledby={titleId} data-testid="shown-breakdown" data-dimension={shown.dimension}>
      <h2 id={titleId} class="breakdown-columns-title">
        {t(TITLES[shown.dimension])}
      </h2>
      <div class="breakdown-columns-grid" aria-hidden="true" style={{ '--columns': String(columns.length) } as Record<string, string>}>
        {columns.map((column) => (
          <div key={column.group} class="breakdown-column" data-group={column.group} data-testid="shown-breakdown-column">
            <p class="breakdown-column-head">
              <strong class="breakdown-column-name" title={column.name}>
                {column.name}
              </strong>{' '}
              <span class="breakdown-column-total">{tn('votes', column.total)}</span>
            </p>
            <ResultBars options={poll.options} counts={column.counts} total={column.total} decorative />
          </div>
        ))}
      </div>
      {/* The wrapper hides it: a table ignores a 1px width and would widen a phone's page. */}
      <div class="visually-hidden">
        <table>
          <caption>{tUserText('shownBreakdown.caption', { question: poll.question }, 'question')}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column.group} scope="col">
                  {column.name} ({tn('votes', column.total)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {poll.options.map((option) => (
              <tr key={option.id}>
                <th scope="row" {...USER_TEXT}>{option.label}</th>
                {columns.map((column) => (
                  <td key={column.group}>{formatPercent(shareOf(column.counts[option.id] ?? 0, column.total))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.cells.some((cell) => cell.group === OTHER) && <p class="breakdown-columns-note">{t('shownBreakdown.merged')}</p>}
    </section>
  );
}
