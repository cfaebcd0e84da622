import { describe, expect, it } from 'vitest';
import { SCRIPT_START, SCRIPT_TEXTS, runReportScript } from '../../../test/support/reportSession.ts';
import { gatherReportInputs } from '../../core/report/reportInputs.ts';
import { reportTextsSchema } from '../../core/report/reportTexts.ts';
import { assembleReport } from '../../core/report/sessionReport.ts';
import { deskPointsOf } from './reportDraft.ts';

/** The report page's form shows the desk's points read-only beside the fields for the rest (REPORT-10, REPORT-23). */
describe('the desk points beside the report form', () => {
  const texts = reportTextsSchema.parse(SCRIPT_TEXTS);
  const report = assembleReport(gatherReportInputs(runReportScript().source), texts, SCRIPT_START);

  it('REPORT-23: a list shows what the report has from the desk, pulls included, and not what the page wrote', () => {
    const written = texts.sections.find((s) => s.agendaItem === 1)?.takeaways ?? [];
    expect(written.length).toBeGreaterThan(0);
    const desk = deskPointsOf(report, texts, 1, 'takeaways');
    expect(desk).toEqual([expect.stringMatching(/^Pulled in: poll 1 «/)]);
    for (const point of written) expect(desk).not.toContain(point);
    expect(deskPointsOf(report, texts, 4, 'takeaways')).toEqual(['Age checks must not collect more data — about the question «How will age checks work without collecting more data about children?»']);
    expect(deskPointsOf(report, texts, null, 'partnershipOffers')).toEqual(['شبكة المدارس مستعدة للشراكة في برامج التوعية']);
    expect(deskPointsOf(report, texts, 0, 'takeaways')).toEqual([]);
  });

  it('REPORT-23: a desk point also saved on the page is listed once, in the field', () => {
    const both = reportTextsSchema.parse({ ...SCRIPT_TEXTS, sections: [{ agendaItem: 3, bestPractices: ['学校与家长共同制定上网规则'] }] });
    const again = assembleReport(gatherReportInputs(runReportScript().source), both, SCRIPT_START);
    expect(again.agenda[3]?.bestPractices).toEqual(['学校与家长共同制定上网规则']);
    expect(deskPointsOf(again, both, 3, 'bestPractices')).toEqual([]);
  });
});
