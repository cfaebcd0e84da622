import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS, PLATFORM_SECRET_NAMES, type Platform, type PlatformSecretName, type PlatformSettings } from '../../core/integrations/onlinePlatform.ts';
import { HostApiError, hostFetch } from '../host/hostApi.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/**
 * The host's video platform for a session (INTEG-9, INTEG-10): the platform, its settings, its
 * secrets (typed once, shown back masked, never sent to the page whole) and "how to connect":
 * the exact URLs and settings to paste into the vendor's portal, from the server.
 */

interface PlatformAnswer {
  readonly settings: PlatformSettings;
  readonly secrets: Readonly<Record<PlatformSecretName, string | null>>;
  readonly connect?: Readonly<Record<Platform, Readonly<Record<string, unknown>>>>;
}

const SECRETS_OF: Readonly<Record<Platform, readonly PlatformSecretName[]>> = {
  zoom: ['zoomClientSecret', 'zoomWebhookSecret'],
  webex: ['webexWebhookSecret'],
  jitsi: [],
};

const show = (value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

export function PlatformCard({ token, sessionId }: { readonly token: string; readonly sessionId: string }) {
  const [answer, setAnswer] = useState<PlatformAnswer | null>(null);
  const [draft, setDraft] = useState<PlatformSettings | null>(null);
  const [secrets, setSecrets] = useState<Partial<Record<PlatformSecretName, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const path = `/api/sessions/${encodeURIComponent(sessionId)}/platform`;

  useEffect(() => {
    let current = true;
    hostFetch<PlatformAnswer>(token, path).then(
      (got) => {
        if (!current) return;
        setAnswer(got);
        setDraft(got.settings);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [token, path]);

  if (!draft || !answer) return null;
  const platform = draft.platform;
  const field = (key: 'chatMarker' | 'meetingId' | 'zoomClientId' | 'jitsiUrl', label: MessageKey) => (
    <label class="field-label">
      {t(label)}
      <input type="text" class="text-input" dir="ltr" data-testid={`platform-${key}`} value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
    </label>
  );
  const save = async () => {
    try {
      const typed = Object.fromEntries(PLATFORM_SECRET_NAMES.filter((name) => secrets[name]).map((name) => [name, secrets[name]]));
      const saved = await hostFetch<PlatformAnswer>(token, path, { method: 'PUT', body: { settings: draft, secrets: typed } });
      setAnswer({ ...answer, ...saved });
      setSecrets({});
      setMessage(t('calls.host.saved'));
    } catch (error) {
      setMessage(error instanceof HostApiError ? error.message : t('host.networkError'));
    }
  };

  return (
    <section class="card host-platform" data-testid="host-platform" aria-labelledby="host-platform-heading">
      <h2 id="host-platform-heading" class="section-heading">
        {t('calls.host.title')}
      </h2>
      <label class="field-label">
        {t('calls.host.platform')}
        <select class="text-input" data-testid="platform-choice" value={platform ?? ''} onChange={(e) => setDraft({ ...draft, platform: (e.currentTarget.value || null) as Platform | null })}>
          <option value="">{t('calls.host.none')}</option>
          {PLATFORMS.map((name) => (
            <option key={name} value={name}>
              {t(`calls.platform.${name}`)}
            </option>
          ))}
        </select>
      </label>
      {platform === 'zoom' && field('zoomClientId', 'calls.host.zoomClientId')}
      {(platform === 'zoom' || platform === 'webex') && field('meetingId', 'calls.host.meetingId')}
      {platform === 'zoom' && field('chatMarker', 'calls.host.chatMarker')}
      {platform === 'jitsi' && field('jitsiUrl', 'calls.host.jitsiUrl')}
      {platform &&
        SECRETS_OF[platform].map((name) => (
          <label key={name} class="field-label">
            {t(`calls.secret.${name}`)}
            <input
              type="password"
              autocomplete="off"
              class="text-input"
              dir="ltr"
              data-testid={`platform-secret-${name}`}
              placeholder={answer.secrets[name] ?? t('calls.host.notSet')}
              value={secrets[name] ?? ''}
              onInput={(e) => setSecrets({ ...secrets, [name]: e.currentTarget.value })}
            />
          </label>
        ))}
      <div class="button-row">
        <button type="button" class="button button-primary" data-testid="platform-save" onClick={() => void save()}>
          {t('calls.host.save')}
        </button>
      </div>
      {message && (
        <p class="field-hint" role="status" data-testid="platform-status">
          {message}
        </p>
      )}
      {platform && answer.connect && (
        <>
          <h3 class="qa-subtitle">{t('calls.host.connect')}</h3>
          <dl class="host-link-list" data-testid="platform-connect">
            {Object.entries(answer.connect[platform]).map(([key, value]) => (
              <div key={key} class="host-link">
                <dt class="field-label">{t(`calls.connect.${key}` as MessageKey)}</dt>
                <dd dir="ltr">{show(value)}</dd>
              </div>
            ))}
          </dl>
          <p class="field-hint">{t('calls.host.connectHint')}</p>
        </>
      )}
    </section>
  );
}
