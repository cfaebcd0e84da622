import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { SCRIPT_START, SCRIPT_TEXTS, runReportScript } from '../../../test/support/reportSession.ts';
import { escapeCell, escapeHeading, escapeMarkdown } from './markdownEscape.ts';
import { renderMarkdown } from './reportMarkdown.ts';
import { gatherReportInputs } from './reportInputs.ts';
import { reportTextsSchema } from './reportTexts.ts';
import { assembleReport, type SessionReport } from './sessionReport.ts';

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

describe('Markdown escaping by position (REPORT-2, REPORT-22)', () => {
  const base = (): SessionReport => assembleReport(gatherReportInputs(runReportScript().source), reportTextsSchema.parse(SCRIPT_TEXTS), SCRIPT_START + 2 * 60 * 60_000);

  it('REPORT-22: typed text keeps what Markdown would not misread — a decimal, a lone tilde, snake_case, 3 < 5, 5 * 3', () => {
    expect(escapeMarkdown('12.5 % of 40.0')).toBe('12.5 % of 40.0');
    expect(escapeMarkdown('~5 min, file_name_v2, 3 < 5, 5 * 3, a | b, 2 > 1')).toBe('~5 min, file_name_v2, 3 < 5, 5 * 3, a | b, 2 > 1');
    // Still escaped: what would turn into a link, emphasis, code, HTML, strikethrough or an entity.
    expect(escapeMarkdown('[x](y) *bold* _it_ `code` <b> ~~gone~~ &copy; C:\\*')).toBe('\\[x\\](y) \\*bold\\* \\_it\\_ \\`code\\` \\<b> \\~\\~gone\\~\\~ \\&copy; C:\\\\\\*');
  });

  it('REPORT-22: a list marker is escaped only at the start of a block, never in the middle of a heading, a bold intro or a fact', () => {
    const report = base();
    const markdown = renderMarkdown({
      ...report,
      session: { ...report.session, title: 'Vote #', subtitle: '1. Part one' },
      polls: report.polls.map((p, i) => (i === 0 ? { ...p, question: '1. Which option?' } : p)),
      summary: 'First line\n12. is not a list here\n\n12. starts one here\n1. and so does this',
      takeaways: ['    indented is not code', '12. a list in the item'],
    });
    // A closing `#` would end the heading; a subtitle or a poll heading is not a block start.
    expect(markdown).toContain('# Vote \\#\n');
    expect(markdown).toContain('_1. Part one_');
    expect(markdown).toContain(': 1. Which option?\n');
    // A paragraph's next line is only interrupted by a list that starts at 1; a new paragraph by any.
    expect(markdown).toContain('First line\n12. is not a list here\n\n12\\. starts one here\n1\\. and so does this');
    // Four spaces after a list marker would make an indented code block.
    expect(markdown).toContain('- indented is not code\n- 12\\. a list in the item');
  });
});

describe('typed text read back by a Markdown parser (REPORT-22)', () => {
  // markdown-it with raw HTML on: an escape missed shows up as a tag, a link, emphasis or a list.
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const TYPED = [
    '12.5 % of 40.0', '1. first', '12) twelfth', '- item', '+ item', '* item', '# heading', '> quote', '---', '===', '--',
    '~5 min', '~~gone~~', 'file_name_v2', '_it_', '__bold__', '*bold*', '**bold**', '5 * 3', '3 < 5', '<b>hi</b>', '<!-- c -->', '<https://x.org>',
    '[x](https://x.org)', '![img](x.png)', '`code`', '```', '&copy; &#169; AT&T', 'C:\\Users\\*', 'ends with \\', 'a | b', 'Vote #', 'C# and F#', '#hashtag',
    'مركز 2.5 %', '数字 *素养*',
  ];

  it('REPORT-22: a paragraph, a heading and a table cell give back exactly what was typed', () => {
    for (const text of TYPED) {
      expect(md.render(escapeMarkdown(text)), text).toBe(`<p>${html(text)}</p>\n`);
      expect(md.render(`# ${escapeHeading(text)}`), text).toBe(`<h1>${html(text)}</h1>\n`);
      const cell = /<td>([\s\S]*?)<\/td>/.exec(md.render(`| a |\n| --- |\n| ${escapeCell(text)} |`))?.[1];
      expect(cell, text).toBe(html(text));
    }
  });

  it('REPORT-22: a typed summary keeps its lines and paragraphs, none read as a list, a quote or a heading', () => {
    const summary = 'First line\n12. not a list\n\n12. new paragraph\n1. still text\n- dash\n> not a quote\n---';
    expect(md.render(escapeMarkdown(summary, false))).toBe(`<p>First line\n12. not a list</p>\n<p>12. new paragraph\n1. still text\n- dash\n${html('> not a quote')}\n---</p>\n`);
  });
});
