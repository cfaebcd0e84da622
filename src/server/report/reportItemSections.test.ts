import { describe, expect, it } from 'vitest';
import { docxParagraphs, pdfText } from '../../../test/support/documentText.ts';
import { SCRIPT_START, SCRIPT_TEXTS, runReportScript } from '../../../test/support/reportSession.ts';
import { gatherReportInputs } from '../../core/report/reportInputs.ts';
import { renderMarkdown } from '../../core/report/reportMarkdown.ts';
import { reportTextsSchema } from '../../core/report/reportTexts.ts';
import { assembleReport } from '../../core/report/sessionReport.ts';
import { renderDocx } from './reportDocx.ts';
import { renderHtml } from './reportHtml.ts';
import { renderPdf } from './reportPdf.ts';

/** Item 3 of the scripted session has a policy question and no note: the formats must agree on it. */
const ITEM_3 = 'What specific universal principles and policies should be put in place';

describe('the agenda items’ sections in every format (REPORT-2, REPORT-19)', () => {
  it('REPORT-19: an agenda item with a policy question and no outcome yet has its section, with the question, in Markdown, HTML, PDF and Word alike; one upvote is singular', async () => {
    const report = assembleReport(gatherReportInputs(runReportScript().source), reportTextsSchema.parse(SCRIPT_TEXTS), SCRIPT_START + 2 * 60 * 60_000);
    expect(report.agenda[2]?.policyQuestion).toContain(ITEM_3);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### 3. Round 2');
    expect(markdown).toContain(ITEM_3);
    expect(renderHtml(report)).toContain(ITEM_3);
    expect((await pdfText(new Uint8Array(await renderPdf(report)))).text.replace(/\s+/g, ' ')).toContain(ITEM_3);
    expect(docxParagraphs(new Uint8Array(await renderDocx(report))).some((p) => p.text.includes(ITEM_3))).toBe(true);
    // A table cell is never a heading or a list: its "#" is written as it is.
    expect(markdown).toContain('| # | Item |');
    const one = { ...report, qa: { ...report.qa, unanswered: report.qa.unanswered.map((q, i) => (i === 0 ? { ...q, upvotes: 1 } : q)) } };
    expect(renderMarkdown(one)).toMatch(/\(1 upvote[,)]/);
    expect(renderHtml(one)).toMatch(/\(1 upvote[,)]/);
  }, 30_000);
});
