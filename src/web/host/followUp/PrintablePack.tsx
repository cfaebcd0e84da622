import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';

/**
 * The host's printable pack (REPORT-14): the poster and the one-page guidelines as PDF, and a
 * calendar invitation for a start the host picks. Downloaded with the host token, so the files
 * never sit behind a link anyone could open. Self-contained: the session id and the host token.
 */
export function PrintablePack({ sessionId, hostToken }: { sessionId: string; hostToken: string }) {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/pack`;
  const [start, setStart] = useState('');
  const [error, setError] = useState<string | null>(null);
  const download = async (path: string, name: string) => {
    setError(null);
    const response = await fetch(`${base}/${path}`, { headers: { authorization: `Bearer ${hostToken}` } }).catch(() => null);
    if (!response?.ok) return setError(`HTTP ${String(response?.status ?? 0)}`);
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section class="card guidelines-form" aria-labelledby="pack-title" data-testid="printable-pack">
      <h2 id="pack-title" class="section-heading">
        {t('pack.heading')}
      </h2>
      <p class="muted">{t('pack.hint')}</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={() => void download('poster.pdf', 'join-poster.pdf')}>
          {t('pack.poster')}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void download('guidelines.pdf', 'guidelines.pdf')}>
          {t('pack.guidelines')}
        </button>
      </div>
      <label class="field-label" for="pack-start">
        {t('pack.start')}
      </label>
      <input id="pack-start" class="text-input" type="datetime-local" value={start} onInput={(e) => setStart(e.currentTarget.value)} />
      <div class="button-row">
        <button type="button" class="button button-secondary" disabled={start === ''} onClick={() => void download(`invite.ics?start=${encodeURIComponent(new Date(start).toISOString())}`, 'invitation.ics')}>
          {t('pack.invite')}
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
