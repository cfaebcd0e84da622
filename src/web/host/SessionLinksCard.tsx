import { useState } from 'preact/hooks';
import { formatJoinCode } from '../../core/joinCode.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import type { CreatedSession, SessionLinks } from './hostApi.ts';

const LINKS: readonly { key: keyof SessionLinks; label: MessageKey; hint: MessageKey }[] = [
  { key: 'moderator', label: 'host.link.moderator', hint: 'host.link.moderatorHint' },
  { key: 'onlineModerator', label: 'host.link.onlineModerator', hint: 'host.link.onlineModeratorHint' },
  { key: 'projector', label: 'host.link.projector', hint: 'host.link.projectorHint' },
  { key: 'participant', label: 'host.link.participant', hint: 'host.link.participantHint' },
];

/**
 * The links of a new session, each with a copy button: the role links are shown only here,
 * once (the server keeps only their hashes).
 */
export function SessionLinksCard({ session }: { session: CreatedSession }) {
  const [copied, setCopied] = useState<string | null>(null);
  const links = session.links;
  return (
    <section class="card host-links" data-testid="host-links" aria-labelledby="host-links-heading">
      <h2 id="host-links-heading" class="section-heading">
        {t('host.links')}
      </h2>
      <p>
        {t('host.joinCode')}{' '}
        <strong class="host-code" data-testid="host-join-code" dir="ltr">
          {formatJoinCode(session.joinCode)}
        </strong>
      </p>
      <p class="field-hint">{links ? t('host.linksHint') : t('host.linksShownOnce')}</p>
      {links && (
      <dl class="host-link-list">
        {LINKS.map(({ key, label, hint }) => (
          <div key={key} class="host-link">
            <dt class="field-label">{t(label)}</dt>
            <dd>
              <p class="field-hint">{t(hint)}</p>
              <div class="host-link-row">
                <input type="text" readOnly class="text-input host-link-url" dir="ltr" aria-label={t(label)} data-testid={`host-link-${key}`} value={links[key]} />
                <button
                  type="button"
                  class="button button-small button-secondary"
                  onClick={() => {
                    void navigator.clipboard?.writeText(links[key]).then(() => setCopied(key), () => setCopied(null));
                  }}
                >
                  {copied === key ? t('host.copied') : t('host.copy')}
                </button>
              </div>
            </dd>
          </div>
        ))}
      </dl>
      )}
      <p>
        <a href={`/host/access#${session.id}`} data-testid="host-access-link">
          {t('host.accessLink')}
        </a>
      </p>
      <p>
        <a href={`/report#${session.id}`} data-testid="host-report-link">
          {t('report.linkFromHost')}
        </a>
      </p>
    </section>
  );
}
