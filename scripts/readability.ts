/**
 * Readability of the privacy texts a participant reads (PRIV-9): docs/PRIVACY.md and the
 * app's /privacy page (the `privacy.*` strings of the English catalogs). Prints the Flesch
 * reading ease and the Flesch-Kincaid grade of each and fails past grade 7 (a thirteen-year-old
 * reads grade 7). The formulas are wooorm's `flesch` and `flesch-kincaid`, syllables are
 * counted by `syllable`; words and sentences are counted here, from the text without Markdown.
 * Run: `npm run readability`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { englishTexts as en } from '../test/support/englishTexts.ts';

/** The highest Flesch-Kincaid grade a privacy text may have. */
export const MAX_GRADE = 7;

export interface Readability {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Flesch reading ease: higher is easier; 70–80 is "fairly easy" (grade 7). */
  readonly readingEase: number;
  /** Flesch-Kincaid grade level (US school grade). */
  readonly grade: number;
}

/** Inline Markdown as the words a reader sees: link text without its address, code and emphasis as plain text. */
function plainInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/[*_]{1,3}([^*_\n]+)[*_]{1,3}/g, '$1');
}

/** A text split after each full stop, question mark or exclamation mark. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/);
}

/**
 * Markdown as the sentences a reader reads: a list item and a table cell each end a sentence
 * (a reader stops there), the lines of a paragraph run on until a blank line; headings, table
 * rules and HTML comments are left out.
 */
export function markdownSentences(markdown: string): string[] {
  const units: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    const line = raw.trim();
    if (line === '' || /^\|?[\s:|-]+\|?$/.test(line)) {
      endParagraph();
    } else if (line.startsWith('|')) {
      endParagraph();
      units.push(...line.split('|').map((c) => c.trim()).filter(Boolean));
    } else if (/^(#{1,6}|[-*+]|\d+\.)\s+/.test(line)) {
      endParagraph();
      // Headings are left out: short, they would pull the grade down. A list item may run on
      // over its indented next lines.
      if (!line.startsWith('#')) paragraph.push(line.replace(/^([-*+]|\d+\.)\s+/, ''));
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return units.flatMap((unit) => splitSentences(plainInline(unit))).map((s) => s.trim()).filter((s) => wordsOf(s).length > 0);
}

/** Words: runs of letters and digits, with inner apostrophes and hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The scores of a text given as its sentences. */
export function readabilityOf(sentences: readonly string[]): Readability {
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const counts = { sentence: sentences.length, word: words.length, syllable: syllables };
  return { sentences: counts.sentence, words: counts.word, syllables, readingEase: flesch(counts), grade: fleschKincaid(counts) };
}

/** The /privacy page's sentences: its strings in the English catalog, in order, without headings and link texts (as for Markdown). */
export function privacyPageSentences(): string[] {
  return Object.entries(en)
    .filter(([key]) => key.startsWith('privacy.') && !/(Title|\.title|\.back|\.joinLink)$/.test(key))
    .flatMap(([, text]) => splitSentences(text))
    .filter((s) => wordsOf(s).length > 0);
}

function main(): void {
  const texts = [
    { name: 'docs/PRIVACY.md', sentences: markdownSentences(readFileSync('docs/PRIVACY.md', 'utf8')) },
    { name: '/privacy page (en.ts privacy.*)', sentences: privacyPageSentences() },
  ];
  let failed = false;
  console.log('| Text | Sentences | Words | Flesch reading ease | Flesch-Kincaid grade |\n|---|---:|---:|---:|---:|');
  for (const { name, sentences } of texts) {
    const r = readabilityOf(sentences);
    console.log(`| ${name} | ${String(r.sentences)} | ${String(r.words)} | ${r.readingEase.toFixed(1)} | ${r.grade.toFixed(1)} |`);
    if (r.grade > MAX_GRADE) failed = true;
  }
  if (process.argv.includes('--hardest')) {
    for (const { name, sentences } of texts) {
      const ranked = sentences.map((s) => ({ s, grade: readabilityOf([s]).grade })).sort((a, b) => b.grade - a.grade).slice(0, 8);
      console.log(`\nHardest sentences of ${name}:`);
      for (const { s, grade } of ranked) console.log(`- ${grade.toFixed(1)}: ${s}`);
    }
  }
  if (failed) {
    console.error(`\nA privacy text is above grade ${String(MAX_GRADE)}: use shorter sentences and shorter words.`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
