import { useState } from 'preact/hooks';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { formatClock } from '../floor/floorTime.ts';
import { t, tn } from '../i18n/index.ts';

/* The bounds of `floor.setLimit` in src/core/protocol/commands.ts (not imported: it loads zod). */
const MIN_LIMIT = 10;
const MAX_LIMIT = 3600;
const MAX_WARNING = 600;

interface FloorTimeSettingsProps {
  readonly floor: FloorView;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/** Speaking time per intervention and the warning before its end, in seconds (shown as m:ss too). */
export function FloorTimeSettings({ floor, run }: FloorTimeSettingsProps) {
  /** Values being edited; null follows the session's. */
  const [draft, setDraft] = useState<{ limit: string; warning: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const limit = draft?.limit ?? String(floor.limitSeconds);
  const warning = draft?.warning ?? String(floor.warningSeconds);

  const edit = (next: { limit: string; warning: string }) => {
    setDraft(next);
    setProblem(null);
    setSaved(false);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const limitSeconds = Number(limit);
    const warningSeconds = Number(warning);
    if (!Number.isInteger(limitSeconds) || limitSeconds < MIN_LIMIT || limitSeconds > MAX_LIMIT) {
      setProblem(tn('moderator.time.limitBetween', MAX_LIMIT, { min: MIN_LIMIT }));
      return;
    }
    if (!Number.isInteger(warningSeconds) || warningSeconds < 0 || warningSeconds > MAX_WARNING || warningSeconds >= limitSeconds) {
      setProblem(tn('moderator.time.warningUpTo', Math.min(MAX_WARNING, limitSeconds - 1)));
      return;
    }
    setBusy(true);
    const done = await run({ type: 'floor.setLimit', limitSeconds, warningSeconds });
    setBusy(false);
    if (done) {
      setDraft(null);
      setSaved(true);
    }
  };

  const limitPreview = Number.isFinite(Number(limit)) ? formatClock(Number(limit)) : '';
  return (
    // noValidate: any whole number of seconds is fine (the arrows step by 5); the checks are ours.
    <form class="card floor-side-card time-settings" aria-labelledby="time-settings-title" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="time-settings-title" class="floor-subheading">
        {t('moderator.time.title')}
      </h3>
      <div class="time-fields">
        <div>
          <label class="field-label" for="floor-limit">
            {t('moderator.time.limit')}
          </label>
          <input
            id="floor-limit"
            class="text-input"
            type="number"
            inputMode="numeric"
            min={MIN_LIMIT}
            max={MAX_LIMIT}
            step={5}
            value={limit}
            aria-describedby="floor-limit-preview"
            aria-invalid={problem ? 'true' : undefined}
            data-testid="floor-limit"
            onInput={(event) => edit({ limit: event.currentTarget.value, warning })}
          />
          <p class="field-hint" id="floor-limit-preview">
            {t('moderator.time.preview', { time: limitPreview })}
          </p>
        </div>
        <div>
          <label class="field-label" for="floor-warning">
            {t('moderator.time.warning')}
          </label>
          <input
            id="floor-warning"
            class="text-input"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_WARNING}
            step={5}
            value={warning}
            aria-invalid={problem ? 'true' : undefined}
            data-testid="floor-warning"
            onInput={(event) => edit({ limit, warning: event.currentTarget.value })}
          />
        </div>
      </div>
      <div class="form-feedback" aria-live="polite">
        {problem && <p class="field-error">{problem}</p>}
        {saved && <p class="form-success">{t('moderator.time.saved')}</p>}
      </div>
      <button type="submit" class="button button-secondary" aria-disabled={busy || draft === null ? 'true' : undefined} data-testid="floor-limit-save">
        {t('moderator.time.save')}
      </button>
    </form>
  );
}
