import { runReportScript, SCRIPT_TEXTS } from '../../test/support/reportSession.ts';
import { gatherReportInputs } from '../../src/core/report/reportInputs.ts';
import { assembleReport } from '../../src/core/report/sessionReport.ts';
import { reportTextsSchema } from '../../src/core/report/reportTexts.ts';
import { renderPdf } from '../../src/server/report/reportPdf.ts';
const src = runReportScript().source;
const noCjk = { ...src, questionTexts: Object.fromEntries(Object.entries(src.questionTexts).map(([k, v]) => [k, v.replace(/[\u4e00-\u9fff？]/g, 'x')])) };
const texts = reportTextsSchema.parse({ ...SCRIPT_TEXTS, sections: [] });
const r = assembleReport(gatherReportInputs(noCjk), texts, 0);
const rr = { ...r, speakers: r.speakers.map((s) => ({ ...s, organisation: null })) };
for (let i = 0; i < 3; i++) { const t = performance.now(); await renderPdf(rr); console.log('no cjk ms', Math.round(performance.now() - t)); }
