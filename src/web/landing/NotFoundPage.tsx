import { BrandMark } from '../components/BrandMark.tsx';
import { JoinPageLink } from '../components/JoinPageLink.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';

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
        <JoinPageLink primary>{t('notFound.home')}</JoinPageLink>
      </main>
    </div>
  );
}
