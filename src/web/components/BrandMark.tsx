import { t } from '../i18n/index.ts';

/** The OpenFloor logo (three bars, one warm) with the name. */
export function BrandMark() {
  return (
    <span class="brand-mark">
      <svg class="brand-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" class="brand-logo-tile" />
        <rect x="7" y="17" width="4" height="8" rx="1" class="brand-logo-warm" />
        <rect x="14" y="11" width="4" height="14" rx="1" class="brand-logo-bar" />
        <rect x="21" y="7" width="4" height="18" rx="1" class="brand-logo-bar" />
      </svg>
      <span class="brand-name">{t('app.name')}</span>
    </span>
  );
}
