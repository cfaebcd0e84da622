import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity';
import { clean, foldToCyrillic, foldToLatin, joinSpacedLetters, stripDiacritics } from './normalize.ts';
import { ABBREVIATION_PATTERNS, ACCENTED_PATTERNS, CYRILLIC_ABBREVIATIONS, CYRILLIC_PATTERNS, ENGLISH_WHITELIST, ENGLISH_WORDS_NOT_FLAGGED, OTHER_LANGUAGE_PATTERNS } from './profanityLexicon.ts';
import { ARABIC_PATTERNS, ARABIZI_PATTERNS, CHINESE_PATTERNS, foldArabic, hasHan, joinHan, PINYIN_PATTERNS, PINYIN_WITH_HAN_PATTERNS } from './profanityLexiconArabicChinese.ts';

/**
 * Profanity (FILTER-3): obscenity's English dataset and recommended transformers (leetspeak,
 * confusable letters, repeated letters, case), less the session's own vocabulary, plus curated
 * lists for French, Spanish, German, Portuguese, Italian, Russian, Arabic (and Arabizi) and
 * Chinese (and pinyin), and abbreviations ("stfu", "fdp", "hdp", "пздц", "nmsl"). Each text is
 * read as typed, with letter-by-letter spellings joined ("f u c k"), and with punctuation at
 * word edges read as spaces ("¡joder!", "(putain)"), after FILTER-2 normalisation.
 */

const englishData = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => ENGLISH_WORDS_NOT_FLAGGED.has(phrase.metadata?.originalWord ?? ''));
const englishBuilt = englishData.build();
const english = new RegExpMatcher({
  ...englishBuilt,
  whitelistedTerms: [...(englishBuilt.whitelistedTerms ?? []), ...ENGLISH_WHITELIST],
  ...englishRecommendedTransformers,
});

// A matcher of its own: the English dataset whitelists "fick" (against f?ck), German for fuck.
const otherLanguages = new RegExpMatcher({
  blacklistedTerms: OTHER_LANGUAGE_PATTERNS.flatMap((list) => list.patterns).map((source, id) => ({ id, pattern: parseRawPattern(source) })),
  whitelistedTerms: [...ENGLISH_WHITELIST],
  ...englishRecommendedTransformers,
});

/** True when the text holds a profane word in one of the covered languages. */
export function hasProfanity(text: string): boolean {
  const cleaned = clean(text).replace(CANTONESE_FUK, 'Fok');
  const han = hasHan(cleaned);
  const arabic = ARABIC.test(cleaned);
  return variants(han ? joinHan(cleaned) : cleaned).some((variant) => {
    const latin = stripDiacritics(foldToLatin(variant));
    if (english.hasMatch(latin) || otherLanguages.hasMatch(latin)) return true;
    const lower = latin.toLowerCase();
    if (ACCENTED_PATTERNS.some((pattern) => pattern.test(latin)) || ABBREVIATION_PATTERNS.some((pattern) => pattern.test(lower))) return true;
    if (ARABIZI_PATTERNS.some((pattern) => pattern.test(lower)) || PINYIN_PATTERNS.some((pattern) => pattern.test(lower))) return true;
    if (han && PINYIN_WITH_HAN_PATTERNS.some((pattern) => pattern.test(lower))) return true;
    if (han && CHINESE_PATTERNS.some((pattern) => pattern.test(variant))) return true;
    if (arabic) {
      const folded = foldArabic(variant);
      if (ARABIC_PATTERNS.some((pattern) => pattern.test(folded))) return true;
    }
    const cyrillic = foldToCyrillic(variant);
    return CYRILLIC_PATTERNS.some((pattern) => pattern.test(cyrillic)) || CYRILLIC_ABBREVIATIONS.some((pattern) => pattern.test(cyrillic));
  });
}

const ARABIC = /\p{sc=Arabic}/u;
/** Cantonese "Fuk" (福, fortune) in a Hong Kong street or estate name: "Fuk Wing Street", "Fuk Loi Estate". */
const CANTONESE_FUK = /(?<!\p{L})Fuk(?=(?: \p{Lu}\p{Ll}+){1,3} (?:Street|Road|Lane|Estate|Tsuen|Tsun|Village|Court|Gardens?|Building|House|Terrace|Path)(?!\p{L}))/gu;

const LONG_RUN = /(\p{L})\1{2,}/u;
/** Punctuation at a word's start or end (after a space or the text's start, or before a space or its end). */
const EDGE_PUNCTUATION = /(?<=^|\s)[^\p{L}\p{N}\s]+|[^\p{L}\p{N}\s]+(?=\s|$)/gu;
const MASK = /(?<=\p{L})[*#]+(?=\p{L})|(?<=\p{L}{2})[*#]+(?!\p{L})/u;

/**
 * The readings of a text that are screened: as typed; letter-by-letter spellings joined;
 * punctuation at word edges read as spaces; long
 * letter runs collapsed to one letter (obscenity keeps "ee", so "scheeeiße" needs this); and
 * each vowel in place of masking stars ("c*nt", "ph*ck").
 */
function variants(text: string): string[] {
  const joined = joinSpacedLetters(text);
  const readings = joined === text ? [text] : [text, joined];
  // obscenity reads "(" as c and "!" or "¡" as i (leetspeak): "(joder)" would be "cjoderi".
  const edges = joined.replace(EDGE_PUNCTUATION, ' ');
  if (edges !== joined) readings.push(edges);
  if (LONG_RUN.test(joined)) readings.push(joined.replace(/(\p{L})\1{2,}/gu, '$1'));
  if (MASK.test(joined)) for (const vowel of 'aeiou') readings.push(joined.replace(new RegExp(MASK.source, 'gu'), vowel));
  return readings;
}
