import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { FontScript } from './reportFonts.ts';
import { isRightToLeft } from './scriptRuns.ts';

/**
 * A paragraph with Arabic in it laid out for the PDF (REPORT-20, REPORT-21): split into lines
 * in reading order, each line's pieces put in display order by the Unicode Bidirectional
 * Algorithm (bidi-js), one font per piece. The paragraph reads right to left when its first
 * letter is Arabic (REPORT-2; digits do not count, as in the algorithm's P2). The marks the
 * Arabic fonts lack (brackets, quotes, `- / % + & ; ? @ #`, dashes) take the Latin font, and
 * brackets are mirrored where they sit in right-to-left text.
 */

const bidi = bidiFactory();

/** One piece of a line, left to right, as it is to be drawn. */
export interface BidiPiece {
  readonly script: FontScript;
  /** The characters to give the font: Arabic in reading order (the shaper lays it out right to left), anything else left to right. */
  readonly text: string;
}

export interface BidiLine {
  readonly pieces: readonly BidiPiece[];
}

/** Measures a piece's width in its font. */
export type MeasurePiece = (piece: BidiPiece) => number;

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{2FA1F}]/u;
const OTHER_STRONG = /[\p{L}\p{N}]/u;
/**
 * The marks the Arabic fonts (Noto Naskh Arabic) have besides Arabic: spaces, `. , : !`, and the
 * zero-width joiners and direction marks. Every other mark (`- / % + & ; ? @ #`, brackets,
 * quotes, dashes, ellipsis…) is drawn with the Latin font, which has them (REPORT-21).
 */
const ARABIC_FONT_MARKS = /[\s.,:!\u200B-\u200F]/u;

/** A mark the Arabic fonts lack: always drawn with the Latin font. */
function isLatinMark(char: string): boolean {
  return !ARABIC_FONT_MARKS.test(char) && !ARABIC_LETTER.test(char);
}

/** Whether the text needs this layout: it has Arabic in it. */
export function needsBidi(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

function fixedScript(char: string): FontScript | null {
  if (ARABIC_LETTER.test(char)) return 'arabic';
  if (CJK.test(char)) return 'cjk';
  if (OTHER_STRONG.test(char) || isLatinMark(char)) return 'latin';
  return null;
}

/**
 * The font of each UTF-16 index: letters by script, brackets and quotes Latin, other
 * spaces and punctuation the font of the nearest letter at the same embedding level (before
 * it, else after it), so a space between Arabic words stays Arabic and one between an
 * Arabic and a Latin word in a left-to-right line goes with the Latin side (REPORT-17).
 */
function scriptsOf(text: string, levels: Uint8Array): FontScript[] {
  const scripts: (FontScript | null)[] = [];
  for (let i = 0; i < text.length; i++) scripts.push(fixedScript(text[i] ?? ''));
  const resolved: FontScript[] = [];
  for (let i = 0; i < text.length; i++) {
    let script = scripts[i] ?? null;
    for (let j = i - 1; script === null && j >= 0 && levels[j] === levels[i]; j--) if (scripts[j] && !isLatinMark(text[j] ?? '')) script = scripts[j] ?? null;
    for (let j = i + 1; script === null && j < text.length && levels[j] === levels[i]; j++) if (scripts[j] && !isLatinMark(text[j] ?? '')) script = scripts[j] ?? null;
    resolved.push(script ?? ((levels[i] ?? 0) % 2 === 1 ? 'arabic' : 'latin'));
  }
  return resolved;
}

/** The pieces of text[start, end) in display order, left to right. */
function lineScan(text: string, resolved: EmbeddingLevels, scripts: readonly FontScript[], start: number, end: number): BidiPiece[] {
  const { levels } = resolved;
  const order: number[] = [];
  for (let i = start; i < end; i++) order.push(i);
  for (const [from = start, to = start] of bidi.getReorderSegments(text, resolved, start, end - 1)) {
    const reversed = order.slice(from - start, to - start + 1).reverse();
    order.splice(from - start, reversed.length, ...reversed);
  }
  const pieces: BidiPiece[] = [];
  let group: number[] = [];
  const flush = (): void => {
    const first = group[0];
    if (first === undefined) return;
    const script = scripts[first] ?? 'latin';
    const rtl = (levels[first] ?? 0) % 2 === 1;
    const visual = group.map((i) => text[i] ?? '');
    // The shaper lays Arabic out right to left itself: it gets the reading order back.
    const shaped = script === 'arabic' && rtl && visual.some((c) => ARABIC_LETTER.test(c));
    const chars = shaped ? visual.reverse() : rtl ? visual.map((c) => bidi.getMirroredCharacter(c) ?? c) : visual;
    pieces.push({ script, text: chars.join('') });
    group = [];
  };
  for (const i of order) {
    const last = group[group.length - 1];
    // A piece is one font at one level, adjacent in reading order too.
    if (last !== undefined && (scripts[last] !== scripts[i] || levels[last] !== levels[i] || Math.abs(last - i) !== 1)) flush();
    group.push(i);
  }
  flush();
  return pieces;
}

/** The paragraph in lines of at most `width` (a word longer than that gets a line of its own), each in display order. */
export function bidiLines(text: string, width: number, measure: MeasurePiece): BidiLine[] {
  const resolved = bidi.getEmbeddingLevels(text, isRightToLeft(text) ? 'rtl' : 'ltr');
  const scripts = scriptsOf(text, resolved.levels);
  const widthOf = (start: number, end: number): number => lineScan(text, resolved, scripts, start, end).reduce((sum, piece) => sum + measure(piece), 0);
  // Break opportunities: after each run of spaces, in reading order.
  const breaks: number[] = [];
  for (const match of text.matchAll(/\s+/gu)) breaks.push(match.index + match[0].length);
  if (breaks[breaks.length - 1] !== text.length) breaks.push(text.length);
  const lines: BidiLine[] = [];
  let start = 0;
  let end = 0;
  const trimmedEnd = (to: number): number => {
    let e = to;
    while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
    return e;
  };
  for (const next of breaks) {
    if (end > start && widthOf(start, trimmedEnd(next)) > width) {
      lines.push({ pieces: lineScan(text, resolved, scripts, start, trimmedEnd(end)) });
      start = end;
    }
    end = next;
  }
  const last = trimmedEnd(end);
  lines.push({ pieces: last > start ? lineScan(text, resolved, scripts, start, last) : [] });
  return lines;
}
