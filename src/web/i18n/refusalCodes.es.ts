/**
 * Spanish texts a page shows for a refusal while the refusals' own texts (refusals.es.ts) are
 * still being fetched: one per error code, true of every reason with that code. Spread into the
 * main part (I18N-2).
 */
import type { refusalCodesEn } from './refusalCodes.en.ts';

export const refusalCodesEs: Readonly<Record<keyof typeof refusalCodesEn, string>> = {
  'error.badFrame': 'El servidor no pudo leer esto. Recargue la página y vuelva a intentarlo.',
  'error.tooLarge': 'Es demasiado largo para enviarlo.',
  'error.notConnected': 'Todavía conectando. Vuelva a intentarlo en un momento.',
  'error.linkInvalid': 'Este enlace ya no es válido.',
  'error.gone': 'Esto ya no existe.',
  'error.notNow': 'Esto no es posible en este momento.',
  'error.notAccepted': 'No se aceptó. Revise lo que escribió y vuelva a intentarlo.',
  'error.alreadySent': 'Esto ya se envió.',
};
