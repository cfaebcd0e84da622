import { useState } from 'preact/hooks';
import { t, tn } from '../i18n/index.ts';

interface AskQuestionFormProps {
  readonly maxLength: number;
  readonly allowDisplayNames: boolean;
  readonly preModeration: boolean;
  readonly busy: boolean;
  /** Resolves true once the question was accepted (the form then empties). */
  readonly onAsk: (text: string, displayName: string | null) => Promise<boolean>;
  /** The participant started on a new text: the last "Sent" or error no longer applies. */
  readonly onTyping: () => void;
}

/** The question box: text with a live length counter, an optional name where allowed, Send. */
export function AskQuestionForm({ maxLength, allowDisplayNames, preModeration, busy, onAsk, onTyping }: AskQuestionFormProps) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const length = [...text.trim()].length;
  const over = length > maxLength;
  const near = !over && maxLength - length <= 20;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || length === 0 || over) return;
    if (await onAsk(text.trim(), allowDisplayNames && name.trim() ? name.trim() : null)) setText('');
  };

  return (
    <form class="qa-ask" onSubmit={(e) => void submit(e)}>
      <label class="field-label" for="qa-text">
        {t('qa.askLabel')}
      </label>
      <p class="field-hint" id="qa-text-hint">
        {preModeration ? t('qa.askHintModerated') : t('qa.askHint')}
      </p>
      <textarea
        id="qa-text"
        class="text-input qa-text"
        rows={3}
        value={text}
        aria-invalid={over ? 'true' : undefined}
        aria-describedby="qa-text-hint qa-counter"
        data-testid="qa-text"
        onInput={(event) => {
          setText(event.currentTarget.value);
          onTyping();
        }}
      />
      <p class="qa-counter" id="qa-counter" data-state={over ? 'over' : near ? 'near' : undefined} aria-live={near || over ? 'polite' : 'off'} data-testid="qa-counter">
        {over ? tn('qa.charactersOver', length - maxLength) : tn('qa.charactersOf', maxLength, { used: length })}
      </p>
      {allowDisplayNames && (
        <div class="qa-name-field">
          <label class="field-label" for="qa-name">
            {t('qa.nameLabel')}
          </label>
          <input id="qa-name" class="text-input" type="text" maxLength={40} autocomplete="nickname" value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </div>
      )}
      <button type="submit" class="button button-primary qa-send" aria-disabled={busy || length === 0 || over ? 'true' : undefined} data-testid="qa-send">
        {busy ? t('qa.sending') : t('qa.send')}
      </button>
    </form>
  );
}
