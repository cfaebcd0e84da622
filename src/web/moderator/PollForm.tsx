import { useRef, useState } from 'preact/hooks';
import type { MAX_OPTION_LENGTH, MAX_POLL_OPTIONS, MAX_QUESTION_LENGTH, PollDraft } from '../../core/plan.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { t, type MessageKey, tn } from '../i18n/index.ts';

/*
 * The limits of src/core/plan.ts. They are typed from it but not imported as values: plan.ts
 * loads zod, which has no place in the browser bundle. Changing a limit there breaks the build
 * here until these follow.
 */
const MIN_OPTIONS = 2;
const MAX_OPTIONS: typeof MAX_POLL_OPTIONS = 12;
const MAX_QUESTION: typeof MAX_QUESTION_LENGTH = 300;
const MAX_OPTION: typeof MAX_OPTION_LENGTH = 120;

const KINDS: readonly { value: PollDraft['kind']; label: MessageKey }[] = [
  { value: 'single', label: 'pollForm.kindSingle' },
  { value: 'multiple', label: 'pollForm.kindMultiple' },
  { value: 'rating', label: 'pollForm.kindRating' },
  { value: 'ranking', label: 'pollForm.kindRanking' },
  { value: 'wordcloud', label: 'pollForm.kindWordcloud' },
  { value: 'open_text', label: 'pollForm.kindOpenText' },
  { value: 'quiz', label: 'pollForm.kindQuiz' },
];

/** Kinds whose ballots name options the moderator writes (POLL-20). */
function hasOptions(kind: PollDraft['kind']): boolean {
  return kind === 'single' || kind === 'multiple' || kind === 'ranking' || kind === 'quiz';
}

/** What each kind adds to the draft (POLL-20..POLL-26), as the form holds it. */
interface KindSettings {
  readonly maxChoices: number;
  readonly scaleMax: number;
  readonly minLabel: string;
  readonly maxLabel: string;
  readonly maxWords: number;
  readonly correct: number;
  readonly timerSeconds: number;
}

const DEFAULT_SETTINGS: KindSettings = { maxChoices: 0, scaleMax: 5, minLabel: '', maxLabel: '', maxWords: 3, correct: 0, timerSeconds: 30 };

/** The draft's kind-specific fields, as `poll.create` takes them. */
function kindFields(kind: PollDraft['kind'], s: KindSettings): Partial<PollDraft> {
  switch (kind) {
    case 'multiple':
      return s.maxChoices > 0 ? { maxChoices: s.maxChoices } : {};
    case 'rating':
      return { scale: { min: 1, max: s.scaleMax, ...(s.minLabel.trim() ? { minLabel: s.minLabel.trim() } : {}), ...(s.maxLabel.trim() ? { maxLabel: s.maxLabel.trim() } : {}) } };
    case 'wordcloud':
      return { maxWords: s.maxWords };
    case 'quiz':
      return { correct: [s.correct], timerSeconds: s.timerSeconds };
    default:
      return {};
  }
}

const VISIBILITIES: readonly { value: PollDraft['resultsVisibility']; label: MessageKey }[] = [
  { value: 'live', label: 'pollForm.visibilityLive' },
  { value: 'after_close', label: 'pollForm.visibilityAfterClose' },
  { value: 'hidden', label: 'pollForm.visibilityHidden' },
];

interface OptionRow {
  /** Stable across edits and removals, for rendering only. */
  readonly key: number;
  readonly text: string;
}

type Problem = { readonly field: 'question' | 'options'; readonly message: string };

/** Checks a draft the way the server will, so most mistakes are caught before sending. */
function validate(question: string, options: readonly string[], kind: PollDraft['kind']): Problem | null {
  if (!question.trim()) return { field: 'question', message: t('pollForm.errorQuestion') };
  if (!hasOptions(kind)) return null;
  if (options.length < MIN_OPTIONS) return { field: 'options', message: tn('pollForm.errorFewOptions', MIN_OPTIONS) };
  if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) return { field: 'options', message: t('pollForm.errorDistinct') };
  return null;
}

interface PollFormProps {
  readonly run: (command: CommandInput) => Promise<boolean>;
  readonly disabled: boolean;
}

/** "New poll": question, kind, 2–12 options, results visibility; creates the poll as a draft. */
export function PollForm({ run, disabled }: PollFormProps) {
  const nextKey = useRef(MIN_OPTIONS);
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<PollDraft['kind']>('single');
  const [visibility, setVisibility] = useState<PollDraft['resultsVisibility']>('live');
  const [settings, setSettings] = useState<KindSettings>(DEFAULT_SETTINGS);
  const [rows, setRows] = useState<readonly OptionRow[]>([
    { key: 0, text: '' },
    { key: 1, text: '' },
  ]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);
  const [created, setCreated] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const editRow = (key: number, text: string) => {
    setRows((current) => current.map((row) => (row.key === key ? { key, text } : row)));
    setProblem(null);
    setCreated(false);
  };

  const addRow = () => {
    if (rows.length >= MAX_OPTIONS) return;
    const key = nextKey.current++;
    setRows((current) => [...current, { key, text: '' }]);
    // Focus the new option's field once it is rendered.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>(`#poll-option-${key}`)?.focus());
  };

  const removeRow = (index: number) => {
    if (rows.length <= MIN_OPTIONS) return;
    setRows((current) => current.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const inputs = formRef.current?.querySelectorAll<HTMLInputElement>('[data-testid="new-poll-option"]');
      inputs?.[Math.min(index, inputs.length - 1)]?.focus();
    });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending || disabled) return;
    const options = hasOptions(kind) ? rows.map((row) => row.text.trim()).filter((text) => text.length > 0) : [];
    const found = validate(question, options, kind);
    setProblem(found);
    if (found) {
      formRef.current?.querySelector<HTMLElement>(found.field === 'question' ? '#new-poll-question' : '[data-testid="new-poll-option"]')?.focus();
      return;
    }
    setSending(true);
    const ok = await run({ type: 'poll.create', poll: { question: question.trim(), kind, options, resultsVisibility: visibility, ...kindFields(kind, settings) } });
    setSending(false);
    if (!ok) return;
    setQuestion('');
    setRows([
      { key: nextKey.current++, text: '' },
      { key: nextKey.current++, text: '' },
    ]);
    setCreated(true);
    formRef.current?.querySelector<HTMLElement>('#new-poll-question')?.focus();
  };

  return (
    <form ref={formRef} class="card poll-form-card" aria-labelledby="new-poll-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="new-poll-heading" class="section-heading">
        {t('pollForm.title')}
      </h2>

      <label class="field-label" for="new-poll-question">
        {t('pollForm.question')}
      </label>
      <textarea
        id="new-poll-question"
        class="text-input"
        rows={2}
        maxLength={MAX_QUESTION}
        value={question}
        aria-invalid={problem?.field === 'question' ? 'true' : undefined}
        aria-describedby={problem?.field === 'question' ? 'new-poll-problem' : undefined}
        data-testid="new-poll-question"
        onInput={(event) => {
          setQuestion(event.currentTarget.value);
          setProblem(null);
          setCreated(false);
        }}
      />

      <div class="field-pair">
        <div>
          <label class="field-label" for="new-poll-kind">
            {t('pollForm.kind')}
          </label>
          <select
            id="new-poll-kind"
            class="select-input"
            value={kind}
            data-testid="new-poll-kind"
            onChange={(event) => setKind(event.currentTarget.value as PollDraft['kind'])}
          >
            {KINDS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label class="field-label" for="new-poll-visibility">
            {t('pollForm.visibility')}
          </label>
          <select
            id="new-poll-visibility"
            class="select-input"
            value={visibility}
            data-testid="new-poll-visibility"
            onChange={(event) => setVisibility(event.currentTarget.value as PollDraft['resultsVisibility'])}
          >
            {VISIBILITIES.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <KindSettingsFields kind={kind} settings={settings} options={rows.map((row) => row.text)} change={(next) => setSettings({ ...settings, ...next })} />

      {hasOptions(kind) && <fieldset class="option-rows" aria-describedby={problem?.field === 'options' ? 'new-poll-options-hint new-poll-problem' : 'new-poll-options-hint'}>
        <legend class="field-label">{t('pollForm.options')}</legend>
        <p class="field-hint" id="new-poll-options-hint">
          {tn('pollForm.optionsBetween', MAX_OPTIONS, { min: MIN_OPTIONS })}
        </p>
        <ol class="option-row-list">
          {rows.map((row, index) => (
            <li key={row.key} class="option-row">
              <label class="visually-hidden" for={`poll-option-${row.key}`}>
                {t('pollForm.option', { number: index + 1 })}
              </label>
              <span class="option-row-number" aria-hidden="true">
                {index + 1}
              </span>
              <input
                id={`poll-option-${row.key}`}
                class="text-input"
                type="text"
                maxLength={MAX_OPTION}
                value={row.text}
                aria-invalid={problem?.field === 'options' ? 'true' : undefined}
                data-testid="new-poll-option"
                onInput={(event) => editRow(row.key, event.currentTarget.value)}
              />
              <button
                type="button"
                class="button button-quiet button-icon"
                aria-label={t('pollForm.removeOption', { number: index + 1 })}
                disabled={rows.length <= MIN_OPTIONS}
                onClick={() => removeRow(index)}
              >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="M6 6l12 12M18 6L6 18" />
                </svg>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" class="button button-secondary" disabled={rows.length >= MAX_OPTIONS} data-testid="new-poll-add-option" onClick={addRow}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 5v14M5 12h14" />
          </svg>
          {t('pollForm.addOption')}
        </button>
      </fieldset>}

      <div class="form-feedback" aria-live="polite">
        {problem && (
          <p class="field-error" id="new-poll-problem">
            {problem.message}
          </p>
        )}
        {created && <p class="form-success">{t('pollForm.created')}</p>}
      </div>

      <button type="submit" class="button button-primary button-large" aria-disabled={sending || disabled ? 'true' : undefined} data-testid="new-poll-submit">
        {sending ? t('pollForm.submitting') : t('pollForm.submit')}
      </button>
    </form>
  );
}

/** The fields one kind adds: most choices, the scale, words per person, the quiz's answer and timer. */
function KindSettingsFields({ kind, settings, options, change }: { kind: PollDraft['kind']; settings: KindSettings; options: readonly string[]; change: (next: Partial<KindSettings>) => void }) {
  const number = (id: string, label: MessageKey, value: number, min: number, max: number, key: keyof KindSettings) => (
    <div>
      <label class="field-label" for={id}>
        {t(label)}
      </label>
      <input id={id} class="text-input" type="number" min={min} max={max} value={value} data-testid={id} onInput={(event) => change({ [key]: Number(event.currentTarget.value) })} />
    </div>
  );
  const text = (id: string, label: MessageKey, value: string, key: 'minLabel' | 'maxLabel') => (
    <div>
      <label class="field-label" for={id}>
        {t(label)}
      </label>
      <input id={id} class="text-input" type="text" maxLength={60} value={value} data-testid={id} onInput={(event) => change({ [key]: event.currentTarget.value })} />
    </div>
  );
  switch (kind) {
    case 'multiple':
      return (
        <div class="field-pair">
          <div>
            <label class="field-label" for="new-poll-max-choices">
              {t('pollForm.maxChoices')}
            </label>
            <select id="new-poll-max-choices" class="select-input" value={String(settings.maxChoices)} data-testid="new-poll-max-choices" onChange={(event) => change({ maxChoices: Number(event.currentTarget.value) })}>
              <option value="0">{t('pollForm.maxChoicesAll')}</option>
              {Array.from({ length: MAX_OPTIONS - 1 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
      );
    case 'rating':
      return (
        <div class="field-pair">
          {number('new-poll-scale-max', 'pollForm.scaleMax', settings.scaleMax, 2, 10, 'scaleMax')}
          {text('new-poll-min-label', 'pollForm.scaleMinLabel', settings.minLabel, 'minLabel')}
          {text('new-poll-max-label', 'pollForm.scaleMaxLabel', settings.maxLabel, 'maxLabel')}
        </div>
      );
    case 'wordcloud':
      return <div class="field-pair">{number('new-poll-max-words', 'pollForm.maxWords', settings.maxWords, 1, 5, 'maxWords')}</div>;
    case 'quiz':
      return (
        <div class="field-pair">
          <div>
            <label class="field-label" for="new-poll-correct">
              {t('pollForm.correct')}
            </label>
            <select id="new-poll-correct" class="select-input" value={String(settings.correct)} data-testid="new-poll-correct" onChange={(event) => change({ correct: Number(event.currentTarget.value) })}>
              {options.map((label, i) => (
                <option key={i} value={String(i)}>
                  {label.trim() || t('pollForm.option', { number: i + 1 })}
                </option>
              ))}
            </select>
          </div>
          {number('new-poll-timer', 'pollForm.timer', settings.timerSeconds, 5, 600, 'timerSeconds')}
        </div>
      );
    default:
      return null;
  }
}
