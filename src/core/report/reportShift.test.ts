import { describe, expect, it } from 'vitest';
import { createSession } from '../decide.ts';
import type { Attendee } from '../floor/balanceMeter.ts';
import { sessionPlanSchema } from '../plan.ts';
import { OTHER } from '../polls/pollBreakdown.ts';
import { replay } from '../session.ts';
import { reportCsvTables } from './reportCsv.ts';
import { gatherReportInputs, keptAfterRetention, reportInputsSchema } from './reportInputs.ts';
import { renderMarkdown } from './reportMarkdown.ts';
import { channelShiftCells, declaredShiftSections, reportShifts, shiftTableRows, signedPoints, type ReportShiftCell } from './reportShift.ts';
import { assembleReport } from './sessionReport.ts';
import { reportTextsSchema } from './reportTexts.ts';

const NOW = 1_700_000_000_000;
const QUESTION = 'Should platforms check the age of every user?';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

/** A session whose third poll repeats the first (POLL-36): p1 before, p3 after, p2 apart. */
const state = replay(createSession(sessionPlanSchema.parse({
  title: 'Age checks',
  polls: [{ question: QUESTION, options: ['Yes', 'No'] }, { question: 'Other', options: ['A', 'B'] }, { question: QUESTION, options: ['Yes', 'No'], repeats: 0 }],
}), { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') }));

/**
 * Twenty voters: 12 in the room and 8 online; Civil Society 8, Government 6, Academia 4 and two
 * undeclared; regions: 10 African Group, 10 undeclared. Before, everyone says Yes; after, Civil
 * Society and the online voters say No.
 */
const people: (Attendee & { id: string })[] = Array.from({ length: 20 }, (_, i) => ({
  id: `u${String(i)}`,
  channel: i < 12 ? 'onsite' : 'online',
  stakeholderGroup: i < 8 ? 'Civil Society' : i < 14 ? 'Government' : i < 18 ? 'Academia' : null,
  regionalGroup: i % 2 === 0 ? 'African Group' : null,
  gender: null,
}));
const ballots = [
  ...people.map((p) => ({ pollId: 'p1', participantId: p.id, optionIds: ['o1'] })),
  ...people.map((p) => ({ pollId: 'p3', participantId: p.id, optionIds: [p.stakeholderGroup === 'Civil Society' || p.channel === 'online' ? 'o2' : 'o1'] })),
];
const byId = new Map(people.map((p) => [p.id, p]));

const summary = (cells: readonly ReportShiftCell[]) => cells.map((c) => `${c.group} ${String(c.beforeTotal)}→${String(c.afterTotal)} ${c.rows.map((r) => signedPoints(r.shiftPct)).join(' ')}`);

describe('before and after in the report (POLL-38)', () => {
  it('POLL-38: a paired poll has its shift overall and by channel, stakeholder group and region; groups under five are merged into other', () => {
    const shifts = reportShifts(state, ballots, byId);
    expect([...shifts.keys()]).toEqual(['p3']);
    const shift = shifts.get('p3');
    if (!shift) throw new Error('no shift');
    expect(shift.beforeNumber).toBe(1);
    expect(shift.beforeQuestion).toBe(QUESTION);
    // After, 16 of 20 say No: the 8 of Civil Society (all in the room) and the 8 online.
    expect(summary([shift.overall])).toEqual(['all 20→20 -80 +80']);
    expect(summary(shift.byDimension.channel)).toEqual(['online 8→8 -100 +100', 'onsite 12→12 -66.7 +66.7']);
    // Academia (4) and the undeclared (2) are under five: merged into other (6, all online).
    expect(summary(shift.byDimension.stakeholderGroup)).toEqual(['Civil Society 8→8 -100 +100', 'Government 6→6 -33.3 +33.3', `${OTHER} 6→6 -100 +100`]);
    expect(summary(shift.byDimension.regionalGroup)).toEqual(['African Group 10→10 -80 +80', 'undeclared 10→10 -80 +80']);
    for (const d of ['channel', 'stakeholderGroup', 'regionalGroup'] as const) {
      const cells = shift.byDimension[d];
      expect(cells.reduce((n, c) => n + c.beforeTotal, 0)).toBe(20);
      for (const c of cells) expect(Math.min(c.beforeTotal, c.afterTotal)).toBeGreaterThanOrEqual(5);
    }
  });

  it('POLL-38: with fewer than ten voters no group stands apart, and the overall is all the report shows', () => {
    const few = ballots.filter((b) => Number(b.participantId.slice(1)) < 9);
    const shift = reportShifts(state, few, byId).get('p3');
    expect(shift?.overall.beforeTotal).toBe(9);
    expect(shift?.byDimension).toEqual({ channel: [], stakeholderGroup: [], regionalGroup: [] });
    expect(shiftTableRows(shift ?? (undefined as never), (g) => g).map((part) => part.heading)).toEqual(['Everyone']);
  });

  it('POLL-38: the inputs keep the shift without any participant id, after the retention period too; the Markdown and the CSV show it', () => {
    const inputs = gatherReportInputs({ state, ballots, participants: people, upvotes: [], questionTexts: {}, peak: null, asOf: NOW });
    expect(inputs.polls.map((p) => p.shift?.beforeNumber ?? null)).toEqual([null, null, 1]);
    const text = JSON.stringify(reportInputsSchema.parse(keptAfterRetention(inputs)));
    expect(text).toContain('"beforeNumber":1');
    for (const p of people) expect(text).not.toContain(`"${p.id}"`);
    const report = assembleReport(inputs, reportTextsSchema.parse({}), NOW);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`Before and after: compared with poll 1, “${QUESTION}”.`);
    expect(markdown).toContain('| Civil Society (8 / 8) | Yes | 100 % | 0 % | -100 |');
    expect(markdown).toContain('_By region_');
    const csv = reportCsvTables(report).find((t) => t.name === 'poll_shifts.csv');
    expect(csv?.rows.filter((r) => r[2] === 'stakeholderGroup').map((r) => [r[3], r[6], r[9]])).toEqual([
      ['Civil Society', 'Yes', -100], ['Civil Society', 'No', 100],
      ['Government', 'Yes', -33.3], ['Government', 'No', 33.3],
      ['other', 'Yes', -100], ['other', 'No', 100],
    ]);
  });

  it('POLL-62: the report page shows everyone and each channel, the very rows of poll_shifts.csv', () => {
    const report = assembleReport(gatherReportInputs({ state, ballots, participants: people, upvotes: [], questionTexts: {}, peak: null, asOf: NOW }), reportTextsSchema.parse({}), NOW);
    const shift = report.polls[2]?.shift;
    if (!shift) throw new Error('no shift');
    const cells = channelShiftCells(shift);
    expect(cells.map((c) => c.group)).toEqual(['all', 'online', 'onsite']);
    const shown = cells.flatMap((c) => c.rows.map((r) => [c.group, c.beforeTotal, c.afterTotal, r.label, r.beforePct, r.afterPct, r.shiftPct]));
    const csv = reportCsvTables(report).find((t) => t.name === 'poll_shifts.csv');
    const exported = (csv?.rows ?? []).filter((r) => r[2] === 'all' || r[2] === 'channel').map((r) => r.slice(3));
    expect(shown).toEqual(exported);
    expect(shown).toContainEqual(['onsite', 12, 12, 'Yes', 100, 33.3, -66.7]);
  });

  it('POLL-62: the report page shows the stakeholder groups and regions beside the channels, the very rows of poll_shifts.csv', () => {
    const report = assembleReport(gatherReportInputs({ state, ballots, participants: people, upvotes: [], questionTexts: {}, peak: null, asOf: NOW }), reportTextsSchema.parse({}), NOW);
    const shift = report.polls[2]?.shift;
    if (!shift) throw new Error('no shift');
    const sections = declaredShiftSections(shift);
    expect(sections.map((s) => [s.dimension, s.cells.map((c) => c.group)])).toEqual([
      ['stakeholderGroup', ['Civil Society', 'Government', OTHER]],
      ['regionalGroup', ['African Group', 'undeclared']],
    ]);
    const shown = sections.flatMap((s) => s.cells.flatMap((c) => c.rows.map((r) => [s.dimension, c.group, c.beforeTotal, c.afterTotal, r.label, r.beforePct, r.afterPct, r.shiftPct])));
    const csv = reportCsvTables(report).find((t) => t.name === 'poll_shifts.csv');
    expect(shown).toEqual((csv?.rows ?? []).filter((r) => r[2] === 'stakeholderGroup' || r[2] === 'regionalGroup').map((r) => r.slice(2)));
    // With nine voters no group stands apart in any dimension: no declared table.
    const few = reportShifts(state, ballots.filter((b) => Number(b.participantId.slice(1)) < 9), byId).get('p3');
    expect(few && declaredShiftSections(few)).toEqual([]);
  });

  it('POLL-62: when no channel stands apart the report page shows everyone alone', () => {
    const few = ballots.filter((b) => Number(b.participantId.slice(1)) < 9);
    const shift = reportShifts(state, few, byId).get('p3');
    if (!shift) throw new Error('no shift');
    expect(channelShiftCells(shift).map((c) => [c.group, c.beforeTotal, c.afterTotal])).toEqual([['all', 9, 9]]);
  });
});
