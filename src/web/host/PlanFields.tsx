import type { ComponentChildren } from 'preact';
import type { PlanIssue } from './hostApi.ts';
import { USER_TEXT } from '../components/userText.ts';

/**
 * The host form's fields. Each is named by its path in the plan (`plan.agenda.2.title`), the
 * same path the server names in an error, so an error lands on its field: `aria-invalid` and
 * the message under it.
 */

export interface FieldBase {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly issues: readonly PlanIssue[];
}

export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

function issueFor(issues: readonly PlanIssue[], path: string): PlanIssue | undefined {
  return issues.find((issue) => issue.path === path);
}

function Field({ path, label, hint, issues, children }: FieldBase & { children: ComponentChildren }) {
  const issue = issueFor(issues, path);
  return (
    <div class="host-field" data-invalid={issue ? 'true' : undefined}>
      <label class="field-label" for={fieldId(path)}>
        {label}
      </label>
      {hint && <p class="field-hint" id={`${fieldId(path)}-hint`}>{hint}</p>}
      {children}
      {issue && (
        <p class="host-field-error" id={`${fieldId(path)}-error`} data-testid="field-error">
          {issue.message}
        </p>
      )}
    </div>
  );
}

function describedBy(path: string, hint: string | undefined, issues: readonly PlanIssue[]): string | undefined {
  const ids = [hint ? `${fieldId(path)}-hint` : null, issueFor(issues, path) ? `${fieldId(path)}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function TextField(props: FieldBase & { value: string | undefined; onChange: (value: string) => void; multiline?: boolean; required?: boolean; lang?: string; dir?: 'ltr' | 'rtl' }) {
  const { path, hint, issues, value, onChange, multiline = false, required = false, lang, dir } = props;
  const common = {
    id: fieldId(path),
    // A text written in another language than the page's (a plan translation) says which.
    lang,
    dir,
    class: 'text-input',
    'data-testid': fieldId(path),
    'aria-invalid': issueFor(issues, path) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(path, hint, issues),
    required,
    value: value ?? '',
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return <Field {...props}>{multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}</Field>;
}

export function NumberField(props: FieldBase & { value: number | undefined; onChange: (value: number | undefined) => void; min?: number; max?: number }) {
  const { path, hint, issues, value, onChange, min, max } = props;
  return (
    <Field {...props}>
      <input
        type="number"
        inputMode="numeric"
        id={fieldId(path)}
        data-testid={fieldId(path)}
        class="text-input host-number"
        min={min}
        max={max}
        aria-invalid={issueFor(issues, path) ? 'true' : undefined}
        aria-describedby={describedBy(path, hint, issues)}
        value={value === undefined || Number.isNaN(value) ? '' : String(value)}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          onChange(raw === '' ? undefined : Number(raw));
        }}
      />
    </Field>
  );
}

/** A select of the plan; `writtenOptions`: its options are what the host wrote (agenda titles), each taking its own direction (I18N-12). */
export function SelectField<V extends string>(props: FieldBase & { value: V | undefined; options: readonly (readonly [V | '', string])[]; onChange: (value: V | undefined) => void; writtenOptions?: boolean }) {
  const { path, hint, issues, value, options, onChange, writtenOptions = false } = props;
  return (
    <Field {...props}>
      <select
        id={fieldId(path)}
        data-testid={fieldId(path)}
        class="select-input"
        aria-invalid={issueFor(issues, path) ? 'true' : undefined}
        aria-describedby={describedBy(path, hint, issues)}
        value={value ?? ''}
        onChange={(e) => {
          const raw = e.currentTarget.value as V | '';
          onChange(raw === '' ? undefined : raw);
        }}
      >
        {options.map(([v, label]) => (
          <option key={v} value={v} {...(writtenOptions && v !== '' ? USER_TEXT : {})}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckField({ path, label, hint, checked, onChange }: { path: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="host-field host-check">
      <input type="checkbox" id={fieldId(path)} data-testid={fieldId(path)} checked={checked} aria-describedby={hint ? `${fieldId(path)}-hint` : undefined} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={fieldId(path)}>{label}</label>
      {hint && <p class="field-hint" id={`${fieldId(path)}-hint`}>{hint}</p>}
    </div>
  );
}

/**
 * A set of boxes for one list field (a quiz's correct options): a fieldset named by its legend,
 * each box a choice; the field's error, keyed by the list's path, shows under the set.
 */
export function CheckGroupField({ path, label, hint, issues, choices, checked, onChange }: FieldBase & { choices: readonly (readonly [number, string])[]; checked: readonly number[]; onChange: (checked: number[]) => void }) {
  const issue = issueFor(issues, path);
  const toggle = (value: number, on: boolean) => onChange(on ? [...checked.filter((v) => v !== value), value].sort((a, b) => a - b) : checked.filter((v) => v !== value));
  return (
    <fieldset class="host-field host-check-group" id={fieldId(path)} data-testid={fieldId(path)} data-invalid={issue ? 'true' : undefined} aria-describedby={describedBy(path, hint, issues)}>
      <legend class="field-label">{label}</legend>
      {hint && <p class="field-hint" id={`${fieldId(path)}-hint`}>{hint}</p>}
      {choices.map(([value, text]) => (
        <div class="host-check" key={value}>
          <input type="checkbox" id={`${fieldId(path)}-${String(value)}`} data-testid={`${fieldId(path)}-${String(value)}`} checked={checked.includes(value)} onChange={(e) => toggle(value, e.currentTarget.checked)} />
          <label for={`${fieldId(path)}-${String(value)}`}>{text}</label>
        </div>
      ))}
      {issue && (
        <p class="host-field-error" id={`${fieldId(path)}-error`} data-testid="field-error">
          {issue.message}
        </p>
      )}
    </fieldset>
  );
}
