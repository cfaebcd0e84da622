import { useState } from 'preact/hooks';
import { normaliseJoinCode } from '../../core/joinCode.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { PrivacyLink } from '../components/PrivacyLink.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';
import { navigate } from '../router.ts';
import '../styles/participant.css';

/** `/`: where a participant types the join code shown in the room or in the call. */
export function LandingPage() {
  useDocumentTitle(t('title.landing'));
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    const code = normaliseJoinCode(value);
    if (!code) {
      setInvalid(true);
      return;
    }
    navigate(`/j/${code}`);
  };

  return (
    <div class="page page-narrow landing">
      <header class="page-header">
        <BrandMark />
        <LanguagePicker />
      </header>
      <main id="main" class="card landing-card">
        <h1 class="landing-title">{t('landing.title')}</h1>
        <p class="lead">{t('landing.lead')}</p>
        <form class="join-form" onSubmit={submit} noValidate>
          <label class="field-label" for="join-code">
            {t('landing.codeLabel')}
          </label>
          <p class="field-hint" id="join-code-hint">
            {t('landing.codeHint')}
          </p>
          <input
            id="join-code"
            class="code-input"
            type="text"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            autoCorrect="off"
            spellcheck={false}
            enterKeyHint="go"
            maxLength={16}
            placeholder="000 000 000"
            value={value}
            aria-describedby={invalid ? 'join-code-hint join-code-error' : 'join-code-hint'}
            aria-invalid={invalid ? 'true' : undefined}
            data-testid="join-code-input"
            onInput={(event) => {
              setValue(event.currentTarget.value);
              if (invalid) setInvalid(false);
            }}
          />
          {invalid && (
            <p class="field-error" id="join-code-error" role="alert">
              {t('landing.codeInvalid')}
            </p>
          )}
          <button type="submit" class="button button-primary button-large" data-testid="join-submit">
            {t('landing.submit')}
          </button>
        </form>
      </main>
      <footer class="privacy-note">
        <p>{t('landing.privacy')}</p>
        <p>
          <PrivacyLink />
        </p>
      </footer>
    </div>
  );
}
