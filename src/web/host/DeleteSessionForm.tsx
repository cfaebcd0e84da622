import { useState } from 'preact/hooks';
import { formatJoinCode, normaliseJoinCode } from '../../core/joinCode.ts';
import { t } from '../i18n/index.ts';
import type { SessionSummary } from './hostApi.ts';

/**
 * "Delete now" for one session (RETAIN-4): a button that opens a confirmation, where the host
 * types the session's join code again before the deletion can be sent. Nothing is deleted
 * until then; the server checks the code too.
 */
export function DeleteSessionForm({ session, busy, onDelete }: { session: SessionSummary; busy: boolean; onDelete: (confirm: string) => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const inputId = `delete-confirm-${session.id}`;
  if (!open) {
    return (
      <button type="button" class="button button-small button-quiet button-danger" disabled={busy} data-testid="host-session-delete" onClick={() => setOpen(true)}>
        {t('host.deleteOpen')}
      </button>
    );
  }
  const confirmed = normaliseJoinCode(typed) === session.joinCode;
  return (
    <form
      class="host-delete field-error"
      data-testid="host-delete-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (confirmed) onDelete(typed);
      }}
    >
      <p>{t('host.deleteWarning', { title: session.title })}</p>
      <label class="field-label" for={inputId}>
        {t('host.deleteConfirmLabel', { code: formatJoinCode(session.joinCode) })}
      </label>
      <input id={inputId} class="text-input" inputMode="numeric" autocomplete="off" data-testid="host-delete-confirm" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      <div class="button-row">
        <button type="submit" class="button button-small button-danger-solid" disabled={busy || !confirmed} data-testid="host-delete-submit">
          {t('host.deleteSubmit')}
        </button>
        <button type="button" class="button button-small button-quiet" onClick={() => { setOpen(false); setTyped(''); }}>
          {t('host.deleteCancel')}
        </button>
      </div>
    </form>
  );
}
