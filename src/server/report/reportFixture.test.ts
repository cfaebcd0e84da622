import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatherReportInputs } from '../../core/report/reportInputs.ts';
import { reportTextsSchema } from '../../core/report/reportTexts.ts';
import { assembleReport, sessionReportSchema } from '../../core/report/sessionReport.ts';
import { SCRIPT_START, SCRIPT_TEXTS, runReportScript } from '../../../test/support/reportSession.ts';

const FIXTURE = new URL('../../../test/fixtures/report/scripted-session.report.json', import.meta.url);

describe('the report of the scripted session (REPORT-1)', () => {
  it('REPORT-1: a scripted session gives the report of the fixture file', () => {
    const report = assembleReport(gatherReportInputs(runReportScript().source), reportTextsSchema.parse(SCRIPT_TEXTS), SCRIPT_START + 2 * 60 * 60_000);
    // After a deliberate change of the report, rewrite the fixture and review its diff:
    // UPDATE_REPORT_FIXTURE=1 npx vitest run src/server/report/reportFixture.test.ts
    if (process.env.UPDATE_REPORT_FIXTURE === '1') writeFileSync(FIXTURE, `${JSON.stringify(report, null, 2)}\n`);
    const expected: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(report).toEqual(expected);
    expect(sessionReportSchema.parse(expected)).toEqual(report);
  });
});
