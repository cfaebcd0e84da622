import type { RefusalKey } from './refusals.en.ts';
import type { organisersEn } from './organisers.en.ts';

/**
 * Spanish texts of organiser access (issue 19 part 8), for the lead to spread into the Spanish
 * catalogs when merging: `organisersEs` into the staff part, `organiserRefusalsEs` into
 * the main part (where the refusals live). Typed against the English keys, so none is missing.
 */
export const organisersEs: Readonly<Record<keyof typeof organisersEn, string>> = {
  'organisers.eyebrow': 'Administración del despliegue',
  'organisers.heading': 'Organizadores',
  'organisers.intro': 'Dé a cada organizador un enlace propio para sus sesiones. Solo ve y cambia esas sesiones; las que cree se suman a ellas. Revoque un enlace cuando quiera: deja de funcionar al instante.',
  'organisers.backToHost': 'Volver a las sesiones',
  'organisers.formHeading': 'Nuevo enlace de organizador',
  'organisers.label': 'Para quién',
  'organisers.labelHint': 'Como lo reconocerá, p. ej. «Equipo de la sala B» (hasta 60 caracteres).',
  'organisers.labelMissing': 'Indique para quién es este enlace.',
  'organisers.sessions': 'Sus sesiones',
  'organisers.sessionsMissing': 'Elija al menos una sesión.',
  'organisers.noSessions': 'Todavía no hay sesiones: cree una primero.',
  'organisers.create': 'Crear el enlace',
  'organisers.created': 'El enlace para {label}. Solo se muestra esta vez: envíelo ahora.',
  'organisers.listHeading': 'Enlaces de organizadores',
  'organisers.empty': 'Todavía no hay enlaces de organizador.',
  'organisers.col.label': 'Para',
  'organisers.col.sessions': 'Sesiones',
  'organisers.sessionGone': '(eliminada)',
  'organisers.revokeConfirm': '¿Revocar el enlace para {label}? Deja de funcionar al instante y sus páginas abiertas se desconectan.',
  'organisers.revokeLabel': 'Revocar el enlace para {label}',
  'organisers.revokedDone': 'Enlace para {label} revocado. Conexiones abiertas cerradas: {count}.',
  'organisers.adminOnly': 'Solo la administración del despliegue (el token de anfitrión) puede gestionar organizadores.',
  'organisers.manage': 'Organizadores',
  'organisers.signedInAs': 'Organizador: {label}. Solo ve sus sesiones.',
  'audit.action.organiser.granted': 'Dio acceso a un organizador',
  'audit.action.organiser.revoked': 'Revocó el acceso de un organizador',
};

export const organiserRefusalsEs: Readonly<Record<Extract<RefusalKey, `refusal.organiser.${string}`>, string>> = {
  'refusal.organiser.revoked': 'este acceso de organizador fue revocado',
  'refusal.organiser.notYourSession': 'este acceso de organizador no incluye esta sesión',
  'refusal.organiser.adminOnly': 'solo la administración del despliegue puede hacer esto',
  'refusal.organiser.notFound': 'no existe ese acceso de organizador, o ya está revocado',
  'refusal.organiser.unknownSession': 'no hay ninguna sesión {sessionId}',
};
