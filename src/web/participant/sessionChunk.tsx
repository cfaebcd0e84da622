import type { ComponentProps } from 'preact';
import { LazyPending, useLazyComponent } from '../components/LazyPage.tsx';
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
  const page = useLazyComponent(preloadSession);
  if (page === 'loading' || page === 'failed') return <LazyPending state={page} />;
  const Session = page.component;
  return <Session {...props} />;
}
