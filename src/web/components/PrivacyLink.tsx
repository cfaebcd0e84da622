import { t } from '../i18n/index.ts';
import { navigate } from '../router.ts';

/** "How we use your data": the link to the short privacy page (`/privacy`, PRIV-9). */
export function PrivacyLink() {
  return (
    <a
      class="privacy-link"
      href="/privacy"
      data-testid="privacy-link"
      onClick={(event) => {
        event.preventDefault();
        navigate('/privacy');
      }}
    >
      {t('privacy.joinLink')}
    </a>
  );
}
