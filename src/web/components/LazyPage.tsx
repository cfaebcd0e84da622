import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';

/** Shows a page whose code is loaded on demand, with a loading and a failure state. */
export function LazyPage({ load }: { load: () => Promise<ComponentType> }) {
  const [page, setPage] = useState<{ component: ComponentType } | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    load().then(
      (component) => current && setPage({ component }),
      () => current && setPage('failed'),
    );
    return () => {
      current = false;
    };
  }, [load]);

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
  const Page = page.component;
  return <Page />;
}
