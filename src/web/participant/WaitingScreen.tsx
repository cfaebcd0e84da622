import type { ComponentChildren } from 'preact';
import { t } from '../i18n/index.ts';

interface WaitingScreenProps {
  /** The poll that just closed on the big screen, if any, shown under the waiting note. */
  readonly latest: ComponentChildren;
}

/** Shown while no poll is open: a calm note that the next question will come by itself. */
export function WaitingScreen({ latest }: WaitingScreenProps) {
  return (
    <>
      <section class="card waiting" aria-labelledby="waiting-title">
        <span class="waiting-pulse" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <h2 id="waiting-title" class="waiting-title">
          {t('participant.waitingTitle')}
        </h2>
        <p class="muted">{t('participant.waitingBody')}</p>
      </section>
      {latest && (
        <section class="latest" aria-labelledby="latest-title">
          <h2 id="latest-title" class="section-heading">
            {t('participant.latestResults')}
          </h2>
          {latest}
        </section>
      )}
    </>
  );
}
