/**
 * Russian texts a page shows for a refusal while the refusals' own texts (refusals.ru.ts) are
 * still being fetched: one per error code, true of every reason with that code. Spread into the
 * main part (I18N-2).
 */
import type { refusalCodesEn } from './refusalCodes.en.ts';

export const refusalCodesRu: Readonly<Record<keyof typeof refusalCodesEn, string>> = {
  'error.badFrame': 'Сервер не смог это прочитать. Обновите страницу и попробуйте снова.',
  'error.tooLarge': 'Это слишком длинно для отправки.',
  'error.notConnected': 'Идёт подключение. Попробуйте снова чуть позже.',
  'error.linkInvalid': 'Эта ссылка больше не действует.',
  'error.gone': 'Этого больше нет.',
  'error.notNow': 'Сейчас это невозможно.',
  'error.notAccepted': 'Это не принято. Проверьте введённое и попробуйте снова.',
  'error.alreadySent': 'Это уже отправлено.',
};
