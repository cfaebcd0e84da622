/**
 * Text normalisation shared by the detectors (FILTER-2): removes invisible characters, folds
 * compatibility forms (NFKC: fullwidth letters and digits, ligatures, circled letters), and
 * maps look-alike letters of one script onto another so that a word typed with a few
 * Cyrillic or Greek letters (or Latin letters in a Cyrillic word) reads as what it looks like.
 */

// Every format character (\p{Cf}: zero-width, bidi controls, tag characters, musical and
// shorthand format controls …) and every default-ignorable code point (variation selectors,
// Hangul fillers, Khmer inherent vowels, the combining grapheme joiner) is removed, and so is
// the Arabic tatweel, which only stretches a word. Hangul fillers and combining marks sit in an
// alternation, not a class: a class would read them as joined to the character before them.
const INVISIBLE = /\p{Cf}|\p{Default_Ignorable_Code_Point}|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u3164|\uFFA0|\u0640/gu;

/**
 * Letters NFKC leaves alone that read as Latin letters: small capitals (ꜰᴜᴄᴋ), squared,
 * negative circled and negative squared letters (🅵🆄🅲🅺), regional indicators (🇫🇺🇨🇰), the
 * long s; digits of other scripts (Arabic-Indic ٠١٢, Persian ۰۱۲, Devanagari, Bengali, Thai)
 * as ASCII digits, with the Arabic decimal and thousands separators; and the Persian letters
 * typed for Arabic ones (ک for ك, ی for ي, ۆ for و).
 */
const LETTER_FOLDS: ReadonlyMap<number, string> = new Map<number, string>([
  ...[...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'].map((c, i): [number, string] => [c.codePointAt(0) ?? 0, String.fromCharCode(97 + i)]),
  ...[0x1f130, 0x1f150, 0x1f170, 0x1f1e6].flatMap((base) => Array.from({ length: 26 }, (_, i): [number, string] => [base + i, String.fromCharCode(97 + i)])),
  ...[0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50].flatMap((zero) => Array.from({ length: 10 }, (_, i): [number, string] => [zero + i, String(i)])),
  [0x066b, '.'], [0x066c, ','], [0x017f, 's'], [0x06a9, 'ك'], [0x06cc, 'ي'], [0x06c6, 'و'], [0x06d5, 'ه'],
]);
const FOLDABLE = new RegExp(`[${[...LETTER_FOLDS.keys()].map((cp) => `\\u{${cp.toString(16)}}`).join('')}]`, 'gu');

/** Removes invisible characters, applies NFKC and folds the look-alikes NFKC keeps. */
export function clean(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS.get(c.codePointAt(0) ?? 0) ?? c);
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
  ['aа', 'bв', 'cс', 'eе', 'kк', 'mм', 'hн', 'oо', 'pр', 'tт', 'xх', 'yу', 'uи', 'rг', 'nп', '3з', '0о', '6б', '@а', '4ч', '9я', '1и'].map(
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
