import type { ErrorCode } from '../core/errors.ts';
import { ApiError, CommandRefused, type Refusal } from '../client/refusal.ts';
import { currentLocale, hasMessage, pluralKey, t, type MessageKey } from './i18n/index.ts';
import { laterTextsReady } from './i18n/laterTexts.ts';

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
 * What a page says while the refusals' texts (in the `later` part, WEB-7) are still on their
 * way: a text true of every refusal with the code, in the reader's language.
 */
const WHILE_LOADING: Record<ErrorCode, MessageKey> = {
  bad_frame: 'error.badFrame',
  frame_too_large: 'error.tooLarge',
  protocol_mismatch: 'error.outdated',
  not_authenticated: 'error.notConnected',
  unauthorised: 'error.linkInvalid',
  forbidden: 'error.forbidden',
  not_found: 'error.gone',
  invalid_state: 'error.notNow',
  invalid_input: 'error.notAccepted',
  rate_limited: 'error.rateLimited',
  internal: 'error.internal',
  conduct_required: 'error.conductRequired',
  duplicate_command: 'error.alreadySent',
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

/**
 * A refusal in the reader's language: its reason's text from the catalog (PROTO-8), in the
 * plural form its count calls for (I18N-6). Before the refusals' texts are in, the server's
 * own English for an English reader, else a text true of the code; the texts are fetched
 * then, for the next refusal.
 */
export function refusalText(refusal: Refusal): string {
  if (!laterTextsReady()) {
    if (refusal.reason !== null) return currentLocale.peek() === 'en' ? refusal.message : t(WHILE_LOADING[refusal.code]);
  } else if (refusal.reason !== null) {
    const key = `refusal.${refusal.reason}`;
    if (hasMessage(key)) return t(key, translatedParams(refusal.params));
    const count = hasMessage(`${key}.other`) ? countIn(t(`${key}.other` as MessageKey), refusal.params) : undefined;
    if (count !== undefined) return t(pluralKey(key, count), translatedParams(refusal.params));
  }
  const key = BY_CODE[refusal.code];
  return key ? t(key) : refusal.message;
}

/** The first number among the params a text names (before they are filled): what its plural agrees with. */
function countIn(template: string, params: Refusal['params']): number | undefined {
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
    const value = params[name ?? ''];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/** What to tell a person about a failed command or request. */
export function refusalMessage(error: unknown): string {
  if (error instanceof CommandRefused || error instanceof ApiError) return refusalText(error);
  return t('error.network');
}
