import { useState } from 'preact/hooks';
import type { Intent } from '../../core/floor/floorTypes.ts';
import type { RegionalGroup, StakeholderGroup } from '../../core/vocabulary.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { Channel } from '../../core/roles.ts';
import { channelName } from '../components/ChannelBadge.tsx';
import { INTENT_LIST, REGION_LIST, STAKEHOLDER_LIST, declaredName, intentName } from '../floor/floorNames.ts';
import { t } from '../i18n/index.ts';

/** The label rules of `floor.add` (src/core/protocol/commands.ts): one line of plain text, 1–40 characters. */
const MAX_LABEL = 40;
const FORBIDDEN_IN_LABEL = /[\p{Cc}\p{Cf}<>]/u;
const CHANNEL_LIST: readonly Channel[] = ['onsite', 'online'];

interface AddHandFormProps {
  readonly run: (command: CommandInput) => Promise<boolean>;
  readonly disabled: boolean;
  /** A direct reply answers someone: it can be added only while someone speaks. */
  readonly someoneSpeaks: boolean;
  /** In youth mode the label is for staff only and should not be a name (PRIV-7). */
  readonly youthMode: boolean;
}

/**
 * "Add someone without the app": a hand raised in the room or in the call by someone with no
 * phone at hand. Label and channel are needed; groups are optional, for the balance meter.
 */
export function AddHandForm({ run, disabled, someoneSpeaks, youthMode }: AddHandFormProps) {
  const [label, setLabel] = useState('');
  const [channel, setChannel] = useState<Channel>('onsite');
  const [chosenIntent, setIntent] = useState<Intent>('comment');
  const intent: Intent = chosenIntent === 'reply' && !someoneSpeaks ? 'comment' : chosenIntent;
  const [stakeholderGroup, setStakeholderGroup] = useState<StakeholderGroup | null>(null);
  const [regionalGroup, setRegionalGroup] = useState<RegionalGroup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || disabled) return;
    const trimmed = label.trim();
    if (!trimmed) {
      setProblem(t(youthMode ? 'moderator.add.labelMissingYouth' : 'moderator.add.labelMissing'));
      return;
    }
    if (FORBIDDEN_IN_LABEL.test(trimmed)) {
      setProblem(t('moderator.add.labelInvalid'));
      return;
    }
    setBusy(true);
    const done = await run({ type: 'floor.add', label: trimmed, channel, intent, stakeholderGroup, regionalGroup });
    setBusy(false);
    if (done) {
      setAdded(trimmed);
      setLabel('');
      setIntent('comment');
      setStakeholderGroup(null);
      setRegionalGroup(null);
    }
  };

  return (
    <form class="card floor-side-card add-hand" aria-labelledby="add-hand-title" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="add-hand-title" class="floor-subheading">
        {t('moderator.add.title')}
      </h3>
      <p class="field-hint">{t('moderator.add.hint')}</p>
      {youthMode && <p class="field-hint" data-testid="floor-add-youth">{t('moderator.add.youthHint')}</p>}
      <label class="field-label" for="add-hand-label">
        {t('moderator.add.label')}
      </label>
      <input
        id="add-hand-label"
        class="text-input"
        type="text"
        maxLength={MAX_LABEL}
        value={label}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? 'add-hand-problem' : undefined}
        data-testid="floor-add-label"
        onInput={(event) => {
          setLabel(event.currentTarget.value);
          setProblem(null);
          setAdded(null);
        }}
      />
      <div class="field-pair">
        <div>
          <label class="field-label" for="add-hand-channel">
            {t('moderator.add.channel')}
          </label>
          <select id="add-hand-channel" class="select-input" value={channel} data-testid="floor-add-channel" onChange={(event) => setChannel(event.currentTarget.value as Channel)}>
            {CHANNEL_LIST.map((value) => (
              <option key={value} value={value}>
                {channelName(value)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label class="field-label" for="add-hand-intent">
            {t('moderator.add.intent')}
          </label>
          <select id="add-hand-intent" class="select-input" value={intent} data-testid="floor-add-intent" onChange={(event) => setIntent(event.currentTarget.value as Intent)}>
            {INTENT_LIST.map((value) => (
              <option key={value} value={value} disabled={value === 'reply' && !someoneSpeaks}>
                {intentName(value)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label class="field-label" for="add-hand-stakeholder">
            {t('moderator.add.stakeholder')}
          </label>
          <select
            id="add-hand-stakeholder"
            class="select-input"
            value={stakeholderGroup ?? ''}
            data-testid="floor-add-stakeholder"
            onChange={(event) => setStakeholderGroup((event.currentTarget.value || null) as StakeholderGroup | null)}
          >
            <option value="">{t('moderator.add.notNoted')}</option>
            {STAKEHOLDER_LIST.map((value) => (
              <option key={value} value={value}>
                {declaredName(value)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label class="field-label" for="add-hand-region">
            {t('moderator.add.region')}
          </label>
          <select
            id="add-hand-region"
            class="select-input"
            value={regionalGroup ?? ''}
            data-testid="floor-add-region"
            onChange={(event) => setRegionalGroup((event.currentTarget.value || null) as RegionalGroup | null)}
          >
            <option value="">{t('moderator.add.notNoted')}</option>
            {REGION_LIST.map((value) => (
              <option key={value} value={value}>
                {declaredName(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="form-feedback" aria-live="polite">
        {problem && (
          <p class="field-error" id="add-hand-problem">
            {problem}
          </p>
        )}
        {added && <p class="form-success">{t('moderator.add.added', { label: added })}</p>}
      </div>
      <button type="submit" class="button button-primary" aria-disabled={busy || disabled ? 'true' : undefined} data-testid="floor-add-submit">
        {t('moderator.add.submit')}
      </button>
    </form>
  );
}
