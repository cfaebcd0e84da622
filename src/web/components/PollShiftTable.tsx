import type { ComponentChildren } from 'preact';
import type { BreakdownDimension } from '../../core/polls/pollBreakdown.ts';
import type { PollView, PollShiftView } from '../../core/polls/pollViews.ts';
import type { ShiftCell } from '../../core/polls/pollShift.ts';
import { labelShiftCell, type LabelledShiftCell } from '../../core/polls/shiftLabels.ts';
import { formatNumber, formatPercentTenths, t } from '../i18n/index.ts';
import { laterTextsReady } from '../i18n/laterTexts.ts';
import { tUserText } from '../i18n/ltrParam.ts';
import { groupName } from './groupNames.ts';
import { USER_TEXT } from './userText.ts';

/** A signed number of percentage points: "+12.5", "−4", "0". */
function signed(points: number): string {
  return points > 0 ? `+${formatNumber(points)}` : points < 0 ? `−${formatNumber(-points)}` : formatNumber(0);
}

/**
 * Before and after as tables (POLL-35, POLL-62): per group (everyone first) and per answer the
 * share of voters before and after, with its one decimal as the exports write it, and the
 * change in percentage points. The cells come merged by the core (groups under five on either
 * side in "other"). `declared` adds a table per declared dimension (stakeholder group, region)
 * beside the channels'; `voters` adds each group's number of voters before and after, as the
 * report's documents give it. The cockpit, the projector and the report page's preview.
 */
export function ShiftTable({ beforeQuestion, cells, declared = [], voters = false }: { beforeQuestion: string; cells: readonly LabelledShiftCell[]; declared?: readonly { readonly dimension: 'stakeholderGroup' | 'regionalGroup'; readonly cells: readonly LabelledShiftCell[] }[]; voters?: boolean }) {
  // WEB-7: its texts are in the later part; a phone shows the table once they are in.
  if (!laterTextsReady()) return null;
  const heading = t('pollShift.heading', { question: beforeQuestion });
  return (
    <section class="poll-breakdown poll-shift" data-testid="poll-shift">
      <h4 class="field-label">{tUserText('pollShift.heading', { question: beforeQuestion }, 'question')}</h4>
      <div class="shift-tables">
        <GroupTable label={heading} caption={tUserText('pollShift.heading', { question: beforeQuestion }, 'question')} dimension="channel" cells={cells} voters={voters} />
        {declared.map((section) => (
          <GroupTable key={section.dimension} label={`${heading} — ${t(`shownBreakdown.title.${section.dimension}`)}`} caption={t(`shownBreakdown.title.${section.dimension}`)} dimension={section.dimension} cells={section.cells} voters={voters} />
        ))}
      </div>
      <p class="field-hint">{t(declared.length > 0 ? 'pollShift.mergedGroups' : 'pollShift.merged')}</p>
    </section>
  );
}

/** One dimension's table: a row group per group, a row per answer. */
function GroupTable({ label, caption, dimension, cells, voters }: { label: string; caption: ComponentChildren; dimension: BreakdownDimension; cells: readonly LabelledShiftCell[]; voters: boolean }) {
  // The channels' table carries everyone and a hidden caption (the heading above says it); a declared dimension's names itself.
  const declared = dimension !== 'channel';
  return (
    <div class="breakdown-scroll" tabIndex={0} role="region" aria-label={label}>
      <table class="breakdown-table" data-dimension={dimension}>
        <caption class={declared ? 'shift-caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`pollShift.group.${dimension}`)}</th>
            <th scope="col">{t('pollShift.answer')}</th>
            <th scope="col">{t('pollShift.before')}</th>
            <th scope="col">{t('pollShift.after')}</th>
            <th scope="col">{t('pollShift.change')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.flatMap((cell) =>
            cell.rows.map((row, i) => (
              <tr key={`${cell.group}-${String(i)}`} data-group={cell.group}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={cell.rows.length}>
                    {cell.group === 'all' ? t('pollShift.everyone') : groupName(cell.group)}
                    {voters && (
                      <span class="shift-voters" data-testid="shift-voters">
                        {t('pollShift.voters', { before: cell.beforeTotal, after: cell.afterTotal })}
                      </span>
                    )}
                  </th>
                )}
                <th scope="row" {...USER_TEXT}>
                  {row.label}
                </th>
                <td>{formatPercentTenths(row.beforePct / 100)}</td>
                <td>{formatPercentTenths(row.afterPct / 100)}</td>
                <td data-testid="shift-points">{signed(row.shiftPct)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A live poll's shift (POLL-35), as the cockpit and the projector get it with the tally: the
 * cockpit's carries the declared dimensions too, the projector's never does.
 */
export function PollShiftTable({ poll, shift }: { poll: PollView; shift: PollShiftView }) {
  const labels = new Map(poll.options.map((o) => [o.id, o.label]));
  const label = (cells: readonly ShiftCell[]) => cells.map((cell) => labelShiftCell(cell, labels));
  const declared = shift.byDeclared ? (['stakeholderGroup', 'regionalGroup'] as const).filter((d) => (shift.byDeclared?.[d].length ?? 0) > 0).map((dimension) => ({ dimension, cells: label(shift.byDeclared?.[dimension] ?? []) })) : [];
  return <ShiftTable beforeQuestion={shift.beforeQuestion} cells={label([shift.overall, ...shift.byGroup])} declared={declared} />;
}
