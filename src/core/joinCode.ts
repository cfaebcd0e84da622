/**
 * Join codes: six digits, easy to read off a projector and type on a phone's number pad.
 * Shown grouped ("482 913"); accepted with or without spaces.
 */
export const JOIN_CODE_LENGTH = 6;

/** Makes a code from a source of random integers in [0, 10). */
export function makeJoinCode(randomDigit: () => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += String(randomDigit());
  return code;
}

/** Digits only, or null if it cannot be a join code. */
export function normaliseJoinCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
