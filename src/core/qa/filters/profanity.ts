import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity';
import { clean, foldToCyrillic, foldToLatin, joinSpacedLetters, stripDiacritics } from './normalize.ts';
import { ACCENTED_PATTERNS, CYRILLIC_PATTERNS, ENGLISH_WHITELIST, ENGLISH_WORDS_NOT_FLAGGED, OTHER_LANGUAGE_PATTERNS } from './profanityLexicon.ts';

/**
 * Profanity (FILTER-3): obscenity's English dataset and recommended transformers (leetspeak,
 * confusable letters, repeated letters, case), less the session's own vocabulary, plus curated
 * lists for French, Spanish, German, Portuguese, Italian and Russian. Each text is read as
 * typed and with letter-by-letter spellings joined ("f u c k"), after FILTER-2 normalisation.
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
  ...englishRecommendedTransformers,
});

/** True when the text holds a profane word in one of the covered languages. */
export function hasProfanity(text: string): boolean {
  return variants(clean(text)).some((variant) => {
    const latin = stripDiacritics(foldToLatin(variant));
    if (english.hasMatch(latin) || otherLanguages.hasMatch(latin)) return true;
    if (ACCENTED_PATTERNS.some((pattern) => pattern.test(latin))) return true;
    const cyrillic = foldToCyrillic(variant);
    return CYRILLIC_PATTERNS.some((pattern) => pattern.test(cyrillic));
  });
}

const LONG_RUN = /(\p{L})\1{2,}/u;
const MASK = /(?<=\p{L})[*#]+(?=\p{L})|(?<=\p{L}{2})[*#]+(?!\p{L})/u;

/**
 * The readings of a text that are screened: as typed; letter-by-letter spellings joined; long
 * letter runs collapsed to one letter (obscenity keeps "ee", so "scheeeiße" needs this); and
 * each vowel in place of masking stars ("c*nt", "ph*ck").
 */
function variants(text: string): string[] {
  const joined = joinSpacedLetters(text);
  const readings = joined === text ? [text] : [text, joined];
  if (LONG_RUN.test(joined)) readings.push(joined.replace(/(\p{L})\1{2,}/gu, '$1'));
  if (MASK.test(joined)) for (const vowel of 'aeiou') readings.push(joined.replace(new RegExp(MASK.source, 'gu'), vowel));
  return readings;
}
