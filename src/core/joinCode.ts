/**
 * Join codes: nine digits, easy to read off a projector and type on a phone's number pad.
 * Shown grouped in threes ("482 913 706"); accepted with or without spaces and dashes.
 *
 * Why nine (SESS-3, LIMIT-2): a wrong code costs one of `JOIN_CODE_MISSES_PER_IP` (20) tries
 * per `JOIN_CODE_MISS_WINDOW_SECONDS` (600 s) from one address, 2 a minute. Walking the
 * 10^9 codes from one address takes 10^9 ÷ 2 = 5 × 10^8 minutes, about 950 years; finding
 * any one of S live sessions takes 950 ÷ S years on average (over a year while fewer than
 * 950 codes are live on a server). Six digits at the same limit would be 10^6 ÷ 2 minutes,
 * under a year for the whole space and days for one session among a hundred.
 */
export const JOIN_CODE_LENGTH = 9;

/**
 * Codes of sessions created before codes grew to nine digits (six digits) are still accepted,
 * so that printed codes keep working; those sessions go with their retention period.
 */
export const LEGACY_JOIN_CODE_LENGTH = 6;

/** Makes a code from a source of random integers in [0, 10). */
export function makeJoinCode(randomDigit: () => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += String(randomDigit());
  return code;
}

/** Digits only, or null if it cannot be a join code (nine digits, or six for an older session). */
export function normaliseJoinCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^(?:\d{9}|\d{6})$/.test(digits) ? digits : null;
}

/** The code grouped in threes for reading aloud and typing: "482 913 706". */
export function formatJoinCode(code: string): string {
  return code.replace(/(\d{3})(?=\d)/g, '$1 ');
}
