import type { RefusalKey } from './refusals.en.ts';
import type { organisersEn } from './organisers.en.ts';

/**
 * French texts of organiser access (issue 19 part 8), for the lead to spread into the French
 * catalogs when merging: `organisersFr` into the staff part, `organiserRefusalsFr` into
 * the main part (where the refusals live). Typed against the English keys, so none is missing.
 */
export const organisersFr: Readonly<Record<keyof typeof organisersEn, string>> = {
  'organisers.eyebrow': 'Administration du déploiement',
  'organisers.heading': 'Organisateurs',
  'organisers.intro': 'Donnez à chaque organisateur un lien à lui pour ses sessions. Il ne voit et ne modifie que ces sessions ; celles qu’il crée s’y ajoutent. Révoquez un lien à tout moment : il cesse aussitôt de fonctionner.',
  'organisers.backToHost': 'Retour aux sessions',
  'organisers.formHeading': 'Nouveau lien d’organisateur',
  'organisers.label': 'Pour qui',
  'organisers.labelHint': 'Tel que vous le reconnaîtrez, p. ex. « Équipe salle B » (60 caractères au plus).',
  'organisers.labelMissing': 'Indiquez pour qui est ce lien.',
  'organisers.sessions': 'Ses sessions',
  'organisers.sessionsMissing': 'Choisissez au moins une session.',
  'organisers.noSessions': 'Aucune session pour l’instant : créez-en une d’abord.',
  'organisers.create': 'Créer le lien',
  'organisers.created': 'Le lien pour {label}. Il n’est affiché qu’une fois : envoyez-le maintenant.',
  'organisers.listHeading': 'Liens d’organisateurs',
  'organisers.empty': 'Aucun lien d’organisateur pour l’instant.',
  'organisers.col.label': 'Pour',
  'organisers.col.sessions': 'Sessions',
  'organisers.sessionGone': '(supprimée)',
  'organisers.revokeConfirm': 'Révoquer le lien pour {label} ? Il cesse aussitôt de fonctionner et ses pages ouvertes sont déconnectées.',
  'organisers.revokeLabel': 'Révoquer le lien pour {label}',
  'organisers.revokedDone': 'Lien pour {label} révoqué. Connexions ouvertes fermées : {count}.',
  'organisers.adminOnly': 'Seul l’administrateur du déploiement (le jeton d’hôte) peut gérer les organisateurs.',
  'organisers.manage': 'Organisateurs',
  'organisers.signedInAs': 'Organisateur : {label}. Vous ne voyez que vos sessions.',
  'audit.action.organiser.granted': 'A donné un accès d’organisateur',
  'audit.action.organiser.revoked': 'A révoqué un accès d’organisateur',
};

export const organiserRefusalsFr: Readonly<Record<Extract<RefusalKey, `refusal.organiser.${string}`>, string>> = {
  'refusal.organiser.revoked': 'cet accès d’organisateur a été révoqué',
  'refusal.organiser.notYourSession': 'cet accès d’organisateur ne comprend pas cette session',
  'refusal.organiser.adminOnly': 'seul l’administrateur du déploiement peut faire cela',
  'refusal.organiser.notFound': 'accès d’organisateur inexistant ou déjà révoqué',
  'refusal.organiser.unknownSession': 'il n’y a pas de session {sessionId}',
};
