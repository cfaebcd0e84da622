import { bidiLines, needsBidi, type BidiLine, type BidiPiece } from './bidiLines.ts';
import type { FontScript, ReportFonts } from './reportFonts.ts';
import { isRightToLeft, scriptRuns } from './scriptRuns.ts';

/**
 * Text in any of the six UN languages on a pdfkit page (REPORT-2, REPORT-14), for the report
 * and the printable pack alike: the fonts of each script registered as `SCRIPT-regular` and
 * `SCRIPT-bold`, text split into script runs and drawn one font per run, Arabic shaped and laid
 * out right to left, a text that is all Arabic aligned to the right unless centred. A text with
 * Arabic in it is broken into lines here and each line drawn in the order the bidirectional
 * algorithm gives (REPORT-20), its pieces on one baseline; a text that reads right to left is
 * aligned to the right unless centred.
 */

type Doc = PDFKit.PDFDocument;

export interface ScriptTextOptions {
  readonly bold?: boolean;
  readonly size?: number;
  readonly colour?: string;
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

/** Registers every script's regular and bold font on the document. */
export function registerScriptFonts(doc: Doc, fonts: ReportFonts): void {
  for (const weight of ['regular', 'bold'] as const) {
    for (const [script, file] of Object.entries(fonts[weight])) doc.registerFont(`${script}-${weight}`, file.path, file.family);
  }
}

function useFont(doc: Doc, script: FontScript, bold = false): void {
  doc.font(`${script}-${bold ? 'bold' : 'regular'}`);
}

/** The height the text takes over `width`. */
export function scriptTextHeight(doc: Doc, text: string, options: Omit<ScriptTextOptions, 'align' | 'colour'>): number {
  doc.fontSize(options.size ?? 10);
  if (needsBidi(text)) {
    const lines = layOut(doc, text, options.width, options.bold);
    return lines.length * lineHeight(doc, lines, options.bold);
  }
  const runs = scriptRuns(text);
  // A mixed text is measured in the font of each run over the same width: the tallest wins.
  let h = 0;
  for (const run of runs.length > 1 ? runs : [{ script: runs[0]?.script ?? 'latin', text }]) {
    useFont(doc, run.script, options.bold);
    h = Math.max(h, doc.heightOfString(runs.length > 1 ? text : run.text, { width: options.width }));
  }
  return h;
}

/** Writes text at (x, y), at x on the cursor's line, or at the cursor, one font per script run. */
export function writeScriptText(doc: Doc, text: string, x: number | undefined, y: number | undefined, options: ScriptTextOptions): void {
  doc.fontSize(options.size ?? 10).fillColor(options.colour ?? '#1b1f24');
  if (needsBidi(text)) {
    writeBidiText(doc, text, x ?? doc.x, y ?? doc.y, options);
    return;
  }
  const runs = scriptRuns(text.length > 0 ? text : ' ');
  const asked = options.align ?? 'left';
  const align = isRightToLeft(text) && runs.length === 1 && asked !== 'center' ? 'right' : asked;
  runs.forEach((run, i) => {
    useFont(doc, run.script, options.bold);
    // `features` makes pdfkit lay out the whole run at once: Arabic words then keep their
    // right-to-left order instead of being laid out one by one.
    const common = { width: options.width, align, continued: i < runs.length - 1, ...(run.script === 'arabic' ? { features: [] } : {}) } as const;
    if (i === 0 && x !== undefined && y !== undefined) doc.text(run.text, x, y, common);
    else if (i === 0 && x !== undefined) doc.text(run.text, x, doc.y, common);
    else doc.text(run.text, common);
  });
}

function pieceWidth(doc: Doc, piece: BidiPiece, bold?: boolean): number {
  useFont(doc, piece.script, bold);
  return doc.widthOfString(piece.text, piece.script === 'arabic' ? { features: [] } : {});
}

/** Each typed line (`\n`) laid out on its own, as pdfkit does for other text; an empty one keeps its height. */
function layOut(doc: Doc, text: string, width: number, bold?: boolean): BidiLine[] {
  return text.split(/\r?\n/).flatMap((paragraph) => {
    const lines = bidiLines(paragraph, width, (piece) => pieceWidth(doc, piece, bold));
    return lines.length > 0 ? lines : [{ pieces: [] }];
  });
}

/** The fonts a set of lines uses, Latin when there is none. */
function scriptsIn(lines: readonly BidiLine[]): FontScript[] {
  const scripts = new Set<FontScript>(lines.flatMap((line) => line.pieces.map((piece) => piece.script)));
  return scripts.size > 0 ? [...scripts] : ['latin'];
}

/** The tallest line height of the fonts used, as pdfkit steps from line to line. */
function lineHeight(doc: Doc, lines: readonly BidiLine[], bold?: boolean): number {
  return Math.max(
    ...scriptsIn(lines).map((script) => {
      useFont(doc, script, bold);
      return doc.currentLineHeight(true);
    }),
  );
}

/** Draws each line's pieces left to right on one baseline, then leaves the cursor under the text like pdfkit does. */
function writeBidiText(doc: Doc, text: string, x: number, y: number, options: ScriptTextOptions): void {
  const lines = layOut(doc, text, options.width, options.bold);
  const step = lineHeight(doc, lines, options.bold);
  const size = options.size ?? 10;
  // Each font puts its baseline at its own ascender under y: the highest one sets the line's.
  const ascender = (script: FontScript): number => {
    useFont(doc, script, options.bold);
    // pdfkit's types leave out the current font; its ascender is in font units per 1000.
    return ((doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * size;
  };
  const top = Math.max(...scriptsIn(lines).map(ascender));
  const asked = options.align ?? 'left';
  const align = asked === 'center' ? 'center' : isRightToLeft(text) ? 'right' : asked;
  lines.forEach((line, n) => {
    const widths = line.pieces.map((piece) => pieceWidth(doc, piece, options.bold));
    const total = widths.reduce((a, b) => a + b, 0);
    let cx = align === 'right' ? x + options.width - total : align === 'center' ? x + (options.width - total) / 2 : x;
    line.pieces.forEach((piece, i) => {
      const lift = top - ascender(piece.script);
      doc.text(piece.text, cx, y + n * step + lift, { lineBreak: false, ...(piece.script === 'arabic' ? { features: [] } : {}) });
      cx += widths[i] ?? 0;
    });
  });
  doc.x = x;
  doc.y = y + lines.length * step;
}
