/**
 * Text normalisation shared by the detectors (FILTER-2): removes invisible characters, folds
 * compatibility forms (NFKC: fullwidth letters and digits, ligatures, circled letters) and
 * maps look-alike letters of other scripts onto the script a word is written in.
 */

/** Zero-width and invisible format characters used to split words past a filter. */
// Combining marks (U+034F, variation selectors) sit in an alternation, not a class: a class
// would read them as joined to the character before them.
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|\u034F|\p{Variation_Selector}/gu;

/** Removes invisible characters and applies NFKC. Keeps length changes local to those characters. */
export function clean(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}
