import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../client/joinApi.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/** A 429 the page waits out by itself (LIMIT-5), with the text to show while it waits. */
export interface RetryWait {
  readonly seconds: number;
  readonly message: MessageKey;
}

/** Waited when a 429 names no delay. */
const FALLBACK_SECONDS = 5;

/**
 * The wait before trying a refused request again, or null when it is not a 429: the server's
 * `retryAfterSeconds` plus up to half again at random, so that a room's phones refused in
 * the same second do not all come back in the same second.
 */
export function retryWait(error: unknown, random: () => number = Math.random): RetryWait | null {
  if (!(error instanceof ApiError) || (error.status !== 429 && error.code !== 'rate_limited')) return null;
  const asked = error.params.retryAfterSeconds;
  const base = typeof asked === 'number' && asked > 0 ? Math.min(asked, 3600) : FALLBACK_SECONDS;
  return {
    seconds: Math.ceil(base * (1 + random() / 2)),
    message: error.reason === 'join.tooManyWrongCodes' ? 'join.wrongCodesRetrying' : 'join.busyRetrying',
  };
}

/**
 * "Many people are joining — trying again in 4 s", counting down each second, then `onDone`.
 * Screen readers hear one sentence once rather than every tick.
 */
export function RetryCountdown({ wait, onDone }: { readonly wait: RetryWait; readonly onDone: () => void }) {
  const [left, setLeft] = useState(wait.seconds);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const started = Date.now();
    setLeft(wait.seconds);
    const timer = setInterval(() => {
      const remaining = Math.max(0, wait.seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        done.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [wait]);
  return (
    <div class="notice retry-countdown" data-testid="retry-countdown">
      <p aria-hidden="true">{t(wait.message, { seconds: left })}</p>
      <p class="visually-hidden" role="status">
        {t(wait.message, { seconds: wait.seconds })} {t('join.retryingAnnounce')}
      </p>
    </div>
  );
}
