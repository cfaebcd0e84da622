import { setSingleKeyShortcuts, singleKeyShortcuts } from '../a11y/shortcutSetting.ts';
import { t } from '../i18n/index.ts';
import { SHORTCUTS } from './cockpitKeys.ts';
import { CockpitDialog } from './CockpitDialog.tsx';

/** The help overlay (`?`): every shortcut of the cockpit with what it does (COCKPIT-3). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <CockpitDialog open={open} labelledBy="shortcut-help-title" testId="shortcut-help" onClose={onClose} initialFocus="[data-testid='shortcut-help-close']">
      <h2 id="shortcut-help-title" class="section-heading">
        {t('cockpit.help.title')}
      </h2>
      <dl class="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} class="shortcut-row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
      <p class="field-hint">{t('cockpit.help.note')}</p>
      <label class="checkbox-field shortcut-toggle">
        <input type="checkbox" checked={singleKeyShortcuts.value} data-testid="shortcut-toggle" onChange={(event) => setSingleKeyShortcuts(event.currentTarget.checked)} />
        <span>{t('a11y.shortcutsOn')}</span>
      </label>
      <div class="button-row">
        <button type="button" class="button button-primary" data-testid="shortcut-help-close" onClick={onClose}>
          {t('cockpit.help.close')}
        </button>
      </div>
    </CockpitDialog>
  );
}
