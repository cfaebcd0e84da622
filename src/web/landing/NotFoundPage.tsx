import { BrandMark } from '../components/BrandMark.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';
import { navigate } from '../router.ts';

/** Any path the app does not know. */
export function NotFoundPage() {
  useDocumentTitle(t('title.notFound'));
  return (
    <div class="page page-narrow">
      <header class="page-header">
        <BrandMark />
      </header>
      <main id="main" class="card">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <a
          class="button button-primary"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            navigate('/');
          }}
        >
          {t('notFound.home')}
        </a>
      </main>
    </div>
  );
}
