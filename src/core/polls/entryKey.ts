/*
 * The short key a moderator's verdict names (POLL-24, POLL-25), apart from the word lists of
 * `pollWords.ts`: the phone works it out for every public entry (`tallyWire.ts`) and its first
 * script carries this, not the stop words of six languages. The key, not the text, goes into
 * the event log: the text stays a contribution, deleted with the votes when the session's
 * retention ends.
 */

/**
 * The key of an entry: answers that differ only in case and spacing share it, so a verdict
 * covers them all. FNV-1a over the lower-case text, in base 36: short, stable, no clock.
 */
export function entryKey(entry: string): string {
  const text = entry.toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `e${hash.toString(36)}${text.length.toString(36)}`;
}
