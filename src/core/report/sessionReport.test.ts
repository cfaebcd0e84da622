import { describe, expect, it } from 'vitest';
import { IDENTITY_STRINGS, SCRIPT_START, SCRIPT_TEXTS, SINGLED_OUT_GROUPS, runReportScript } from '../../../test/support/reportSession.ts';
import { gatherReportInputs, reportInputsSchema, withoutContributionText } from './reportInputs.ts';
import { reportCsvTables, csvText } from './reportCsv.ts';
import { escapeMarkdown } from './markdownEscape.ts';
import { renderMarkdown } from './reportMarkdown.ts';
import { reportTextsSchema } from './reportTexts.ts';
import { assembleReport } from './sessionReport.ts';
import { barChartSvg, pollChart } from './reportCharts.ts';

const GENERATED_AT = SCRIPT_START + 2 * 60 * 60_000;

function scriptedReport() {
  const { source } = runReportScript();
  const inputs = gatherReportInputs(source);
  return { source, inputs, report: assembleReport(inputs, reportTextsSchema.parse(SCRIPT_TEXTS), GENERATED_AT) };
}

describe('the session report (REPORT-1)', () => {
  it('REPORT-1: figures match the script: polls, Q&A by channel, agenda timings, overrides', () => {
    const { report } = scriptedReport();
    const [first, second, third] = report.polls;
    expect(first?.ballots).toBe(12);
    // u01 changed from option 4 to option 3: one ballot each (POLL-2).
    expect(first?.options.map((o) => o.votes)).toEqual([2, 2, 2, 6]);
    expect(first?.options[3]?.percent).toBe(50);
    expect(second?.ballots).toBe(9);
    expect(second?.options.reduce((s, o) => s + o.votes, 0)).toBe(16);
    expect(third?.status).toBe('draft');
    expect(report.qa).toMatchObject({ asked: 7, published: 4, answered: 2 });
    expect(report.qa.byChannel.online).toEqual({ asked: 3, published: 2, answered: 1, forwarded: 1 });
    expect(report.qa.top.map((q) => q.upvotes)).toEqual([6, 5, 3, 1]);
    expect(report.qa.unanswered.map((q) => q.text)).toEqual(['家长应该如何参与？', 'كيف يمكن للمدارس تعليم السلامة الرقمية؟']);
    expect(report.moderation.rejected.off_topic).toBe(1);
    expect(report.moderation.withdrawn).toBe(1);
    expect(report.floor.overrides).toEqual({ total: 3, move: 1, pick: 1, remove: 1, reply_priority: 0 });
    expect(report.floor.byKind).toEqual({ panel: 7, participant: 5, added: 1 });
    expect(report.agenda.every((a) => a.startedAt !== null)).toBe(true);
    expect(report.agenda[3]?.overMinutes).toBeLessThan(0);
    expect(report.session.run.status).toBe('ended');
  });

  it('REPORT-4: no identity a participant typed, and no group of one, is in the report or its Markdown and CSV', () => {
    const { report } = scriptedReport();
    const outputs = [JSON.stringify(report), renderMarkdown(report), ...reportCsvTables(report).map(csvText)];
    for (const output of outputs) {
      for (const identity of IDENTITY_STRINGS) expect(output).not.toContain(identity);
      for (const group of SINGLED_OUT_GROUPS) expect(output).not.toContain(group);
      for (const unpublished of ['when is lunch', 'I take it back', 'Still waiting for a moderator']) expect(output).not.toContain(unpublished);
    }
  });

  it('REPORT-2: the CSV bundle has the written summary like every other format (session.csv, a line break kept inside its quoted cell)', () => {
    const { report } = scriptedReport();
    const session = reportCsvTables(report).find((t) => t.name === 'session.csv');
    expect(session?.rows).toContainEqual(['summary', SCRIPT_TEXTS.summary]);
    expect(csvText(session ?? { name: '', header: [], rows: [] })).toContain(`summary,"${SCRIPT_TEXTS.summary ?? ''}"`);
  });

  it('REPORT-4: groups under five are merged into other (FLOOR-10), and a dimension still too small is withheld', () => {
    const { report } = scriptedReport();
    const stakeholders = report.participation.declared.stakeholderGroup;
    // Academia (one person) is merged with the undeclared into `other`.
    expect(stakeholders?.map((r) => r.group)).toEqual(['Civil Society', 'Government', 'other']);
    expect(stakeholders?.find((r) => r.group === 'other')?.count).toBe(7);
    for (const rows of Object.values(report.participation.declared)) for (const r of rows ?? []) expect(r.count).toBeGreaterThanOrEqual(5);
    for (const rows of Object.values(report.floor.balance)) for (const r of rows ?? []) expect(r.present).toBeGreaterThanOrEqual(5);
  });

  it('REPORT-4: with fewer people, a merged group still under five withholds its whole dimension', () => {
    const { source } = scriptedReport();
    // Twelve people: Academia (1) and the undeclared (1) make an `other` of 2.
    const inputs = gatherReportInputs({ ...source, participants: source.participants.slice(0, 12).concat([{ channel: 'onsite', stakeholderGroup: null, regionalGroup: null, gender: null }]) });
    const report = assembleReport(inputs, reportTextsSchema.parse({}), GENERATED_AT);
    expect(report.participation.declared.stakeholderGroup).toBeNull();
    expect(renderMarkdown(report)).toContain('Withheld');
    expect(JSON.stringify(report)).not.toContain('Academia');
  });

  it('REPORT-5: after retention the report still builds from the aggregates, without any question text', () => {
    const { inputs } = scriptedReport();
    const kept = reportInputsSchema.parse(JSON.parse(JSON.stringify(withoutContributionText(inputs))));
    const report = assembleReport(kept, reportTextsSchema.parse(SCRIPT_TEXTS), GENERATED_AT);
    expect(report.qa.textsKept).toBe(false);
    expect(report.qa.top).toEqual([]);
    expect(report.qa.asked).toBe(7);
    expect(report.polls[0]?.ballots).toBe(12);
    expect(renderMarkdown(report)).toContain('deleted at the end of the retention period');
  });

  it('REPORT-16: the desk’s best practices and partnership offers join what was written, per item and for the session', () => {
    const { report } = scriptedReport();
    // Desk notes first, then the report page's points, each in its own list.
    expect(report.partnershipOffers).toEqual(['شبكة المدارس مستعدة للشراكة في برامج التوعية', 'The regulators’ network offers to host the follow-up working group.']);
    expect(report.agenda[3]?.bestPractices).toEqual(['学校与家长共同制定上网规则']);
    expect(report.agenda[1]?.bestPractices).toEqual(['Helplines run by young people themselves.']);
    expect(report.bestPractices).toEqual([]);
    expect(report.takeaways).not.toContain('学校与家长共同制定上网规则');
    // Texts saved before REPORT-16 read back with the two lists empty.
    expect(reportTextsSchema.parse({ summary: 'Old', sections: [{ agendaItem: null, takeaways: ['One'], callsToAction: [] }] }).sections[0]).toEqual({ agendaItem: null, takeaways: ['One'], callsToAction: [], bestPractices: [], partnershipOffers: [] });
  });

  it('REPORT-2: Markdown escapes what people typed; CSV cells cannot run as formulas', () => {
    expect(escapeMarkdown('[click](http://x) <b>hi</b>')).toBe('\\[click\\](http://x) \\<b>hi\\</b>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    const csv = csvText({ name: 't.csv', header: ['a', 'b'], rows: [['=HYPERLINK("x")', 'say "hi", then go']] });
    expect(csv).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")","say ""hi"", then go"\r\n');
  });

  it('REPORT-2: a poll chart is an SVG without scripts, with its figures as text', () => {
    const { report } = scriptedReport();
    const poll = report.polls[0];
    if (!poll) throw new Error('no poll');
    const svg = barChartSvg(pollChart(poll));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|on\w+=|href/i);
    expect(svg).toContain('6 (50 %)');
  });
});
