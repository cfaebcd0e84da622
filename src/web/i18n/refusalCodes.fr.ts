/**
 * French texts a page shows for a refusal while the refusals' own texts (refusals.fr.ts) are
 * still being fetched: one per error code, true of every reason with that code. Spread into the
 * main part (I18N-2).
 */
import type { refusalCodesEn } from './refusalCodes.en.ts';

export const refusalCodesFr: Readonly<Record<keyof typeof refusalCodesEn, string>> = {
  'error.badFrame': 'Le serveur n’a pas pu lire ceci. Rechargez la page et réessayez.',
  'error.tooLarge': 'C’est trop long pour être envoyé.',
  'error.notConnected': 'Connexion en cours. Réessayez dans un instant.',
  'error.linkInvalid': 'Ce lien n’est plus valide.',
  'error.gone': 'Ceci n’existe plus.',
  'error.notNow': 'Ce n’est pas possible pour le moment.',
  'error.notAccepted': 'Ceci n’a pas été accepté. Vérifiez ce que vous avez saisi et réessayez.',
  'error.alreadySent': 'Ceci a déjà été envoyé.',
};
