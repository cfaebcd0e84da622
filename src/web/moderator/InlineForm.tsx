import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';

interface InlineFormProps {
  readonly class: string;
  readonly submitLabel: string;
  readonly submitTestId?: string;
  /** A destructive action (reject): the submit button says so. */
  readonly danger?: boolean;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ComponentChildren;
}

/** A small form inside a moderator's list item: its fields, then the action and Cancel. */
export function InlineForm({ class: className, submitLabel, submitTestId, danger = false, onSubmit, onCancel, children }: InlineFormProps) {
  return (
    <form
      class={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div class="button-row">
        <button type="submit" class={`button ${danger ? 'button-danger' : 'button-primary'} button-small`} data-testid={submitTestId}>
          {submitLabel}
        </button>
        <button type="button" class="button button-quiet button-small" onClick={onCancel}>
          {t('qa.cancel')}
        </button>
      </div>
    </form>
  );
}
