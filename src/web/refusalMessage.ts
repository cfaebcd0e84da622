import type { ErrorCode } from '../core/errors.ts';
import { CommandRefused } from '../client/openFloorClient.ts';
import { ApiError } from '../client/joinApi.ts';
import { t, type MessageKey } from './i18n/index.ts';

/** Plain-language text for the refusals a participant can meet; others show the server's message. */
const FRIENDLY: Partial<Record<ErrorCode, MessageKey>> = {
  invalid_state: 'error.invalidState',
  not_found: 'error.notFound',
  rate_limited: 'error.rateLimited',
  forbidden: 'error.forbidden',
  internal: 'error.internal',
  conduct_required: 'error.conductRequired',
};

/** What to tell a person about a failed command or request. */
export function refusalMessage(error: unknown): string {
  if (error instanceof CommandRefused || error instanceof ApiError) {
    const key = FRIENDLY[error.code];
    return key ? t(key) : error.message;
  }
  return t('error.network');
}
