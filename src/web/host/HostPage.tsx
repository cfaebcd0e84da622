import { useEffect, useRef, useState } from 'preact/hooks';
import { DEMO_TEMPLATE } from '../../core/templates.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';
import { HostApiError, checkPlan, hostFetch, createSession, deleteSession, listSessions, sessionPlan, templatePlan, updatePlan, type CreatedSession, type PlanIssue, type SessionSummary } from './hostApi.ts';
import { HostSessionList } from './HostSessionList.tsx';
import { storeHostToken, storedHostToken } from './hostToken.ts';
import { organiserTokenFromHash, type HostIdentity } from './organisers/organiserTypes.ts';
import { PlanForm, PlanSectionNav } from './PlanForm.tsx';
import { blankPlan, exportFileName, planFromDraft, type PlanDraft } from './planDraft.ts';
import { SessionLinksCard } from './SessionLinksCard.tsx';
import { PlatformCard } from '../integrations/PlatformCard.tsx';
import '../styles/host.css';
import '../styles/organisers.css';

/**
 * `/host`: where a host sets up a session. Asks once for the host token (kept for the tab),
 * then offers the plan as a form, started blank, from the demo template or from a JSON file,
 * and exported as one. Creating the session shows its links; after that the same form saves
 * changes to the live plan (RUN-7).
 */
export function HostPage() {
  const [token, setToken] = useState<string | null>(tokenOfPage);
  useDocumentTitle(t('title.host'));
  if (!token) {
    return (
      <TokenForm
        onToken={(value) => {
          storeHostToken(value);
          setToken(value);
        }}
      />
    );
  }
  return (
    <HostWorkspace
      token={token}
      onSignOut={() => {
        storeHostToken(null);
        setToken(null);
      }}
    />
  );
}

/**
 * The token this page acts with: an organiser link's (`/host#organiser=TOKEN`, ORG-1), kept
 * for the tab like the host token and taken out of the address bar; else the tab's own.
 */
function tokenOfPage(): string | null {
  const fromLink = organiserTokenFromHash(location.hash);
  if (!fromLink) return storedHostToken();
  storeHostToken(fromLink);
  history.replaceState(null, '', location.pathname + location.search);
  return fromLink;
}

function TokenForm({ onToken, refused = false }: { onToken: (token: string) => void; refused?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <div class="page page-narrow">
      <header class="page-header">
        <BrandMark />
      </header>
      <main id="main" class="card host-token">
        <h1 class="host-heading">{t('host.heading')}</h1>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (value.trim()) onToken(value.trim());
          }}
        >
          <label class="field-label" for="host-token">
            {t('host.tokenLabel')}
          </label>
          <p class="field-hint" id="host-token-hint">
            {t('host.tokenHint')}
          </p>
          {refused && <p class="field-error" role="alert">{t('host.tokenRefused')}</p>}
          <input id="host-token" type="password" autocomplete="off" class="text-input" data-testid="host-token" aria-describedby="host-token-hint" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          <div class="button-row">
            <button type="submit" class="button button-primary" data-testid="host-token-submit">
              {t('host.tokenSubmit')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}

type Feedback = { kind: 'error'; text: string; issues: readonly PlanIssue[] } | { kind: 'done'; text: string } | null;

function HostWorkspace({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const [plan, setPlan] = useState<PlanDraft>(blankPlan);
  const [created, setCreated] = useState<CreatedSession | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  const [tokenRefused, setTokenRefused] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const [sessions, setSessions] = useState<readonly SessionSummary[]>([]);
  const [identity, setIdentity] = useState<HostIdentity | null>(null);
  useEffect(() => {
    // Who this page acts for (ORG-3): the admin gets the organisers page, an organiser is told.
    hostFetch<HostIdentity>(token, '/api/host/me').then(setIdentity, () => undefined);
  }, [token]);
  useEffect(() => {
    listSessions(token).then(setSessions, (failure: unknown) => {
      if (failure instanceof HostApiError && failure.status === 401) {
        storeHostToken(null);
        setTokenRefused(true);
      }
      // Otherwise the list is a convenience: the form works without it.
    });
  }, [token]);

  if (tokenRefused) return <TokenForm refused onToken={(value) => {
      storeHostToken(value);
      setTokenRefused(false);
      location.reload();
    }} />;

  /** Runs a call to the server, showing what went wrong where the host will see it. */
  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setFeedback(null);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof HostApiError && failure.status === 401) {
        storeHostToken(null);
        setTokenRefused(true);
        return;
      }
      const error = failure instanceof HostApiError ? failure : new HostApiError(0, 'internal', String(failure));
      setFeedback({ kind: 'error', text: error.code === 'network' ? t('host.networkError') : error.message, issues: error.issues });
      requestAnimationFrame(() => feedbackRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File) =>
    attempt(async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        throw new HostApiError(400, 'invalid_input', t('host.importNotJson'));
      }
      // A file exported from here holds the plan itself; a request body wraps it in {"plan": …}.
      const input = typeof parsed === 'object' && parsed !== null && 'plan' in parsed && !('title' in parsed) ? (parsed as { plan: unknown }).plan : parsed;
      setPlan(await checkPlan(token, input));
      setFeedback({ kind: 'done', text: t('host.imported') });
    });

  const exportPlan = () => {
    const blob = new Blob([`${JSON.stringify(planFromDraft(plan), null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(plan);
    link.click();
    URL.revokeObjectURL(url);
  };

  const submit = () =>
    attempt(async () => {
      if (created) {
        setPlan(await updatePlan(token, created.id, planFromDraft(plan)));
        setFeedback({ kind: 'done', text: t('host.saved') });
      } else {
        const session = await createSession(token, planFromDraft(plan));
        setCreated(session);
        setFeedback({ kind: 'done', text: t('host.created') });
      }
      requestAnimationFrame(() => feedbackRef.current?.focus());
    });

  const issues = feedback?.kind === 'error' ? feedback.issues : [];
  return (
    <div class="host">
      <header class="host-header">
        <BrandMark />
        <h1 class="host-heading">{created ? t('host.headingSession', { title: created.title }) : t('host.heading')}</h1>
        {created && (
          <nav class="host-header-links" aria-label={t('host.headingSession', { title: created.title })}>
            <a class="button button-small button-secondary" href={`/host/access#${encodeURIComponent(created.id)}`} data-testid="host-header-access">
              {t('host.accessShort')}
            </a>
            <button
              type="button"
              class="button button-small button-secondary"
              data-testid="host-back"
              onClick={() => {
                // Back to the list of sessions, with a fresh form, as when the page opened.
                setCreated(null);
                setPlan(blankPlan());
                setFeedback(null);
                listSessions(token).then(setSessions, () => undefined);
                window.scrollTo(0, 0);
              }}
            >
              {t('host.backToList')}
            </button>
          </nav>
        )}
        {identity?.kind === 'organiser' && (
          <p class="host-identity" data-testid="host-identity">
            {t('organisers.signedInAs', { label: identity.label })}
          </p>
        )}
        {identity?.kind === 'admin' && !created && (
          <a class="button button-small button-secondary" href="/host/organisers" data-testid="host-organisers">
            {t('organisers.manage')}
          </a>
        )}
        <LanguagePicker />
        <button type="button" class="button button-small button-quiet" onClick={onSignOut}>
          {t('host.signOut')}
        </button>
      </header>
      <main id="main" class="host-main">
        <div class="host-tools card" role="group" aria-label={t('host.tools')}>
          {!created && (
            <>
              <button type="button" class="button button-secondary" data-testid="host-blank" disabled={busy} onClick={() => {
                  setPlan(blankPlan());
                  setFeedback(null);
                }}>
                {t('host.startBlank')}
              </button>
              <button type="button" class="button button-secondary" data-testid="host-template" disabled={busy} onClick={() => void attempt(async () => setPlan(await templatePlan(token, DEMO_TEMPLATE)))}>
                {t('host.startTemplate')}
              </button>
            </>
          )}
          <button type="button" class="button button-secondary" data-testid="host-import" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('host.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="host-import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" class="button button-secondary" data-testid="host-export" onClick={exportPlan}>
            {t('host.export')}
          </button>
        </div>

        <div ref={feedbackRef} tabIndex={-1} class="host-feedback" role={feedback?.kind === 'error' ? 'alert' : 'status'} data-testid="host-feedback">
          {feedback?.kind === 'error' && (
            <div class="field-error">
              <div>
                <p>{feedback.text}</p>
                {feedback.issues.length > 0 && (
                  <ul class="host-issues">
                    {feedback.issues.map((issue) => (
                      <li key={issue.path}>
                        <code>{issue.path}</code> — {issue.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          )}
          {feedback?.kind === 'done' && <p class="host-done">{feedback.text}</p>}
        </div>

        {!created && sessions.length > 0 && (
          <HostSessionList
            sessions={sessions}
            busy={busy}
            onOpen={(session) =>
              void attempt(async () => {
                setPlan(await sessionPlan(token, session.id));
                setCreated({ id: session.id, title: session.title, joinCode: session.joinCode, links: null });
              })
            }
            onDelete={(session, confirm) =>
              void attempt(async () => {
                await deleteSession(token, session.id, confirm);
                setSessions((list) => list.filter((s) => s.id !== session.id));
                setFeedback({ kind: 'done', text: t('host.deleted', { title: session.title }) });
                requestAnimationFrame(() => feedbackRef.current?.focus());
              })
            }
          />
        )}
        {created && <SessionLinksCard session={created} />}
        {created && <PlatformCard token={token} sessionId={created.id} />}

        <div class="host-plan">
          <div class="host-aside">
            <PlanSectionNav plan={plan} />
            {/* Always in reach, however far down the form the host is. */}
            <button type="button" class="button button-primary host-aside-submit" data-testid="host-submit-aside" disabled={busy} onClick={() => void submit()}>
              {created ? t('host.save') : t('host.create')}
            </button>
          </div>
          <PlanForm plan={plan} issues={issues} onChange={setPlan} live={created !== null} />
        </div>

        <div class="host-submit">
          <button type="button" class="button button-primary button-large" data-testid="host-submit" disabled={busy} onClick={() => void submit()}>
            {created ? t('host.save') : t('host.create')}
          </button>
        </div>
      </main>
    </div>
  );
}
