import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';

/** Asks for the host token when this tab has none (or the server refused the stored one). */
export function HostTokenPrompt({ rejected, onToken }: { rejected: boolean; onToken: (token: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      class="card host-token"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onToken(value.trim());
      }}
    >
      <h2 class="section-heading">{t('host.token.title')}</h2>
      <p>{t('host.token.intro')}</p>
      <label class="field-label" for="host-token-input">
        {t('host.token.label')}
      </label>
      <input id="host-token-input" class="text-input" type="password" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} data-testid="host-token-input" />
      {rejected && (
        <p class="field-error" role="alert">
          {t('host.token.rejected')}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" data-testid="host-token-submit">
          {t('host.token.submit')}
        </button>
      </div>
    </form>
  );
}
