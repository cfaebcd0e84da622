import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../i18n/index.ts';
import { hostFetch } from '../hostApi.ts';

/** Longest text per field; the server's limit (MAX_GUIDELINE_LENGTH in src/core/plan.ts). */
const MAX = 4000;

interface Sources {
  readonly joinCode: string;
  readonly guidelines: { readonly onsite: string; readonly online: string };
  readonly codeOfConduct: string;
}

/**
 * The host's form for the guidelines per channel and the code of conduct (GUIDE-4): Markdown
 * sources in, saved through `PUT /api/sessions/:id/guidelines`. Self-contained, so the lead
 * can place it on any host page: it needs the session id and the host token.
 */
export function GuidelinesForm({ sessionId, hostToken }: { sessionId: string; hostToken: string }) {
  const [sources, setSources] = useState<Sources | null>(null);
  const [onsite, setOnsite] = useState('');
  const [online, setOnline] = useState('');
  const [conduct, setConduct] = useState('');
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    hostFetch<Sources>(hostToken, `/api/sessions/${encodeURIComponent(sessionId)}/guidelines`).then(
      (loaded) => {
        setSources(loaded);
        setOnsite(loaded.guidelines.onsite);
        setOnline(loaded.guidelines.online);
        setConduct(loaded.codeOfConduct);
      },
      (error: unknown) => setFeedback({ ok: false, text: error instanceof Error ? error.message : String(error) }),
    );
  }, [sessionId, hostToken]);

  const field = (id: string, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <div class="guidelines-field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <textarea id={id} class="text-input guidelines-text" rows={8} maxLength={MAX} value={value} onInput={(e) => set(e.currentTarget.value)} aria-describedby={`${id}-count`} data-testid={id} />
      <p id={`${id}-count`} class="field-hint">
        {hint ? `${hint} ` : ''}
        {tn('host.guidelines.charactersOf', MAX, { used: value.length })}
      </p>
    </div>
  );

  return (
    <form
      class="card guidelines-form"
      aria-labelledby="guidelines-form-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setFeedback(null);
        try {
          await hostFetch(hostToken, `/api/sessions/${encodeURIComponent(sessionId)}/guidelines`, { method: 'PUT', body: { guidelines: { onsite, online }, codeOfConduct: conduct } });
          setFeedback({ ok: true, text: t('host.guidelines.saved') });
        } catch (error) {
          setFeedback({ ok: false, text: error instanceof Error ? error.message : String(error) });
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id="guidelines-form-title" class="section-heading">
        {t('host.guidelines.heading')}
      </h2>
      <p class="muted">{t('host.guidelines.intro')}</p>
      {field('guidelines-onsite', t('host.guidelines.onsite'), onsite, setOnsite)}
      {field('guidelines-online', t('host.guidelines.online'), online, setOnline)}
      {field('guidelines-conduct', t('host.guidelines.conduct'), conduct, setConduct, t('host.guidelines.conductHint'))}
      {feedback && (
        <p class={feedback.ok ? 'form-feedback form-success' : 'field-error'} role={feedback.ok ? 'status' : 'alert'}>
          {feedback.text}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy || !sources} data-testid="guidelines-save">
          {t('host.guidelines.save')}
        </button>
        {sources && (
          <a class="button button-secondary" href={`/before/${sources.joinCode}`} target="_blank" rel="noopener">
            {t('host.guidelines.preview')}
          </a>
        )}
      </div>
    </form>
  );
}
