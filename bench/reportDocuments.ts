import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { gatherReportInputs } from '../src/core/report/reportInputs.ts';
import { renderMarkdown } from '../src/core/report/reportMarkdown.ts';
import { reportTextsSchema } from '../src/core/report/reportTexts.ts';
import { assembleReport } from '../src/core/report/sessionReport.ts';
import { renderHtml } from '../src/server/report/reportHtml.ts';
import { ReportRenderer } from '../src/server/report/reportRenderer.ts';
import { renderCsvZip } from '../src/server/report/reportZip.ts';
import { SCRIPT_TEXTS, runReportScript } from '../test/support/reportSession.ts';

/**
 * `npm run bench:report` (REPORT-2): the size of each format and the time to draw it for the
 * scripted round table (the demo template run for 55 minutes: 18 participants, 3 polls, 7
 * questions, 13 interventions, takeaways in English, Arabic and Chinese), through the worker
 * thread the server uses, and the longest stall of the main event loop meanwhile.
 * `--screenshot` also writes pages 1 and 2 of the PDF as docs/screenshots/report-pdf-page1.png and …page2.png
 * (pdftoppm, from poppler-utils).
 */

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const report = assembleReport(gatherReportInputs(runReportScript().source), reportTextsSchema.parse(SCRIPT_TEXTS), Date.UTC(2026, 10, 20, 11));
const renderer = new ReportRenderer();
const loop = monitorEventLoopDelay({ resolution: 10 });
const rows: string[] = [];
let pdf: Buffer = Buffer.alloc(0);

for (const kind of ['pdf', 'docx'] as const) {
  const times: number[] = [];
  let size = 0;
  let first = 0;
  loop.reset();
  loop.enable();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const bytes = await renderer.render(kind, report);
    const ms = performance.now() - t;
    if (i === 0) first = ms;
    else times.push(ms);
    size = bytes.length;
    if (kind === 'pdf') pdf = bytes;
  }
  loop.disable();
  rows.push(`| ${kind} | ${(size / 1024).toFixed(1)} KiB | ${Math.round(first)} ms | ${Math.round(median(times))} ms | ${(loop.max / 1e6).toFixed(0)} ms |`);
}
await renderer.close();
for (const [kind, draw] of [['md', () => Buffer.from(renderMarkdown(report))], ['html', () => Buffer.from(renderHtml(report))], ['zip', () => renderCsvZip(report)]] as const) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    size = draw().length;
    times.push(performance.now() - t);
  }
  rows.push(`| ${kind} | ${(size / 1024).toFixed(1)} KiB | ${times[0]?.toFixed(1)} ms | ${median(times.slice(1)).toFixed(1)} ms | (main thread) |`);
}

console.log(`Session report documents, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${RUNS} runs each`);
console.log('| format | size | first (cold) | median of the rest | longest main-loop stall |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);

if (process.argv.includes('--screenshot')) {
  const dir = mkdtempSync(join(tmpdir(), 'openfloor-report-'));
  writeFileSync(join(dir, 'report.pdf'), pdf);
  const result = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', join(dir, 'report.pdf'), join(dir, 'page')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftoppm failed (apt-get install poppler-utils): ${result.stderr}`);
  mkdirSync('docs/screenshots', { recursive: true });
  for (const page of [1, 2]) {
    renameSync(join(dir, `page-${page}.png`), `docs/screenshots/report-pdf-page${page}.png`);
    console.log(`wrote docs/screenshots/report-pdf-page${page}.png`);
  }
  rmSync(dir, { recursive: true, force: true });
}
