import type { Command } from '../protocol/commands.ts';
import { sameValue, withDefaults } from '../protectedSettings.ts';
import type { SessionState } from '../sessionState.ts';

/**
 * What a command changes in the session's settings, as lines for the audit log (AUDIT-3):
 * `youthMode: on → off`, `floor.limitSeconds: 120 → 90`, `codeOfConduct: changed`. Settings
 * are the host's configuration, not participant content, so booleans, numbers and fixed
 * choices are shown; free text (titles, guidelines, the code of conduct, labels) is only
 * said to be added, changed or removed, never quoted (AUDIT-1).
 */

/** Plan strings that are one of a fixed set of choices, shown as they are; every other string is free text. */
const CHOICE_PATHS: ReadonlySet<string> = new Set(['format', 'floor.policy', 'qa.selectionPolicy']);
/** Plan lists of region codes (two capital letters, checked by the schema), shown as they are. */
const CODE_LIST_PATHS: ReadonlySet<string> = new Set(['qa.phoneRegions']);

type Data = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value in plain words; an unset optional setting follows its default. */
function word(value: unknown): string {
  if (value === undefined || value === null) return 'default';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return 'set';
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function count(value: unknown): string {
  const n = Array.isArray(value) ? value.length : 0;
  return n === 1 ? '1 item' : `${String(n)} items`;
}

/** How one setting changed, in plain words, without quoting free text. */
function describe(path: string, before: unknown, after: unknown): string {
  if (CODE_LIST_PATHS.has(path)) {
    const codes = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : 'default');
    return `${codes(before)} → ${codes(after)}`;
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    const from = count(before);
    const to = count(after);
    return from === to ? 'changed' : `${from} → ${to}`;
  }
  if ((typeof before === 'string' || typeof after === 'string') && !CHOICE_PATHS.has(path)) {
    if (isBlank(before)) return 'added';
    if (isBlank(after)) return 'removed';
    return 'changed';
  }
  return `${word(before)} → ${word(after)}`;
}

/** Every setting that differs between two plan-like objects, by dotted path, in the order of `after`. */
export function planChanges(before: unknown, after: unknown, path = ''): string[] {
  if (sameValue(before, after)) return [];
  const bothRecords = (isRecord(before) || before === undefined) && (isRecord(after) || after === undefined);
  if (!bothRecords || CODE_LIST_PATHS.has(path)) return [`${path}: ${describe(path, before, after)}`];
  const from: Data = isRecord(before) ? before : {};
  const to: Data = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(to), ...Object.keys(from)])];
  return keys.flatMap((key) => planChanges(from[key], to[key], path === '' ? key : `${path}.${key}`));
}

function change(path: string, before: string | number | boolean, after: string | number | boolean): string[] {
  return before === after ? [] : [`${path}: ${word(before)} → ${word(after)}`];
}

/**
 * The settings `command` changes from the state `before` it, as audit lines (AUDIT-3); an
 * empty list when it changes none; null when the command is not a change of settings.
 */
export function settingChanges(command: Command, before: SessionState): string[] | null {
  switch (command.type) {
    case 'plan.update':
      // A stored plan lacks the settings added since it was written: their defaults are no change.
      return planChanges(withDefaults(before.plan), command.plan);
    case 'guidelines.set':
      return planChanges(
        { guidelines: before.plan.guidelines, codeOfConduct: before.plan.codeOfConduct },
        { guidelines: command.guidelines, codeOfConduct: command.codeOfConduct },
      );
    case 'floor.setPolicy':
      return change('floor.policy', before.floor.policy, command.policy);
    case 'floor.setLimit':
      return [...change('floor.limitSeconds', before.floor.limitSeconds, command.limitSeconds), ...change('floor.warningSeconds', before.floor.warningSeconds, command.warningSeconds)];
    case 'floor.showBalance':
      return change('floor.balanceShown', before.floor.balanceShown, command.shown);
    case 'qa.setPolicy':
      return change('qa.policy', before.qa.policy, command.policy);
    default:
      return null;
  }
}
