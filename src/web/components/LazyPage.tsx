import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';

type Loaded<C> = { readonly component: C } | 'loading' | 'failed';

/** Loads a component's code on demand (`load` should be stable); the component, or where loading stands. */
export function useLazyComponent<C>(load: () => Promise<C>): Loaded<C> {
  const [loaded, setLoaded] = useState<Loaded<C>>('loading');
  useEffect(() => {
    let current = true;
    load().then(
      (component) => current && setLoaded({ component }),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return loaded;
}

/** What shows while a page's code loads, or after it failed to (with a way to try again). */
export function LazyPending({ state }: { state: 'loading' | 'failed' }) {
  if (state === 'loading') {
    return (
      <main class="page-message" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  return (
    <main class="page-message">
      <p role="alert">{t('app.loadFailed')}</p>
      <button type="button" class="button button-primary" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}

/** Shows a page whose code is loaded on demand, with a loading and a failure state. */
export function LazyPage({ load }: { load: () => Promise<ComponentType> }) {
  const page = useLazyComponent(load);
  if (page === 'loading' || page === 'failed') return <LazyPending state={page} />;
  const Page = page.component;
  return <Page />;
}
