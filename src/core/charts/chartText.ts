/**
 * Text in SVG charts: escaping, an estimate of a line's width without a canvas, and wrapping
 * to a width so labels never overlap (POLL-30). Pure: the same on the server and in the browser.
 */

/** Escapes text for an SVG or HTML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// CJK, Hangul and full-width forms take about a full em; Latin letters about half of one.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Estimated width of `text` at `fontSize` px: generous, so that a label never spills over. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[A-Z0-9MW@%]/u.test(ch) ? 0.66 : 0.56;
  return em * fontSize;
}

/** Splits `text` into lines no wider than `width` px, breaking words only when one alone is too wide. */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 4): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      return;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word wider than the line (a URL, a CJK sentence without spaces) is cut where it must be.
    let rest = word;
    while (textWidth(rest, fontSize) > width) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(''), fontSize) <= width) cut++;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  };
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) push(word);
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/.$/u, '')}…`;
  return kept;
}

/** A chart's or a text's writing direction. */
export type TextDirection = 'ltr' | 'rtl';

// Hebrew, Arabic, Syriac, Thaana, N'Ko… and the Arabic presentation forms: the right-to-left letters.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * The direction of `text` by its first strong letter, as `dir="auto"` decides (I18N-12); a
 * text with no letter (a number, a percentage) takes `fallback`, the chart's own.
 */
export function textDirection(text: string, fallback: TextDirection): TextDirection {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return 'rtl';
    if (/\p{L}/u.test(ch)) return 'ltr';
  }
  return fallback;
}
