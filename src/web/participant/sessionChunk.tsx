import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import type { ParticipantSession } from './ParticipantSession.tsx';

/**
 * The joined participant's page (polls, floor, Q&A, charts) is a chunk of its own (WEB-5): the
 * first screen, the room choice, needs none of it, so a phone on a slow network downloads and
 * runs less before it can choose. The chunk is fetched as soon as the first screen shows
 * (`preloadSession`), while the participant reads and taps; its texts are in the main part.
 */
let loading: Promise<typeof ParticipantSession> | null = null;

/** Starts fetching the session's chunk once; a failed fetch is tried again at the next call. */
export function preloadSession(): Promise<typeof ParticipantSession> {
  loading ??= import('./ParticipantSession.tsx').then(
    (module) => module.ParticipantSession,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The session page once its chunk is there, with a loading and a failure state. */
export function LazySession(props: ComponentProps<typeof ParticipantSession>) {
  const [page, setPage] = useState<{ component: typeof ParticipantSession } | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    preloadSession().then(
      (component) => current && setPage({ component }),
      () => current && setPage('failed'),
    );
    return () => {
      current = false;
    };
  }, []);

  if (page === 'loading') {
    return (
      <main class="page-message" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  if (page === 'failed') {
    return (
      <main class="page-message">
        <p role="alert">{t('app.loadFailed')}</p>
        <button type="button" class="button button-primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      </main>
    );
  }
  const Session = page.component;
  return <Session {...props} />;
}
