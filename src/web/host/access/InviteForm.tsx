import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n/index.ts';
import { INVITE_ROLES, type InviteRole } from './inviteTypes.ts';
import { USER_TEXT } from '../../components/userText.ts';

/** Creates a link for one role; a speaker link names a panel speaker of the plan (ROLE-1). */
export function InviteForm({ speakers, create }: { speakers: readonly { index: number; label: string }[]; create: (body: { role: InviteRole; label: string; panelSpeaker: number | null }) => Promise<void> }) {
  const [role, setRole] = useState<InviteRole>('moderator');
  const [label, setLabel] = useState('');
  const [panelSpeaker, setPanelSpeaker] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="card invite-form"
      aria-labelledby="invite-form-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await create({ role, label: label.trim(), panelSpeaker: role === 'speaker' ? panelSpeaker : null });
          setLabel('');
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id="invite-form-title" class="section-heading">
        {t('host.access.create')}
      </h2>
      <div class="invite-form-fields">
        <div>
          <label class="field-label" for="invite-role">
            {t('host.access.role')}
          </label>
          <select id="invite-role" class="select-input" value={role} onChange={(e) => setRole(e.currentTarget.value as InviteRole)} data-testid="invite-role">
            {INVITE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {role === 'speaker' && (
          <div>
            <label class="field-label" for="invite-speaker">
              {t('host.access.panelSpeaker')}
            </label>
            <select id="invite-speaker" class="select-input" value={String(panelSpeaker)} onChange={(e) => setPanelSpeaker(Number(e.currentTarget.value))} data-testid="invite-speaker">
              {speakers.map((s) => (
                <option key={s.index} value={String(s.index)} {...USER_TEXT}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="invite-form-label">
          <label class="field-label" for="invite-label">
            {t('host.access.label')}
          </label>
          <input id="invite-label" class="text-input" required maxLength={60} value={label} onInput={(e) => setLabel(e.currentTarget.value)} aria-describedby="invite-label-hint" data-testid="invite-label" />
          <p id="invite-label-hint" class="field-hint">
            {t('host.access.labelHint')}
          </p>
        </div>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy || label.trim() === ''} data-testid="invite-create">
          {t('host.access.createSubmit')}
        </button>
      </div>
    </form>
  );
}
