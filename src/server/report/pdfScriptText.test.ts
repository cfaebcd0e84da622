import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfText } from '../../../test/support/documentText.ts';
import { registerScriptFonts, writeScriptText } from './pdfScriptText.ts';
import { findReportFonts } from './reportFonts.ts';
import { scriptRuns } from './scriptRuns.ts';

/** One page with each text on its own line, read back by PDF.js as a reader's copy would give it. */
async function drawn(texts: readonly string[]): Promise<string[]> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  registerScriptFonts(doc, findReportFonts());
  texts.forEach((text, i) => writeScriptText(doc, text, 50, 50 + 40 * i, { width: 460 }));
  doc.end();
  await ended;
  return (await pdfText(new Uint8Array(Buffer.concat(chunks)))).text.split('\n');
}

describe('Arabic inside a Latin line in the PDF (REPORT-2, REPORT-17)', () => {
  it('REPORT-17: in a left-to-right line, the spaces and punctuation after Arabic words belong to the Latin side, not to the Arabic run', () => {
    expect(scriptRuns('Panel: مركز الأبحاث today')).toEqual([
      { script: 'latin', text: 'Panel: ' },
      { script: 'arabic', text: 'مركز الأبحاث' },
      { script: 'latin', text: ' today' },
    ]);
    expect(scriptRuns('Youth said مركز: yes.')).toEqual([
      { script: 'latin', text: 'Youth said ' },
      { script: 'arabic', text: 'مركز' },
      { script: 'latin', text: ': yes.' },
    ]);
    // At the end of a left-to-right line too.
    expect(scriptRuns('Seen in مركز.')).toEqual([
      { script: 'latin', text: 'Seen in ' },
      { script: 'arabic', text: 'مركز' },
      { script: 'latin', text: '.' },
    ]);
    // A right-to-left text keeps its punctuation: it reads from the right.
    expect(scriptRuns('يجب أن تتعاون الحكومات.')).toEqual([{ script: 'arabic', text: 'يجب أن تتعاون الحكومات.' }]);
    expect(scriptRuns('مركز الأبحاث: IGF 2026')).toEqual([
      { script: 'arabic', text: 'مركز الأبحاث: ' },
      { script: 'latin', text: 'IGF 2026' },
    ]);
  });

  it('REPORT-17: a reader gets the words of a mixed line back with their spaces, the Arabic ones in reading order', async () => {
    const lines = await drawn(['Panel: مركز الأبحاث today', 'Youth said مركز: yes.', 'يجب أن تتعاون الحكومات']);
    expect(lines).toEqual(['Panel: مركز الأبحاث today', 'Youth said مركز: yes.', 'يجب أن تتعاون الحكومات']);
  });
});

/** The text pieces of one page, left to right on each line, top to bottom, with the glyph codes drawn. */
async function drawnPieces(texts: readonly string[], width = 460): Promise<{ lines: string[][]; rights: number[]; notdef: number }> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  registerScriptFonts(doc, findReportFonts());
  texts.forEach((text, i) => writeScriptText(doc, text, 50, 50 + 80 * i, { width }));
  doc.end();
  await ended;
  const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [{ str: item.str.trim(), x: item.transform[4] as number, right: (item.transform[4] as number) + item.width, y: Math.round(item.transform[5] as number) }] : []));
  const rows = [...new Set(items.map((i) => i.y))].sort((a, b) => b - a);
  const lines = rows.map((y) => items.filter((i) => i.y === y).sort((a, b) => a.x - b.x).map((i) => i.str));
  // Where each line ends on the right, to tell a right-aligned line from a left-aligned one.
  const rights = rows.map((y) => Math.max(...items.filter((i) => i.y === y).map((i) => i.right)));
  // Glyph 0 of a font is .notdef, the empty box a reader shows for a character the font lacks.
  const ops = await page.getOperatorList();
  let notdef = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.showText) return;
    for (const glyph of ops.argsArray[i][0] as unknown[]) {
      if (glyph && typeof glyph === 'object' && 'originalCharCode' in glyph && glyph.originalCharCode === 0) notdef++;
    }
  });
  await pdf.destroy();
  return { lines, rights, notdef };
}

describe('Latin words and numbers inside an Arabic paragraph (REPORT-20, REPORT-21)', () => {
  it('REPORT-20: the words of a mixed Arabic line are drawn in the order the bidirectional algorithm gives, read from the left', async () => {
    const { lines } = await drawnPieces(['مركز الأبحاث IGF 2026 في الرياض', 'مركز IGF و UN هنا']);
    // From the left: the last Arabic words, then the Latin span (read left to right, a number
    // after a Latin word joins it), then the first Arabic words at the right edge; Latin words
    // between Arabic ones come in the reverse of their typed order.
    expect(lines.map((l) => l.join(' ').replace(/\s+/g, ' '))).toEqual(['في الرياض IGF 2026 مركز الأبحاث', 'هنا UN و IGF مركز']);
  });

  it('REPORT-20: a wrapped Arabic paragraph starts each line at the right with the words that come first', async () => {
    const { lines } = await drawnPieces(['مركز الأبحاث IGF في الرياض والقاهرة ثم Berlin بعد ذلك'], 150);
    const words = lines.map((l) => l.join(' ').replace(/\s+/g, ' '));
    expect(words.length).toBeGreaterThan(1);
    expect(words[0]?.endsWith('مركز الأبحاث')).toBe(true);
    expect(words.at(-1)?.startsWith('بعد ذلك')).toBe(true);
  });

  it('REPORT-21: brackets and quotes inside Arabic text are drawn with a font that has them, never as empty boxes', async () => {
    const { notdef } = await drawnPieces(['قال المشارك "نعم" (مركز) [الأبحاث]', 'Panel (مركز) "قال"']);
    expect(notdef).toBe(0);
  });

  it('REPORT-20: a paragraph takes the direction of its first letter, a number before it not counting (digits are not strong)', async () => {
    const { lines, rights } = await drawnPieces(['2026 مركز الأبحاث', 'IGF 2026: مركز الأبحاث']);
    // Right to left: the number typed first sits at the right end, the line against the right edge.
    expect(lines[0]).toEqual(['مركز الأبحاث', '2026']);
    expect(rights[0]).toBeGreaterThan(505);
    // A Latin first letter keeps the line left to right.
    expect(lines[1]?.[0]).toBe('IGF 2026:');
  });

  it('REPORT-21: every mark the Arabic font lacks (- / % + & ; ? @ # – — …) is drawn with the Latin font, never as an empty box', async () => {
    const { notdef } = await drawnPieces(['مركز - IGF', 'نسبة 50% / 30% + نعم؟ — بعد…', 'مركز & شركاء; @IGF #2026 ؟ - ?', 'Panel - مركز – الأبحاث / الرياض']);
    expect(notdef).toBe(0);
  });

  it('REPORT-20: a line break typed in an Arabic text starts a new line, as it does in any other text', async () => {
    const { lines } = await drawnPieces(['سطر أول\nسطر ثان\n\nسطر ثالث']);
    expect(lines.map((l) => l.join(' ').replace(/\s+/g, ' '))).toEqual(['سطر أول', 'سطر ثان', 'سطر ثالث']);
  });
});
