/**
 * Escaping of typed text for the report's Markdown (REPORT-2, REPORT-18, REPORT-22): a mark is
 * escaped only where CommonMark (with GitHub's tables and strikethrough) would read it as
 * syntax in that position, so a decimal (`12.5`), a lone tilde (`~5 min`), `snake_case`,
 * `3 < 5` or `5 * 3` are written as typed, in text and table cells alike. Pure.
 */

/** ASCII punctuation: what a backslash escapes. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

interface InlineOptions {
  /** A table cell: its pipe ends the cell. */
  readonly pipes?: boolean;
}

/** Whether the mark at `i` is syntax where it stands; `text` is the whole text it is in. */
function isSyntax(text: string, i: number, pipes: boolean, tildes: boolean): boolean {
  const c = text[i] ?? '';
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  switch (c) {
    // A backslash escapes the punctuation after it, or breaks the line at a line's end.
    case '\\': return ASCII_PUNCTUATION.test(after) || after === '\n' || i === text.length - 1;
    case '`': case '[': case ']': return true;
    // Emphasis: a star between two spaces cannot open or close it, nor an underscore inside a word.
    case '*': return !(SPACE.test(before) && SPACE.test(after));
    case '_': return !(WORD.test(before) && WORD.test(after));
    // HTML, a comment or an autolink start with `<` and a letter, `/`, `!` or `?`.
    case '<': return /[A-Za-z/!?]/.test(after);
    case '&': return ENTITY.test(text.slice(i));
    // Strikethrough takes two tildes (a pair, or a fence of them).
    case '~': return tildes;
    case '|': return pipes;
    default: return false;
  }
}

/** Whether a text has two tildes or more: only then can they strike through. */
function hasTildePair(text: string): boolean {
  return (text.match(/~/g) ?? []).length > 1;
}

function escapeMarks(text: string, pipes: boolean, tildes = hasTildePair(text)): string {
  return text.replace(/[\\`*_[\]<&~|]/g, (c, i: number) => (isSyntax(text, i, pipes, tildes) ? `\\${c}` : c));
}

/** On one line: a newline becomes a space, and the ends lose their spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Typed text in the middle of a line (a fact, a subtitle between underscores, a bold intro): inline syntax only. */
export function escapeInline(text: string, options: InlineOptions = {}): string {
  const line = oneLine(text);
  return escapeMarks(line, options.pipes ?? false);
}

/** A table cell: inline syntax and the pipe; inside a row no mark starts a block. */
export function escapeCell(text: string): string {
  return escapeInline(text, { pipes: true });
}

/** A heading's text: inline syntax and a closing run of `#`, which would otherwise be dropped. */
export function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(^|\s)(#+)(\s*)$/, '$1\\$2$3');
}

/**
 * The start of a line that Markdown would read as a block: a quote, a heading, a bullet, a rule
 * or setext underline, and an ordered-list marker — any number where a block starts (`start`),
 * only 1 where the line would continue a paragraph, as CommonMark lets only that interrupt one.
 */
function escapeLineStart(line: string, start: boolean): string {
  if (/^(?:>|#{1,6}(?=\s|$)|[-+*](?=\s|$)|(?:-+|=+)\s*$)/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(line);
  if (ordered && (start || Number(ordered[1]) === 1)) return `${ordered[1]}\\${line.slice(ordered[1]?.length ?? 0)}`;
  return line;
}

/**
 * Typed text that starts a block (a paragraph, a list item, a quote): inline syntax, then what
 * would start a block at the beginning of a line. Lines lose their leading spaces (four would
 * make code); `oneLine` joins them with spaces, else each line is kept, a blank one starting a
 * new paragraph, and pipes are escaped too (two lines could make a table).
 */
export function escapeMarkdown(text: string, singleLine = true): string {
  if (singleLine) return escapeLineStart(escapeInline(text), true);
  const lines = text.split('\n').map((l) => l.trim());
  const tildes = hasTildePair(text);
  return lines.map((line, i) => escapeLineStart(escapeMarks(line, true, tildes), i === 0 || lines[i - 1] === '')).join('\n');
}
