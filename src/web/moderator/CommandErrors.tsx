import { t } from '../i18n/index.ts';

/** A command the server refused, as the moderator is told about it. */
export interface CommandError {
  /** Distinguishes two equal refusals in a row, so the second is announced too. */
  readonly id: number;
  /** The refusal in the moderator's language. */
  readonly text: string;
}

/**
 * The alert region where refused commands appear, each in plain words. It is always in the
 * page, so a screen reader announces each new refusal.
 */
export function CommandErrors({ error, onDismiss }: { error: CommandError | null; onDismiss: () => void }) {
  return (
    <div class="command-errors" aria-live="assertive" aria-atomic="true" data-testid="command-error">
      {error && (
        <div class="command-error" key={error.id}>
          <p>
            <strong>{t('moderator.errorTitle')}: </strong>
            {t('moderator.error', { message: error.text })}
          </p>
          <button type="button" class="button button-quiet" onClick={onDismiss}>
            {t('moderator.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
