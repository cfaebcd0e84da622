/**
 * Text split by script, for the PDF's fonts and the documents' direction (REPORT-2): Arabic
 * runs are drawn with an Arabic font and shaped right to left, CJK runs with a CJK font, the
 * rest (Latin, Cyrillic, Greek, digits) with Noto Sans. Spaces and punctuation stay with the
 * run around them, so an Arabic sentence is one run and keeps its word order; between Arabic
 * words and another script in a line read left to right they go with the other script, which
 * keeps them on the right side of the Arabic words (REPORT-17).
 */

export type Script = 'latin' | 'arabic' | 'cjk';

export interface ScriptRun {
  readonly script: Script;
  readonly text: string;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{2FA1F}]/u;
/** Letters and digits that start a new Latin run inside Arabic text. */
const STRONG_OTHER = /[\p{L}\p{N}]/u;

function scriptOf(char: string): Script | null {
  if (ARABIC.test(char)) return 'arabic';
  if (CJK.test(char)) return 'cjk';
  if (STRONG_OTHER.test(char)) return 'latin';
  // Spaces and punctuation belong to the run they are in.
  return null;
}

export function scriptRuns(text: string): ScriptRun[] {
  const rightToLeft = isRightToLeft(text);
  const runs: { script: Script; text: string }[] = [];
  // Spaces and punctuation since the last letter, not yet given to a run.
  let pending = '';
  for (const char of text) {
    const script = scriptOf(char);
    if (script === null) {
      pending += char;
      continue;
    }
    const last = runs[runs.length - 1];
    if (!last) runs.push({ script, text: pending + char });
    else if (last.script === script) last.text += pending + char;
    // In a line read left to right, what sits between Arabic words and the next script reads
    // left to right too (REPORT-17): inside the Arabic run it would be drawn on the wrong side.
    else if (last.script === 'arabic' && !rightToLeft) runs.push({ script, text: pending + char });
    else {
      last.text += pending;
      runs.push({ script, text: char });
    }
    pending = '';
  }
  const last = runs[runs.length - 1];
  if (pending && last && !(last.script === 'arabic' && !rightToLeft)) last.text += pending;
  else if (pending) runs.push({ script: 'latin', text: pending });
  return runs;
}

const LETTER = /\p{L}/u;

/**
 * Whether a text reads right to left: its first letter is Arabic, as the Unicode Bidirectional
 * Algorithm finds a paragraph's direction (P2, P3) and the HTML's `dir="auto"` does. Digits and
 * marks are not strong and do not count (`2026 مركز` reads right to left). A text with no
 * letter takes the report's language, English: left to right.
 */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    if (LETTER.test(char)) return ARABIC.test(char);
  }
  return false;
}

/** Whether any part of the text needs a CJK font. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
