import { useState } from 'preact/hooks';
import type { FollowUp } from '../../core/followUp/followUpTypes.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';
import { laterTextsReady } from '../i18n/laterTexts.ts';

interface FollowUpCardProps {
  readonly followUp: FollowUp;
  readonly youthMode: boolean;
  /** The participant's own token: the sign-up is theirs. */
  readonly token: string;
}

/**
 * The host's follow-up event on the phone (REPORT-13), during the session and after: a contact
 * and an explicit consent for this use only. In youth mode the page first asks the age; under
 * 18, no contact is asked: the host's public link is offered instead.
 */
export function FollowUpCard(props: FollowUpCardProps) {
  // WEB-7: its texts are in the later part, fetched when the card first shows.
  return laterTextsReady() ? <FollowUpForm {...props} /> : null;
}

function FollowUpForm({ followUp, youthMode, token }: FollowUpCardProps) {
  const [age, setAge] = useState<'under18' | 'adult' | null>(youthMode ? null : 'adult');
  const [contact, setContact] = useState('');
  const [consent, setConsent] = useState(false);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!consent || state === 'busy') return;
    setState('busy');
    try {
      const response = await fetch('/api/follow-up/signups', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ contact, consent: true, under18: false }),
      });
      setState(response.status === 201 ? 'done' : 'failed');
    } catch {
      setState('failed');
    }
  };

  return (
    <section class="card follow-up" aria-labelledby="follow-up-heading" data-testid="follow-up">
      <h2 id="follow-up-heading" class="card-title">
        {t('followUp.heading')}
      </h2>
      <p>
        <strong>{t(`followUp.kind.${followUp.kind}`)}:</strong> <bdi data-testid="follow-up-title" {...USER_TEXT}>{followUp.title}</bdi>
      </p>
      {followUp.details && (
        <p class="muted" {...USER_TEXT}>
          {followUp.details}
        </p>
      )}
      {followUp.startsAt !== null && <p class="muted">{t('followUp.when', { time: formatDateTime(followUp.startsAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>}
      {age === null && (
        <fieldset class="follow-up-age">
          <legend>{t('followUp.ageQuestion')}</legend>
          <div class="button-row">
            <button type="button" class="button button-secondary" data-testid="follow-up-under18" onClick={() => setAge('under18')}>
              {t('followUp.ageYes')}
            </button>
            <button type="button" class="button button-secondary" data-testid="follow-up-adult" onClick={() => setAge('adult')}>
              {t('followUp.ageNo')}
            </button>
          </div>
        </fieldset>
      )}
      {age === 'under18' && (
        <p data-testid="follow-up-youth">
          {followUp.publicLink ? (
            <>
              {t('followUp.youthLink')}{' '}
              <a href={followUp.publicLink} rel="noopener noreferrer" target="_blank" data-testid="follow-up-link">
                {t('followUp.publicLink')}
              </a>
            </>
          ) : (
            t('followUp.youthNoLink')
          )}
        </p>
      )}
      {age === 'adult' && state === 'done' && (
        <p role="status" data-testid="follow-up-done">
          {t('followUp.signedUp')}
        </p>
      )}
      {age === 'adult' && state !== 'done' && (
        <form onSubmit={(e) => void submit(e)} class="follow-up-form">
          <label class="field-label" for="follow-up-contact">
            {t('followUp.contact')}
          </label>
          <input
            id="follow-up-contact"
            class="input"
            type="text"
            inputMode="email"
            autoComplete="email"
            maxLength={200}
            required
            value={contact}
            aria-describedby="follow-up-contact-hint"
            data-testid="follow-up-contact"
            onInput={(e) => setContact(e.currentTarget.value)}
          />
          <p id="follow-up-contact-hint" class="field-hint">
            {t('followUp.contactHint')}
          </p>
          <label class="follow-up-consent">
            <input type="checkbox" checked={consent} required data-testid="follow-up-consent" onChange={(e) => setConsent(e.currentTarget.checked)} /> {t('followUp.consent')}
          </label>
          {state === 'failed' && (
            <p class="field-error" role="alert">
              {t('followUp.failed')}
            </p>
          )}
          <div class="button-row">
            <button type="submit" class="button button-primary" aria-disabled={!consent || state === 'busy' ? 'true' : undefined} data-testid="follow-up-submit">
              {t('followUp.signUp')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
