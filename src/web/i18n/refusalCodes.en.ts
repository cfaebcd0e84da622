/**
 * English texts a page shows for a refusal while the refusals' own texts (refusals.en.ts) are
 * still being fetched: one per error code, true of every reason with that code. Spread into the
 * main part (I18N-2).
 */
export const refusalCodesEn = {
  'error.badFrame': 'The server could not read this. Reload the page and try again.',
  'error.tooLarge': 'This is too long to send.',
  'error.notConnected': 'Still connecting. Try again in a moment.',
  'error.linkInvalid': 'This link is not valid any more.',
  'error.gone': 'This no longer exists.',
  'error.notNow': 'This is not possible right now.',
  'error.notAccepted': 'This was not accepted. Check what you entered and try again.',
  'error.alreadySent': 'This was already sent.',
} as const;
