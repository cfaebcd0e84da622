import { AUDIT_CHANGE_SEPARATOR } from '../../../core/audit/auditSummary.ts';
import type { AuditNames } from '../../../core/audit/auditNames.ts';
import type { FloorPolicy } from '../../../core/floor/floorTypes.ts';
import type { QaPolicy } from '../../../core/qa/qaTypes.ts';
import { POLICY_LIST, policyName } from '../../floor/floorNames.ts';
import { currentLocale, formatDateTime, hasMessage, t, type MessageKey } from '../../i18n/index.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { isolatedUserText } from '../../components/userText.ts';

/**
 * An audit line in plain words for the host (AUDIT-4): the action as a phrase ("Opened a
 * poll"), each id as the name of what it stands for ("Poll: “Which risk matters most?”",
 * "Question 3", "Speaker 2"), each changed setting under its name on the host page. Anything
 * without words yet is shown as recorded, never dropped.
 */

/** "Opened a poll" for `poll.open`; the recorded action for one without words. */
export function auditActionText(action: string): string {
  const key = `audit.action.${action}`;
  return hasMessage(key) ? t(key) : action;
}

const QA_POLICY_NAMES: Readonly<Record<QaPolicy, MessageKey>> = {
  most_upvoted: 'qa.policy.mostUpvoted',
  alternate: 'qa.policy.alternate',
  least_heard: 'qa.policy.leastHeard',
};

function policyText(action: string, value: string): string {
  if (action.startsWith('qa.')) return Object.hasOwn(QA_POLICY_NAMES, value) ? t(QA_POLICY_NAMES[value as QaPolicy]) : value;
  return (POLICY_LIST as readonly string[]).includes(value) ? policyName(value as FloorPolicy) : value;
}

function clock(seconds: number): string {
  return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
}

function translated(key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

/** One `field=value` of a summary in words. */
function detail(field: string, value: string, action: string, names: AuditNames): string {
  const n = Number(value);
  switch (field) {
    case 'pollId': {
      const question = names.polls[value];
      return question === undefined ? t('audit.detail.pollGone') : t('audit.detail.poll', { question: isolatedUserText(question) });
    }
    case 'questionId': {
      const number = names.questions[value];
      return number === undefined ? t('audit.detail.questionGone') : t('audit.detail.question', { number });
    }
    case 'handId':
      return t('audit.detail.hand');
    case 'panelSpeaker':
      return t('audit.detail.speaker', { name: isolatedUserText(names.speakers[n] ?? String(n + 1)) });
    case 'position':
      return t('audit.detail.position', { place: n + 1 });
    case 'policy':
      return t('audit.detail.policy', { policy: policyText(action, value) });
    case 'limitSeconds':
      return t('audit.detail.limit', { time: clock(n) });
    case 'warningSeconds':
      return t('audit.detail.warning', { seconds: n });
    case 'shown':
      return t(value === 'true' ? 'audit.detail.shown' : 'audit.detail.hidden');
    case 'revealed':
      return t(value === 'true' ? 'audit.detail.revealed' : 'audit.detail.unrevealed');
    case 'channel':
      return translated(`channel.${value}`, value);
    case 'intent':
      return translated(`intent.${value}`, value);
    case 'role':
      return t('audit.detail.role', { role: translated(`role.${value}`, value) });
    case 'link':
      return t('audit.detail.link');
    default:
      return `${field}=${value}`;
  }
}

/** Whether a summary lists changed settings (AUDIT-3) rather than what an action acted on. */
export function isSettingChanges(summary: string): boolean {
  return summary !== '' && summary.split(AUDIT_CHANGE_SEPARATOR).every((line) => /^[\w.]+: .+$/.test(line));
}

// The arrow the core writes between a setting's old and new value (AUDIT-3).
const CHANGE_ARROW = ' → ';
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_ISOLATE = '\u2069';

/**
 * "old → new" for the page's direction (A11Y-12). In a right-to-left page the old value comes
 * first from the right, so the arrow points left; each value is isolated, so that neither Latin
 * words ("on", "off") nor numbers pull the arrow into their own direction and swap the pair.
 */
export function changeText(change: string): string {
  const at = change.indexOf(CHANGE_ARROW);
  if (at < 0 || LOCALES[currentLocale.value].dir !== 'rtl') return change;
  const isolate = (value: string) => `${FIRST_STRONG_ISOLATE}${value}${POP_ISOLATE}`;
  return `${isolate(change.slice(0, at))} ← ${isolate(change.slice(at + CHANGE_ARROW.length))}`;
}

/** The details of an audit line, one string per line. */
export function auditDetailLines(action: string, summary: string, names: AuditNames): string[] {
  if (summary === '') return [];
  if (isSettingChanges(summary)) {
    return summary.split(AUDIT_CHANGE_SEPARATOR).map((line) => {
      const [, path = '', change = ''] = /^([\w.]+): (.+)$/.exec(line) ?? [];
      return `${translated(`audit.setting.${path}`, path)}: ${changeText(change)}`;
    });
  }
  const parts = [...summary.matchAll(/(\w+)=(\S+)/g)];
  if (parts.length === 0) return [translated(`audit.summary.${summary.replaceAll(' ', '_')}`, summary)];
  return parts.map((m) => detail(m[1] ?? '', m[2] ?? '', action, names));
}

/** When, in the viewer's own locale, with the month in words (no 12/05 against 05/12). */
export function auditTime(at: number): string {
  return formatDateTime(at, { dateStyle: 'medium', timeStyle: 'medium' });
}
