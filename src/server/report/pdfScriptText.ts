import type { FontScript, ReportFonts } from './reportFonts.ts';
import { isRightToLeft, scriptRuns } from './scriptRuns.ts';

/**
 * Text in any of the six UN languages on a pdfkit page (REPORT-2, REPORT-14), for the report
 * and the printable pack alike: the fonts of each script registered as `SCRIPT-regular` and
 * `SCRIPT-bold`, text split into script runs and drawn one font per run, Arabic shaped and laid
 * out right to left, a text that is all Arabic aligned to the right unless centred.
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
