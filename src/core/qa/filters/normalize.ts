/**
 * Text normalisation shared by the detectors (FILTER-2): removes invisible characters, folds
 * compatibility forms (NFKC: fullwidth letters and digits, ligatures, circled letters), and
 * maps look-alike letters of one script onto another so that a word typed with a few
 * Cyrillic or Greek letters (or Latin letters in a Cyrillic word) reads as what it looks like.
 */

// Hangul fillers, Khmer inherent vowels and combining marks sit in an alternation, not a
// class: a class would read them as joined to the character before them.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u3164|\uFFA0|\p{Variation_Selector}/gu;

/** Removes invisible characters and applies NFKC. */
export function clean(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Cyrillic and Greek letters that look like a Latin letter, with that letter. */
const TO_LATIN: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic, lower then upper case.
    'аa', 'вb', 'еe', 'ёe', 'кk', 'мm', 'нh', 'оo', 'рp', 'сc', 'тt', 'уy', 'хx', 'ѕs', 'іi', 'їi', 'јj', 'һh', 'ԁd', 'ԛq', 'ԝw', 'ӏl', 'үy',
    'АA', 'ВB', 'ЕE', 'ЁE', 'КK', 'МM', 'НH', 'ОO', 'РP', 'СC', 'ТT', 'УY', 'ХX', 'ЅS', 'ІI', 'ЇI', 'ЈJ', 'ҺH', 'ӀI', 'ҮY',
    // Greek, lower then upper case.
    'αa', 'βb', 'εe', 'ηn', 'ιi', 'κk', 'νv', 'οo', 'ρp', 'τt', 'υu', 'χx', 'γy', 'ωw',
    'ΑA', 'ΒB', 'ΕE', 'ΗH', 'ΙI', 'ΚK', 'ΜM', 'ΝN', 'ΟO', 'ΡP', 'ΤT', 'ΥY', 'ΧX', 'ΖZ',
  ].map((pair) => [pair.slice(0, -1), pair.slice(-1)] as const),
);

/** Latin letters, digits and signs that look like a Cyrillic letter, with that letter. */
const TO_CYRILLIC: ReadonlyMap<string, string> = new Map(
  ['aа', 'bв', 'cс', 'eе', 'kк', 'mм', 'hн', 'oо', 'pр', 'tт', 'xх', 'yу', 'uи', 'rг', 'nп', '3з', '0о', '6б', '@а', '4ч'].map(
    (pair) => [pair.slice(0, -1), pair.slice(-1)] as const,
  ),
);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK_OR_CYRILLIC = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD = /[\p{L}\p{N}@$]+/gu;

/** Maps Cyrillic and Greek look-alikes in every word to Latin letters. */
export function foldToLatin(text: string): string {
  if (!GREEK_OR_CYRILLIC.test(text)) return text;
  return text.replace(WORD, (word) => (GREEK_OR_CYRILLIC.test(word) ? [...word].map((c) => TO_LATIN.get(c) ?? c).join('') : word));
}

/**
 * Lower-cases, maps Latin look-alikes to Cyrillic in words that hold a Cyrillic letter (a
 * word all in Latin letters stays Latin: it is English or a transliteration), folds ё to е
 * and collapses repeated letters.
 */
export function foldToCyrillic(text: string): string {
  return text
    .toLowerCase()
    .replace(WORD, (word) => (CYRILLIC.test(word) ? [...word].map((c) => TO_CYRILLIC.get(c) ?? c).join('') : word))
    .replace(/ё/gu, 'е')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Removes diacritics (é → e, ü → u), keeping ñ apart from n (Spanish coño is not cono), and ß → ss. */
export function stripDiacritics(text: string): string {
  return text
    .replace(/ñ/gu, '\uE000')
    .replace(/Ñ/gu, '\uE001')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/\uE000/gu, 'ñ')
    .replace(/\uE001/gu, 'Ñ')
    .replace(/ß/gu, 'ss');
}

/**
 * Joins words spelled out letter by letter ("f u c k", "f.u.c.k", "s-h-1-t"): a run of three
 * or more single characters separated by spaces or punctuation becomes one word.
 */
export function joinSpacedLetters(text: string): string {
  return text.replace(SPACED, (run) => run.replace(/[^\p{L}\p{N}@$]/gu, ''));
}

const SPACED = /(?<![\p{L}\p{N}@$])[\p{L}\p{N}@$](?:[\s.\-_*·•|/\\,:;'"+~]{1,3}[\p{L}\p{N}@$](?![\p{L}\p{N}@$])){2,}/gu;
