/**
 * What a question's text may be (QA-14), shared by the command schema (which tidies it) and
 * the Q&A decide code (which refuses what is left over with a reason a person can read).
 * Light on purpose: the browser bundle takes it with the schemas.
 */

/**
 * The text as it is kept: line ends as `\n`, tabs as spaces, no space around it. A pasted
 * tab or Windows line end is not worth refusing a question for.
 */
export function tidyQuestionText(raw: string): string {
  return raw.replace(/\r\n?/gu, '\n').replace(/\t/gu, ' ').trim();
}

// Characters that draw nothing: Hangul fillers, the blank braille pattern, Khmer inherent
// vowels and the combining grapheme joiner. They are letters, symbols or marks to Unicode, so
// the "something visible" test below would otherwise count them. The marks sit in an
// alternation, not a class: a class would read them as joined to the character before them.
const BLANK_LETTERS = /[\u115F\u1160\u2800\u3164\uFFA0]|\u034F|\u17B4|\u17B5/gu;
/** A character that shows: a letter, digit, punctuation or symbol (marks only ride on these). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** A control character other than the line break. */
const CONTROL = /[^\P{Cc}\n]/u;

/** Why a (tidied) question text cannot be taken, or null when it can. */
export function questionTextProblem(text: string): 'qa.controlCharacter' | 'qa.emptyText' | null {
  if (CONTROL.test(text)) return 'qa.controlCharacter';
  // Format characters (zero-width spaces and joiners, direction marks), variation selectors
  // and spaces are not in VISIBLE: a text of only these shows as nothing.
  if (!VISIBLE.test(text.replace(BLANK_LETTERS, ''))) return 'qa.emptyText';
  return null;
}
