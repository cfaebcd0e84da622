import { writeFileSync } from 'node:fs';
import { runReportScript, SCRIPT_TEXTS } from '../../test/support/reportSession.ts';
import { gatherReportInputs } from '../../src/core/report/reportInputs.ts';
import { assembleReport } from '../../src/core/report/sessionReport.ts';
import { reportTextsSchema } from '../../src/core/report/reportTexts.ts';
import { renderPdf } from '../../src/server/report/reportPdf.ts';
const r = assembleReport(gatherReportInputs(runReportScript().source), reportTextsSchema.parse(SCRIPT_TEXTS), Date.UTC(2026,10,20,11));
const t = performance.now();
const pdf = await renderPdf(r);
console.log('ms', performance.now() - t, 'bytes', pdf.length);
writeFileSync('/tmp/report.pdf', pdf);
for (let i = 0; i < 3; i++) { const t2 = performance.now(); await renderPdf(r); console.log('again ms', Math.round(performance.now() - t2)); }
