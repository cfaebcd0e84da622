import { useCallback, useEffect, useState } from 'preact/hooks';
import { BrandMark } from '../../components/BrandMark.tsx';
import { HostTokenGate } from '../../components/HostTokenGate.tsx';
import { useDocumentTitle } from '../../documentTitle.ts';
import { t } from '../../i18n/index.ts';
import { HostApiError, hostFetch, listSessions, type SessionSummary } from '../hostApi.ts';
import { OrganiserForm } from './OrganiserForm.tsx';
import { OrganiserTable } from './OrganiserTable.tsx';
import type { OrganiserRow } from './organiserTypes.ts';
import '../../styles/host-access.css';
import '../../styles/organisers.css';

/**
 * `/host/organisers`: the deployment admin's page (ORG-5). Makes an organiser access for a set
 * of sessions (its link shown once), lists every access with its sessions and when it was last
 * used, and revokes one. Needs the admin's host token; an organiser's token is refused here.
 */
export function OrganisersPage() {
  useDocumentTitle(t('organisers.heading'));
  return (
    <HostTokenGate pageClass="host-access" headerClass="host-access-header">
      {(token, onRejected) => <Organisers token={token} onRejected={onRejected} />}
    </HostTokenGate>
  );
}

function Organisers({ token, onRejected }: { token: string; onRejected: () => void }) {
  const [organisers, setOrganisers] = useState<readonly OrganiserRow[] | null>(null);
  const [sessions, setSessions] = useState<readonly SessionSummary[]>([]);
  const [created, setCreated] = useState<{ label: string; link: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fail = useCallback(
    (failure: unknown) => {
      if (failure instanceof HostApiError && failure.status === 401) onRejected();
      else if (failure instanceof HostApiError && failure.code === 'forbidden') setError(t('organisers.adminOnly'));
      else setError(failure instanceof Error ? failure.message : String(failure));
    },
    [onRejected],
  );
  const refresh = useCallback(async () => {
    try {
      const [list, all] = await Promise.all([hostFetch<{ organisers: OrganiserRow[] }>(token, '/api/organisers'), listSessions(token)]);
      setOrganisers(list.organisers);
      setSessions(all.filter((s) => s.archivedAt === null));
      setError(null);
    } catch (failure) {
      fail(failure);
    }
  }, [token, fail]);
  useEffect(() => void refresh(), [refresh]);

  const create = async (body: { label: string; sessionIds: string[] }) => {
    const answer = await hostFetch<{ link: string }>(token, '/api/organisers', { method: 'POST', body });
    setCreated({ label: body.label, link: answer.link });
    await refresh();
  };
  const revoke = async (organiser: OrganiserRow) => {
    if (!window.confirm(t('organisers.revokeConfirm', { label: organiser.label }))) return;
    try {
      const answer = await hostFetch<{ closed: number }>(token, `/api/organisers/${organiser.id}`, { method: 'DELETE' });
      setNotice(t('organisers.revokedDone', { label: organiser.label, count: answer.closed }));
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
          <p class="eyebrow">{t('organisers.eyebrow')}</p>
          <h1 class="host-access-title">{t('organisers.heading')}</h1>
        </div>
      </header>
      <main id="main" class="host-access-main">
        <p class="lead">{t('organisers.intro')}</p>
        <p>
          <a href="/host">{t('organisers.backToHost')}</a>
        </p>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        {organisers && <OrganiserForm sessions={sessions} create={create} />}
        {created && (
          <div class="card invite-created" role="status" data-testid="organiser-created">
            <p>{t('organisers.created', { label: created.label })}</p>
            <p class="invite-link">
              <code data-testid="organiser-link">{created.link}</code>
            </p>
          </div>
        )}
        <section class="card" aria-labelledby="organiser-list-title">
          <h2 id="organiser-list-title" class="section-heading">
            {t('organisers.listHeading')}
          </h2>
          {notice && (
            <p class="form-feedback form-success" role="status">
              {notice}
            </p>
          )}
          {organisers && organisers.length === 0 && <p class="muted">{t('organisers.empty')}</p>}
          {organisers && organisers.length > 0 && <OrganiserTable organisers={organisers} revoke={(organiser) => void revoke(organiser)} />}
        </section>
      </main>
    </div>
  );
}
