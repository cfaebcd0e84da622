import type { ErrorCode } from '../../core/errors.ts';
import { t } from '../i18n/index.ts';

/** A command the server refused, as the moderator is told about it. */
export interface CommandError {
  /** Distinguishes two equal refusals in a row, so the second is announced too. */
  readonly id: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * The alert region where refused commands appear (code and message). It is always in the
 * page, so a screen reader announces each new refusal.
 */
export function CommandErrors({ error, onDismiss }: { error: CommandError | null; onDismiss: () => void }) {
  return (
    <div class="command-errors" aria-live="assertive" aria-atomic="true" data-testid="command-error">
      {error && (
        <div class="command-error" key={error.id}>
          <p>
            <strong>{t('moderator.errorTitle')}: </strong>
            {t('moderator.error', { message: error.message, code: error.code })}
          </p>
          <button type="button" class="button button-quiet" onClick={onDismiss}>
            {t('moderator.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
