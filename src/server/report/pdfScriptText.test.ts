import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
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
