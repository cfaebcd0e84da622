import { useState } from 'preact/hooks';
import { OFFERED_LOCALES, currentLocale, t } from '../i18n/index.ts';
import { chooseLocale } from '../i18n/localeChoice.ts';
import { LOCALES, isLocale } from '../i18n/locales.ts';

/**
 * The language picker: each offered language named in itself, so a person finds their own
 * whatever the page speaks now. Hidden while only one language is offered.
 */
export function LanguagePicker() {
  const [failed, setFailed] = useState(false);
  if (OFFERED_LOCALES.length < 2) return null;
  return (
    <label class="language-picker">
      <span class="visually-hidden">{t('app.language')}</span>
      <select
        data-testid="language-picker"
        value={currentLocale.value}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (!isLocale(value)) return;
          setFailed(false);
          chooseLocale(value).catch(() => setFailed(true));
        }}
      >
        {OFFERED_LOCALES.map((code) => (
          <option key={code} value={code} lang={code} dir={LOCALES[code].dir}>
            {LOCALES[code].name}
          </option>
        ))}
      </select>
      {failed ? <span role="alert">{t('app.languageFailed')}</span> : null}
    </label>
  );
}
