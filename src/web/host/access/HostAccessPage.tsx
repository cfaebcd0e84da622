import { useCallback, useEffect, useState } from 'preact/hooks';
import { BrandMark } from '../../components/BrandMark.tsx';
import { HostTokenGate } from '../../components/HostTokenGate.tsx';
import { LanguagePicker } from '../../components/LanguagePicker.tsx';
import { useDocumentTitle } from '../../documentTitle.ts';
import { t, type MessageKey, tn } from '../../i18n/index.ts';
import { GuidelinesForm } from '../guidelines/GuidelinesForm.tsx';
import { FollowUpPanel } from '../followUp/FollowUpPanel.tsx';
import { PrintablePack } from '../followUp/PrintablePack.tsx';
import { HostApiError, hostFetch } from '../hostApi.ts';
import type { AuditNames } from '../../../core/audit/auditNames.ts';
import { AuditLog } from './AuditLog.tsx';
import { InviteForm } from './InviteForm.tsx';
import { InviteTable } from './InviteTable.tsx';
import type { AuditRow, InviteList, InviteRole, InviteRow } from './inviteTypes.ts';
import '../../styles/host-access.css';
import { USER_TEXT } from '../../components/userText.ts';

const NO_NAMES: AuditNames = { polls: {}, speakers: [], agenda: [], questions: {} };

/** How often the list refreshes its "connected now" counts and the audit log. */
const REFRESH_MS = 5_000;

function sessionIdFromHash(): string | null {
  const raw = location.hash.replace(/^#/, '').trim();
  return /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
}

/**
 * `/host/access#SESSION_ID`: the host's invite links (create per role, list who holds which,
 * revoke), the audit log and the guidelines form. Needs the host token, kept in this tab's
 * sessionStorage (`openfloor.hostToken`), asked for when missing or refused.
 */
export function HostAccessPage() {
  const [sessionId] = useState(sessionIdFromHash);
  useDocumentTitle(t('host.access.heading'));

  if (!sessionId) {
    return (
      <main class="page-message">
        <p role="alert">{t('host.access.noSession')}</p>
      </main>
    );
  }
  return (
    <HostTokenGate pageClass="host-access" headerClass="host-access-header">
      {(token, onRejected) => <HostAccess sessionId={sessionId} token={token} onRejected={onRejected} />}
    </HostTokenGate>
  );
}

function HostAccess({ sessionId, token, onRejected }: { sessionId: string; token: string; onRejected: () => void }) {
  const [list, setList] = useState<InviteList | null>(null);
  const [audit, setAudit] = useState<readonly AuditRow[]>([]);
  const [auditNames, setAuditNames] = useState<AuditNames>(NO_NAMES);
  const [created, setCreated] = useState<{ role: InviteRole; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/sessions/${encodeURIComponent(sessionId)}`;

  const fail = useCallback(
    (failure: unknown) => {
      if (failure instanceof HostApiError && failure.status === 401) onRejected();
      else setError(failure instanceof Error ? failure.message : String(failure));
    },
    [onRejected],
  );
  const refresh = useCallback(async () => {
    try {
      const [invites, log] = await Promise.all([hostFetch<InviteList>(token, `${base}/invites`), hostFetch<{ entries: AuditRow[]; names: AuditNames }>(token, `${base}/audit`)]);
      setList(invites);
      setAudit(log.entries);
      setAuditNames(log.names);
      setError(null);
    } catch (failure) {
      fail(failure);
    }
  }, [token, base, fail]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  useDocumentTitle(list ? t('title.hostAccess', { title: list.session.title }) : t('host.access.heading'));

  const create = async (body: { role: InviteRole; label: string; panelSpeaker: number | null }) => {
    const answer = await hostFetch<{ link: string }>(token, `${base}/invites`, { method: 'POST', body });
    setCreated({ role: body.role, link: answer.link });
    setCopied(false);
    await refresh();
  };
  const revoke = async (invite: InviteRow) => {
    const label = invite.label ?? t('host.access.sessionLink');
    if (!window.confirm(t('host.access.revokeConfirm', { label }))) return;
    try {
      const answer = await hostFetch<{ closed: number }>(token, `${base}/invites/${invite.id}`, { method: 'DELETE' });
      setNotice(tn('host.access.revokedPages', answer.closed, { label }));
      await refresh();
    } catch (failure) {
      fail(failure);
    }
  };

  return (
    <div class="page host-access">
      <header class="host-access-header">
        <BrandMark />
        <div>
          <p class="eyebrow">{t('host.access.heading')}</p>
          <h1 class="host-access-title" {...USER_TEXT}>{list?.session.title ?? '…'}</h1>
        </div>
        <LanguagePicker />
      </header>
      <main id="main" class="host-access-main">
        <p class="lead">{t('host.access.intro')}</p>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        {list && <InviteForm speakers={list.session.speakers} create={create} />}
        {created && (
          <div class="card invite-created" role="status" data-testid="invite-created">
            <p>{t('host.access.created', { role: t(`role.${created.role}` as MessageKey) })}</p>
            <p class="invite-link">
              <code data-testid="invite-link">{created.link}</code>
            </p>
            <button
              type="button"
              class="button button-secondary button-small"
              onClick={() => {
                void navigator.clipboard?.writeText(created.link).then(() => setCopied(true));
              }}
            >
              {copied ? t('host.access.copied') : t('host.access.copy')}
            </button>
          </div>
        )}
        <section class="card" aria-labelledby="invite-list-title">
          <h2 id="invite-list-title" class="section-heading">
            {t('host.access.listHeading')}
          </h2>
          {notice && (
            <p class="form-feedback form-success" role="status" data-testid="revoke-notice">
              {notice}
            </p>
          )}
          {list && <InviteTable invites={list.invites} speakers={list.session.speakers} revoke={(invite) => void revoke(invite)} />}
        </section>
        <AuditLog entries={audit} names={auditNames} refresh={() => void refresh()} />
        <GuidelinesForm sessionId={sessionId} hostToken={token} />
        <FollowUpPanel sessionId={sessionId} hostToken={token} />
        <PrintablePack sessionId={sessionId} hostToken={token} />
      </main>
    </div>
  );
}
