import { useEffect, useState } from 'preact/hooks';
import { FOLLOW_UP_KINDS, type FollowUp, type FollowUpKind } from '../../../core/followUp/followUpTypes.ts';
import { t } from '../../i18n/index.ts';
import { hostFetch } from '../hostApi.ts';

interface Signups {
  readonly followUp: FollowUp | null;
  readonly signups: readonly { readonly contact: string; readonly consentedAt: number }[];
}

/**
 * The host's follow-up event (REPORT-13): announce it (every participant's page shows it at
 * once), withdraw it, see how many signed up and download their contacts as CSV. The contacts
 * are the host's alone: this panel is the only page that shows them. Self-contained: it needs
 * the session id and the host token.
 */
export function FollowUpPanel({ sessionId, hostToken }: { sessionId: string; hostToken: string }) {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/follow-up`;
  const [loaded, setLoaded] = useState<Signups | null>(null);
  const [kind, setKind] = useState<FollowUpKind>('webinar');
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [link, setLink] = useState('');
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);

  const load = async () => {
    try {
      const found = await hostFetch<Signups>(hostToken, `${base}/signups`);
      setLoaded(found);
      return found;
    } catch (error) {
      setFeedback({ ok: false, text: error instanceof Error ? error.message : String(error) });
      return null;
    }
  };
  useEffect(() => {
    void load().then((found) => {
      const f = found?.followUp;
      if (!f) return;
      setKind(f.kind);
      setTitle(f.title);
      setDetails(f.details);
      setLink(f.publicLink ?? '');
      setStartsAt(f.startsAt === null ? '' : new Date(f.startsAt - new Date(f.startsAt).getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    });
    // `load` reads only the session id and the token.
  }, [sessionId, hostToken]);

  const announce = async (followUp: FollowUp | null) => {
    setFeedback(null);
    try {
      await hostFetch(hostToken, base, { method: 'PUT', body: { followUp } });
      setFeedback({ ok: true, text: t('followUp.announced') });
      await load();
    } catch (error) {
      setFeedback({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const download = async () => {
    const response = await fetch(`${base}/signups.csv`, { headers: { authorization: `Bearer ${hostToken}` } });
    if (!response.ok) return setFeedback({ ok: false, text: `HTTP ${String(response.status)}` });
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'follow-up-signups.csv';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <form
      class="card guidelines-form"
      aria-labelledby="follow-up-panel-title"
      data-testid="follow-up-panel"
      onSubmit={(event) => {
        event.preventDefault();
        void announce({ kind, title, details, startsAt: startsAt ? new Date(startsAt).getTime() : null, publicLink: link.trim() || null });
      }}
    >
      <h2 id="follow-up-panel-title" class="section-heading">
        {t('followUp.panelHeading')}
      </h2>
      <p class="muted">{t('followUp.panelHint')}</p>
      <label class="field-label" for="follow-up-kind">
        {t('followUp.kind')}
      </label>
      <select id="follow-up-kind" class="text-input" value={kind} onChange={(e) => setKind(e.currentTarget.value as FollowUpKind)}>
        {FOLLOW_UP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`followUp.kind.${k}`)}
          </option>
        ))}
      </select>
      <label class="field-label" for="follow-up-title">
        {t('followUp.title')}
      </label>
      <input id="follow-up-title" class="text-input" maxLength={160} required value={title} data-testid="follow-up-title-input" onInput={(e) => setTitle(e.currentTarget.value)} />
      <label class="field-label" for="follow-up-details">
        {t('followUp.details')}
      </label>
      <input id="follow-up-details" class="text-input" maxLength={500} value={details} onInput={(e) => setDetails(e.currentTarget.value)} />
      <label class="field-label" for="follow-up-starts">
        {t('followUp.startsAt')}
      </label>
      <input id="follow-up-starts" class="text-input" type="datetime-local" value={startsAt} onInput={(e) => setStartsAt(e.currentTarget.value)} />
      <label class="field-label" for="follow-up-link">
        {t('followUp.link')}
      </label>
      <input id="follow-up-link" class="text-input" type="url" maxLength={500} value={link} data-testid="follow-up-link-input" onInput={(e) => setLink(e.currentTarget.value)} />
      {feedback && (
        <p class={feedback.ok ? 'form-feedback form-success' : 'field-error'} role={feedback.ok ? 'status' : 'alert'}>
          {feedback.text}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" data-testid="follow-up-announce">
          {t('followUp.announce')}
        </button>
        {loaded?.followUp && (
          <button type="button" class="button button-quiet" onClick={() => void announce(null)}>
            {t('followUp.withdraw')}
          </button>
        )}
      </div>
      <p data-testid="follow-up-count">{t('followUp.signups', { count: loaded?.signups.length ?? 0 })}</p>
      <div class="button-row">
        <button type="button" class="button button-secondary" data-testid="follow-up-refresh" onClick={() => void load()}>
          {t('followUp.refresh')}
        </button>
        <button type="button" class="button button-secondary" data-testid="follow-up-download" disabled={!loaded || loaded.signups.length === 0} onClick={() => void download()}>
          {t('followUp.download')}
        </button>
      </div>
    </form>
  );
}
