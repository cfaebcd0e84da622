import { describe, expect, it } from 'vitest';
import { SCRIPT_START, SCRIPT_TEXTS, runReportScript } from '../../../test/support/reportSession.ts';
import { escapeMarkdown, renderMarkdown } from './reportMarkdown.ts';
import { gatherReportInputs } from './reportInputs.ts';
import { reportTextsSchema } from './reportTexts.ts';
import { assembleReport } from './sessionReport.ts';

describe('Markdown escaping of numbers (REPORT-2, REPORT-18)', () => {
  it('REPORT-18: a decimal or a signed number is written as it is; only a real list marker, heading or rule at the start of a line is escaped', () => {
    expect(escapeMarkdown('1.5 min')).toBe('1.5 min');
    expect(escapeMarkdown('33.3 %')).toBe('33.3 %');
    expect(escapeMarkdown('-0.5 min')).toBe('-0.5 min');
    expect(escapeMarkdown('+2.5 min')).toBe('+2.5 min');
    expect(escapeMarkdown('#hashtag')).toBe('#hashtag');
    // Still escaped: what Markdown would read as a list, a heading, a quote or a rule.
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
    expect(escapeMarkdown('12.')).toBe('12\\.');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('first\n1. second', false)).toBe('first\n1\\. second');
  });

  it('REPORT-18: the scripted session’s Markdown writes every decimal the same way, never 1\\.5', () => {
    const report = assembleReport(gatherReportInputs(runReportScript().source), reportTextsSchema.parse(SCRIPT_TEXTS), SCRIPT_START + 2 * 60 * 60_000);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('5.5 min');
    expect(markdown).toContain('+0.5 min');
    expect(markdown).toContain('33.3 %');
    expect(markdown).not.toMatch(/\d\\[.)]\d/);
    expect(markdown).not.toMatch(/\\[-+]\d/);
  });
});
