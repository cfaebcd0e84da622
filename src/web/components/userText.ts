/**
 * I18N-12: the attributes of an element that holds what someone wrote — a question, a name or
 * label typed by a host or a moderator, an agenda title, a poll's question or option, a note, a
 * word of a word cloud. `dir="auto"` lays the element out in the direction of the text's own
 * first letter, whatever the page's, so an English question on an Arabic page keeps its "?"
 * and its ellipsis at its right end and its numbers in place, and an Arabic agenda title on an
 * English page reads right to left with its ellipsis on the left. The `data-user-text` marker
 * gives it the per-paragraph direction of I18N-3 (`styles/base.css`). Spread it on the element
 * that holds the text alone (`<p class="…" {...USER_TEXT}>{question.text}</p>`); inside a
 * sentence of the page's own words, put the text in a `<bdi>` instead.
 */
export const USER_TEXT = { dir: 'auto', 'data-user-text': '' } as const;

/**
 * I18N-12: what someone wrote, set apart for a place that holds plain text only (an `<option>`'s
 * sentence, a detail line of the audit log built as a string): between a first-strong isolate and its pop, the text
 * takes the direction of its own first letter, as in a `<bdi dir="auto">`, and neither it nor
 * the sentence around it pulls the other's punctuation or numbers to its side.
 */
export function isolatedUserText(text: string): string {
  return `\u2068${text}\u2069`;
}
