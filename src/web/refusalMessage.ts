import type { ErrorCode } from '../core/errors.ts';
import { ApiError, CommandRefused, type Refusal } from '../client/refusal.ts';
import { hasMessage, t, type MessageKey } from './i18n/index.ts';

/** Plain-language text by code, for a refusal whose reason this page does not know. */
const BY_CODE: Partial<Record<ErrorCode, MessageKey>> = {
  invalid_state: 'error.invalidState',
  not_found: 'error.notFound',
  rate_limited: 'error.rateLimited',
  forbidden: 'error.forbidden',
  internal: 'error.internal',
  conduct_required: 'error.conductRequired',
};

/**
 * Parameters whose values are names the catalog can say in the reader's language: a role, a
 * plan setting, a question's status. A value the loaded texts do not name is shown as sent.
 */
const NAMED_PARAMS: Record<string, (value: string) => string> = {
  role: (value) => `role.${value}`,
  // `participant.only` names the action in English words ("raise a hand"): its key is the words
  // in camel case (`participantAction.raiseAHand`), in the main part since a phone can meet it.
  action: (value) => `participantAction.${camelCase(value)}`,
  // Only the host changes settings, so only the host page (with its staff texts) meets this
  // refusal: the names stay out of the phone's bundle (I18N-2), where the id is shown.
  setting: (value) => 'audit.setting.' + value,
  status: (value) => `qa.status.${value}`,
};

/** "raise a hand" → "raiseAHand". */
function camelCase(words: string): string {
  return words.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Lets a page whose text parts name more parameters translate them too: the staff pages name
 * the commands of `command.forbidden` (`staffRefusalParams.ts`), which stay out of the phone's
 * bundle (I18N-2).
 */
export function nameRefusalParam(name: string, key: (value: string) => string): void {
  NAMED_PARAMS[name] = key;
}

function translatedParams(params: Refusal['params']): Refusal['params'] {
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) {
    const key = typeof value === 'string' ? NAMED_PARAMS[name]?.(value) : undefined;
    if (key !== undefined && hasMessage(key)) out[name] = t(key);
  }
  return out;
}

/** A refusal in the reader's language: its reason's text from the catalog (PROTO-8). */
export function refusalText(refusal: Refusal): string {
  if (refusal.reason !== null) return t(`refusal.${refusal.reason}`, translatedParams(refusal.params));
  const key = BY_CODE[refusal.code];
  return key ? t(key) : refusal.message;
}

/** What to tell a person about a failed command or request. */
export function refusalMessage(error: unknown): string {
  if (error instanceof CommandRefused || error instanceof ApiError) return refusalText(error);
  return t('error.network');
}
