import { MAX_ANSWER_LENGTH, MAX_WORD_LENGTH } from '../plan.ts';

/**
 * Words and answers of word-cloud and open-text polls (POLL-24, POLL-25): how an entry is
 * normalised and which words carry no meaning. The key a moderator's verdict names is in
 * `entryKey.ts`.
 */

/** Words that carry no meaning on their own, in the six UN languages (POLL-24). */
export const STOP_WORDS: Readonly<Record<'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es', readonly string[]>> = {
  en: ['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was', 'were', 'be', 'it', 'its', 'this', 'that', 'as', 'i', 'we', 'you', 'they', 'my', 'our', 'not', 'no', 'so', 'very', 'more', 'just'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'mais', 'en', 'au', 'aux', 'pour', 'par', 'sur', 'avec', 'dans', 'est', 'sont', 'ce', 'cette', 'ces', 'je', 'nous', 'vous', 'ils', 'elles', 'il', 'elle', 'ne', 'pas', 'que', 'qui', 'très', 'plus'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'al', 'a', 'en', 'por', 'para', 'con', 'sin', 'es', 'son', 'que', 'se', 'su', 'sus', 'lo', 'yo', 'nosotros', 'muy', 'más', 'no'],
  ru: ['и', 'в', 'во', 'не', 'что', 'он', 'на', 'я', 'с', 'со', 'как', 'а', 'то', 'все', 'она', 'так', 'его', 'но', 'да', 'ты', 'к', 'у', 'же', 'вы', 'за', 'бы', 'по', 'от', 'это', 'из', 'мы', 'для', 'очень', 'или'],
  ar: ['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'و', 'أو', 'او', 'ثم', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'هو', 'هي', 'نحن', 'أنا', 'انا', 'لا', 'ما', 'كان', 'قد', 'كل', 'جدا'],
  zh: ['的', '了', '是', '在', '和', '与', '或', '也', '就', '都', '而', '及', '着', '我', '我们', '你', '他', '她', '它', '这', '那', '很', '不'],
};

const STOP = new Set(Object.values(STOP_WORDS).flat());

// Arabic diacritics and the tatweel change how a word is drawn, not which word it is.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * A word-cloud entry as it is counted: Unicode-normalised, lower case, punctuation and stop
 * words removed, at most MAX_WORD_LENGTH characters; '' when nothing meaningful is left.
 */
export function normaliseWord(entry: string): string {
  const tokens = entry.normalize('NFKC').toLowerCase().replace(ARABIC_MARKS, '').replace(NOT_WORD, ' ').trim().split(/\s+/u);
  return tokens.filter((t) => t !== '' && !STOP.has(t)).join(' ').slice(0, MAX_WORD_LENGTH).trim();
}

/** An open-text answer as it is kept: spaces collapsed, at most MAX_ANSWER_LENGTH characters. */
export function cleanAnswer(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, MAX_ANSWER_LENGTH);
}
