import { useState } from 'preact/hooks';
import type { Intent } from '../../core/floor/floorTypes.ts';
import type { Channel } from '../../core/roles.ts';
import { HandIcon } from '../components/HandIcon.tsx';
import { INTENT_LIST, intentName, speakerName } from '../floor/floorNames.ts';
import { t } from '../i18n/index.ts';

/** The longest label the server accepts (`label` in src/core/protocol/commands.ts). */
const MAX_LABEL = 40;
/** Characters the server refuses in a label: control and format characters, angle brackets. */
const FORBIDDEN_IN_LABEL = /[\p{Cc}\p{Cf}<>]/u;

export interface RaiseRequest {
  readonly intent: Intent;
  readonly label: string | null;
}

interface RaiseHandFormProps {
  /** A direct reply is possible only while someone has the floor. */
  readonly someoneSpeaks: boolean;
  readonly channel: Channel;
  /** In youth mode nobody is shown by name: no label field (FLOOR-2). */
  readonly youthMode: boolean;
  readonly busy: boolean;
  readonly onRaise: (request: RaiseRequest) => void;
}

/** The intent (comment, question, direct reply), the optional label and the big Raise hand button. */
export function RaiseHandForm({ someoneSpeaks, channel, youthMode, busy, onRaise }: RaiseHandFormProps) {
  const [chosen, setChosen] = useState<Intent>('comment');
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  // A reply chosen while someone spoke falls back to a comment once they stop.
  const intent: Intent = chosen === 'reply' && !someoneSpeaks ? 'comment' : chosen;

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = youthMode ? '' : label.trim();
    if (FORBIDDEN_IN_LABEL.test(trimmed)) {
      setLabelError(t('floor.labelInvalid'));
      return;
    }
    onRaise({ intent, label: trimmed || null });
  };

  return (
    <form class="raise-form" onSubmit={submit}>
      <fieldset class="intent-fieldset" aria-describedby="intent-hint">
        <legend class="field-label">{t('floor.intentQuestion')}</legend>
        <div class="intent-choices">
          {INTENT_LIST.map((value) => {
            const unavailable = value === 'reply' && !someoneSpeaks;
            return (
              <label key={value} class="intent-choice" data-selected={intent === value ? 'true' : undefined} data-intent={value} data-unavailable={unavailable ? 'true' : undefined}>
                <input
                  class="intent-input"
                  type="radio"
                  name="floor-intent"
                  value={value}
                  checked={intent === value}
                  disabled={unavailable}
                  data-testid="floor-intent"
                  onChange={() => setChosen(value)}
                />
                <span>{intentName(value)}</span>
              </label>
            );
          })}
        </div>
        <p class="field-hint intent-hint" id="intent-hint">
          {someoneSpeaks ? t('floor.replyHint') : t('floor.replyUnavailable')}
        </p>
      </fieldset>

      {youthMode ? (
        <p class="field-hint">{t('floor.youthNote', { name: speakerName(null, channel) })}</p>
      ) : (
        <div class="label-field">
          <label class="field-label" for="floor-label">
            {t('floor.labelQuestion')}
          </label>
          <p class="field-hint" id="floor-label-hint">
            {t('floor.labelHint', { name: speakerName(null, channel) })}
          </p>
          <input
            id="floor-label"
            class="text-input"
            type="text"
            autocomplete="nickname"
            maxLength={MAX_LABEL}
            value={label}
            aria-invalid={labelError ? 'true' : undefined}
            aria-describedby={labelError ? 'floor-label-hint floor-label-error' : 'floor-label-hint'}
            data-testid="floor-label"
            onInput={(event) => {
              setLabel(event.currentTarget.value);
              setLabelError(null);
            }}
          />
          {labelError && (
            <p class="field-error" id="floor-label-error">
              {labelError}
            </p>
          )}
        </div>
      )}

      <button type="submit" class="button button-primary button-large floor-raise" aria-disabled={busy ? 'true' : undefined} data-testid="floor-raise">
        <HandIcon />
        {busy ? t('floor.raising') : t('floor.raise')}
      </button>
    </form>
  );
}
