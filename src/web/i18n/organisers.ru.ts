import type { RefusalKey } from './refusals.en.ts';
import type { organisersEn } from './organisers.en.ts';

/**
 * Russian texts of organiser access (issue 19 part 8), for the lead to spread into the Russian
 * catalogs when merging: `organisersRu` into the staff part, `organiserRefusalsRu` into
 * the main part (where the refusals live). Typed against the English keys, so none is missing.
 */
export const organisersRu: Readonly<Record<keyof typeof organisersEn, string>> = {
  'organisers.eyebrow': 'Администратор развёртывания',
  'organisers.heading': 'Координаторы',
  'organisers.intro': 'Дайте каждому координатору собственную ссылку на его сессии. Он видит и меняет только эти сессии; созданные им сессии добавляются к ним. Ссылку можно отозвать в любой момент: она сразу перестаёт работать.',
  'organisers.backToHost': 'Назад к сессиям',
  'organisers.formHeading': 'Новая ссылка координатора',
  'organisers.label': 'Для кого',
  'organisers.labelHint': 'Так, чтобы вы узнали, например «Команда зала B» (до 60 символов).',
  'organisers.labelMissing': 'Укажите, для кого эта ссылка.',
  'organisers.sessions': 'Его сессии',
  'organisers.sessionsMissing': 'Выберите хотя бы одну сессию.',
  'organisers.noSessions': 'Сессий пока нет: сначала создайте сессию.',
  'organisers.create': 'Создать ссылку',
  'organisers.created': 'Ссылка для {label}. Она показывается только один раз: отправьте её сейчас.',
  'organisers.listHeading': 'Ссылки координаторов',
  'organisers.empty': 'Ссылок координаторов пока нет.',
  'organisers.col.label': 'Для кого',
  'organisers.col.sessions': 'Сессии',
  'organisers.sessionGone': '(удалена)',
  'organisers.revokeConfirm': 'Отозвать ссылку для {label}? Она сразу перестанет работать, а открытые страницы будут отключены.',
  'organisers.revokeLabel': 'Отозвать ссылку для {label}',
  'organisers.revokedDone': 'Ссылка для {label} отозвана. Закрыто открытых соединений: {count}.',
  'organisers.adminOnly': 'Управлять координаторами может только администратор развёртывания (с токеном организатора).',
  'organisers.manage': 'Координаторы',
  'organisers.signedInAs': 'Координатор: {label}. Вы видите только свои сессии.',
  'audit.action.organiser.granted': 'Выдал(а) доступ координатору',
  'audit.action.organiser.revoked': 'Отозвал(а) доступ координатора',
};

export const organiserRefusalsRu: Readonly<Record<Extract<RefusalKey, `refusal.organiser.${string}`>, string>> = {
  'refusal.organiser.revoked': 'этот доступ координатора отозван',
  'refusal.organiser.notYourSession': 'этот доступ координатора не включает эту сессию',
  'refusal.organiser.adminOnly': 'это может сделать только администратор развёртывания',
  'refusal.organiser.notFound': 'такого доступа координатора нет, или он уже отозван',
  'refusal.organiser.unknownSession': 'сессии {sessionId} нет',
};
