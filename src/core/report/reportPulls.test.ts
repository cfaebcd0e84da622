import { describe, expect, it } from 'vitest';
import { IDENTITY_STRINGS, SCRIPT_START, SCRIPT_TEXTS, runReportScript } from '../../../test/support/reportSession.ts';
import { reportCsvTables } from './reportCsv.ts';
import { gatherReportInputs, reportInputsSchema, withoutContributionText } from './reportInputs.ts';
import { renderMarkdown } from './reportMarkdown.ts';
import { sectionPoints } from './reportPullWords.ts';
import { reportTextsSchema } from './reportTexts.ts';
import { assembleReport, sessionReportSchema } from './sessionReport.ts';

/** What the desk pulled in reaches the report (REPORT-23), from the scripted session's four pulls. */

const QUESTION = 'How will age checks work without collecting more data about children?';
const GENERATED_AT = SCRIPT_START + 2 * 60 * 60_000;

function build() {
  const { source } = runReportScript();
  const inputs = gatherReportInputs(source);
  return { source, inputs, report: assembleReport(inputs, reportTextsSchema.parse(SCRIPT_TEXTS), GENERATED_AT) };
}

describe('pulled items in the report (REPORT-23)', () => {
  it('REPORT-23: each pull is held once in its section, with the words written on it or none', () => {
    const { report } = build();
    expect(sessionReportSchema.parse(report)).toEqual(report);
    expect(report.agenda[4]?.pulled).toEqual([{ kind: 'takeaways', words: 'Age checks must not collect more data', about: { kind: 'question', text: QUESTION } }]);
    const poll = report.polls[0];
    expect(report.agenda[1]?.pulled).toEqual([{
      kind: 'takeaways',
      words: null,
      about: { kind: 'poll', number: 1, question: poll?.question, ballots: poll?.ballots, leading: expect.any(Array) as unknown },
    }]);
    // The leading answers: most votes first, at most three, none without a vote, shares from the poll's own table.
    const leading = report.agenda[1]?.pulled[0]?.about.kind === 'poll' ? report.agenda[1].pulled[0].about.leading : [];
    const ranked = [...(poll?.options ?? [])].filter((o) => o.votes > 0).sort((a, b) => b.votes - a.votes).slice(0, 3);
    expect(leading.map((o) => o.votes)).toEqual(ranked.map((o) => o.votes));
    expect(leading.every((o) => poll?.options.some((p) => p.label === o.label && p.percent === o.percent))).toBe(true);
    expect(report.pulled).toMatchObject([{ kind: 'takeaways', words: null, about: { kind: 'balance' } }]);
    expect(report.agenda[2]?.pulled).toMatchObject([{ kind: 'callsToAction', words: 'Give youth delegates a seat on the panel', about: { kind: 'intervention', speaker: 'panel', channel: 'onsite' } }]);
    // A pull is not also a plain point.
    expect(report.agenda[4]?.takeaways).not.toContain('Age checks must not collect more data');
  });

  it('REPORT-23: the points say what each pull is about, a bare pull as "Pulled in"', () => {
    const { report } = build();
    const item = (i: number) => sectionPoints(report.agenda[i] ?? { takeaways: [], callsToAction: [], bestPractices: [], partnershipOffers: [], pulled: [] });
    expect(item(4)).toContainEqual({ kind: 'takeaways', points: expect.arrayContaining([`Age checks must not collect more data — about the question «${QUESTION}»`]) as unknown });
    const pollPoint = item(1).find((l) => l.kind === 'takeaways')?.points.at(-1) ?? '';
    expect(pollPoint).toMatch(new RegExp(`^Pulled in: poll 1 «${(report.polls[0]?.question ?? '').replace(/[?()]/g, '\\$&')}» \\(\\d+ voters\\): .+ \\d+(\\.\\d)? %`));
    expect(sectionPoints(report).find((l) => l.kind === 'takeaways')?.points).toContainEqual(expect.stringMatching(/^Pulled in: the floor balance at \d\d:\d\d UTC: onsite \d+ interventions?, [\d.]+ min; online \d+ interventions?, [\d.]+ min$/));
    expect(item(2).find((l) => l.kind === 'callsToAction')?.points).toContainEqual(expect.stringMatching(/^Give youth delegates a seat on the panel — about an intervention by a panel speaker in the room, \d\d:\d\d UTC – \d\d:\d\d UTC$/));
  });

  it('REPORT-23: the Markdown lists the pulls under their item, the CSV bundle in outcomes.csv', () => {
    const { report } = build();
    const md = renderMarkdown(report);
    const section = md.slice(md.indexOf('### 5. '), md.indexOf('### 6. ') === -1 ? undefined : md.indexOf('### 6. '));
    expect(section).toContain(`- Age checks must not collect more data — about the question «${QUESTION}»`);
    const pollSection = md.slice(md.indexOf('### 2. '), md.indexOf('### 3. '));
    expect(pollSection).toContain(`- Pulled in: poll 1 «${report.polls[0]?.question ?? ''}»`);
    const outcomes = reportCsvTables(report).find((t) => t.name === 'outcomes.csv');
    expect(outcomes?.header).toEqual(['agenda_item', 'kind', 'text', 'pulled_in']);
    expect(outcomes?.rows).toContainEqual([5, 'takeaway', 'Age checks must not collect more data', `the question «${QUESTION}»`]);
    expect(outcomes?.rows).toContainEqual([2, 'takeaway', null, expect.stringMatching(/^poll 1 «/)]);
    expect(outcomes?.rows).toContainEqual(['', 'takeaway', null, expect.stringMatching(/^the floor balance at /)]);
  });

  it('REPORT-23, REPORT-4, REPORT-5: no identity in a pull; a pulled question loses its text with the others', () => {
    const { inputs } = build();
    const json = JSON.stringify(inputs.notes);
    for (const identity of IDENTITY_STRINGS) expect(json).not.toContain(identity);
    const report = assembleReport(withoutContributionText(inputs), reportTextsSchema.parse(SCRIPT_TEXTS), GENERATED_AT);
    expect(JSON.stringify(report)).not.toContain(QUESTION);
    expect(sectionPoints(report.agenda[4] ?? report)).toContainEqual({ kind: 'takeaways', points: expect.arrayContaining(['Age checks must not collect more data — about a question whose text is no longer kept']) as unknown });
    // Inputs kept before pulls reached the report parse with none.
    const older = { ...inputs, notes: inputs.notes.map(({ pulled: _pulled, ...n }) => n) };
    expect(reportInputsSchema.parse(JSON.parse(JSON.stringify(older))).notes.every((n) => n.pulled === null)).toBe(true);
  });
});
