import { useState } from 'preact/hooks';
import type { BreakdownDimension } from '../../core/polls/pollBreakdown.ts';
import type { PollView, TallyView } from '../../core/polls/pollViews.ts';
import { groupName } from '../components/groupNames.ts';
import { formatNumber, formatPercent, t, type MessageKey } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

const DIMENSIONS: readonly { value: BreakdownDimension; label: MessageKey }[] = [
  { value: 'channel', label: 'breakdown.channel' },
  { value: 'stakeholderGroup', label: 'breakdown.stakeholderGroup' },
  { value: 'regionalGroup', label: 'breakdown.regionalGroup' },
];

/**
 * A poll's results side by side by channel, stakeholder group or region, for the moderator
 * (POLL-28): one row per group, groups under five already merged into "other" by the server.
 */
export function BreakdownTable({ poll, breakdowns }: { poll: PollView; breakdowns: NonNullable<TallyView['breakdowns']> }) {
  const [dimension, setDimension] = useState<BreakdownDimension>('channel');
  const cells = breakdowns[dimension];
  const selectId = `breakdown-${poll.id}`;
  return (
    <section class="poll-breakdown" data-testid="poll-breakdown">
      <label class="field-label" for={selectId}>
        {t('breakdown.by')}
      </label>
      <select id={selectId} class="select-input" value={dimension} onChange={(event) => setDimension(event.currentTarget.value as BreakdownDimension)}>
        {DIMENSIONS.map((d) => (
          <option key={d.value} value={d.value}>
            {t(d.label)}
          </option>
        ))}
      </select>
      {/* Focusable, so a keyboard can scroll a wide table (many options) sideways. */}
      <div class="breakdown-scroll" tabIndex={0} role="region" aria-label={t('breakdown.caption', { question: poll.question })}>
        <table class="breakdown-table">
          <caption class="visually-hidden">{t('breakdown.caption', { question: poll.question })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(DIMENSIONS.find((d) => d.value === dimension)?.label ?? 'breakdown.channel')}</th>
              <th scope="col">{t('breakdown.people')}</th>
              {poll.options.map((o) => (
                <th key={o.id} scope="col" {...USER_TEXT}>
                  {o.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cells.map((cell) => (
              <tr key={cell.group}>
                <th scope="row">{groupName(cell.group)}</th>
                <td>{formatNumber(cell.total)}</td>
                {poll.options.map((o) => (
                  <td key={o.id}>{formatPercent(cell.total > 0 ? (cell.counts[o.id] ?? 0) / cell.total : 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="field-hint">{t('breakdown.merged')}</p>
    </section>
  );
}
