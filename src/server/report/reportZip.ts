import { strToU8, zipSync, type Zippable } from 'fflate';
import { csvText, reportCsvTables } from '../../core/report/reportCsv.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';

/**
 * The CSV bundle (REPORT-2): one CSV per table of aggregates (`reportCsvTables`), zipped, with
 * the report's own time as the files' date so that the same report gives the same bytes.
 */
export function renderCsvZip(report: SessionReport): Buffer {
  const mtime = new Date(Math.max(report.generatedAt, Date.UTC(1980, 0, 1)));
  const files: Zippable = {};
  for (const t of reportCsvTables(report)) files[t.name] = [strToU8(csvText(t)), { mtime }];
  return Buffer.from(zipSync(files, { level: 6 }));
}
