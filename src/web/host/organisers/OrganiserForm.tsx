import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { SessionSummary } from '../hostApi.ts';
import { USER_TEXT } from '../../components/userText.ts';

/** The admin's form for a new organiser access: who it is for, and which sessions (ORG-1, ORG-2). */
export function OrganiserForm({ sessions, create }: { sessions: readonly SessionSummary[]; create: (body: { label: string; sessionIds: string[] }) => Promise<void> }) {
  const [label, setLabel] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="card organiser-form"
      data-testid="organiser-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!label.trim()) return setError(t('organisers.labelMissing'));
        if (chosen.size === 0) return setError(t('organisers.sessionsMissing'));
        setBusy(true);
        setError(null);
        create({ label: label.trim(), sessionIds: [...chosen] })
          .then(() => {
            setLabel('');
            setChosen(new Set());
          }, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
          .finally(() => setBusy(false));
      }}
    >
      <h2 class="section-heading">{t('organisers.formHeading')}</h2>
      <label class="field-label" for="organiser-label">
        {t('organisers.label')}
      </label>
      <p class="field-hint" id="organiser-label-hint">
        {t('organisers.labelHint')}
      </p>
      <input id="organiser-label" class="text-input" maxLength={60} aria-describedby="organiser-label-hint" value={label} onInput={(e) => setLabel(e.currentTarget.value)} data-testid="organiser-label" />
      <fieldset class="organiser-sessions">
        <legend class="field-label">{t('organisers.sessions')}</legend>
        {sessions.length === 0 && <p class="muted">{t('organisers.noSessions')}</p>}
        {sessions.map((session) => (
          <label key={session.id} class="organiser-session">
            <input
              type="checkbox"
              checked={chosen.has(session.id)}
              data-testid="organiser-session"
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.currentTarget.checked) next.add(session.id);
                else next.delete(session.id);
                setChosen(next);
              }}
            />
            <span {...USER_TEXT}>{session.title}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy} data-testid="organiser-create">
          {t('organisers.create')}
        </button>
      </div>
    </form>
  );
}
