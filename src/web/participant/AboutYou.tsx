import { useState } from 'preact/hooks';
import type { Declared } from '../../core/vocabulary.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { GENDER_LIST, REGION_LIST, STAKEHOLDER_LIST, declaredName } from '../floor/floorNames.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';

interface AboutYouProps {
  /** What the participant declared so far (all null: nothing). */
  readonly declared: Declared;
  /** Youth mode asks for no gender and keeps none (PRIV-7). */
  readonly youthMode: boolean;
  readonly send: (command: CommandInput) => Promise<void>;
}

type Field = keyof Declared;

/** A declared value chosen in a select: one of the field's listed values, or null. */
function withChoice(declared: Declared, field: Field, value: string | null): Declared {
  return { ...declared, [field]: value } as Declared;
}

const FIELDS: readonly { field: Field; label: MessageKey; values: readonly string[] }[] = [
  { field: 'stakeholderGroup', label: 'about.stakeholder', values: STAKEHOLDER_LIST },
  { field: 'regionalGroup', label: 'about.region', values: REGION_LIST },
  { field: 'gender', label: 'about.gender', values: GENDER_LIST },
];

const NOTHING: Declared = { stakeholderGroup: null, regionalGroup: null, gender: null };

function same(a: Declared, b: Declared): boolean {
  return a.stakeholderGroup === b.stakeholderGroup && a.regionalGroup === b.regionalGroup && a.gender === b.gender;
}

/**
 * "About you (optional)": a closed disclosure where a participant may declare a stakeholder
 * group, a regional group and a gender, for the balance meter only. Never required; each
 * can be left at "Prefer not to say", and all can be cleared again. In youth mode there is no
 * gender field, and what is saved carries no gender (one kept from before youth mode is cleared).
 */
export function AboutYou({ declared, youthMode, send }: AboutYouProps) {
  const fields = youthMode ? FIELDS.filter(({ field }) => field !== 'gender') : FIELDS;
  /** Choices not yet saved; null follows what the server has. */
  const [draft, setDraft] = useState<Declared | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'saved' | 'cleared' } | { kind: 'failed'; message: string } | null>(null);
  const shown = draft ?? declared;
  const hasDeclared = !same(declared, NOTHING);
  const unchanged = same(shown, declared);

  const save = async (next: Declared, kind: 'saved' | 'cleared') => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      await send({ type: 'participant.declare', ...next, ...(youthMode ? { gender: null } : {}) });
      setDraft(null);
      setStatus({ kind });
    } catch (failure) {
      setStatus({ kind: 'failed', message: t('about.failed', { message: refusalMessage(failure) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="card about-you" data-testid="about-you">
      <summary class="about-you-summary">
        <span class="about-you-title">{t('about.title')}</span>
        <span class="tag tag-optional">{t('about.optional')}</span>
        {hasDeclared && <span class="tag tag-mine">{t('about.declared')}</span>}
      </summary>
      <form
        class="about-you-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!unchanged) void save(shown, 'saved');
        }}
      >
        <p class="field-hint">{t('about.why')}</p>
        {fields.map(({ field, label, values }) => (
          <div key={field}>
            <label class="field-label" for={`about-${field}`}>
              {t(label)}
            </label>
            <select
              id={`about-${field}`}
              class="select-input"
              value={shown[field] ?? ''}
              data-testid={`declare-${field}`}
              onChange={(event) => {
                setDraft(withChoice(shown, field, event.currentTarget.value || null));
                setStatus(null);
              }}
            >
              <option value="">{t('about.notSaying')}</option>
              {values.map((value) => (
                <option key={value} value={value}>
                  {declaredName(value)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div class="button-row">
          <button type="submit" class="button button-primary" aria-disabled={busy || unchanged ? 'true' : undefined} data-testid="declare-save">
            {busy ? t('about.saving') : t('about.save')}
          </button>
          {hasDeclared && (
            <button type="button" class="button button-quiet" aria-disabled={busy ? 'true' : undefined} data-testid="declare-clear" onClick={() => void save(NOTHING, 'cleared')}>
              {t('about.clear')}
            </button>
          )}
        </div>
        <p class="about-you-status" role="status" aria-live="polite">
          {status?.kind === 'saved' && t('about.saved')}
          {status?.kind === 'cleared' && t('about.cleared')}
        </p>
        {status?.kind === 'failed' && (
          <p class="field-error" role="alert">
            {status.message}
          </p>
        )}
      </form>
    </details>
  );
}
