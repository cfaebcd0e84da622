import type { Command } from '../protocol/commands.ts';
import type { SessionState } from '../sessionState.ts';
import { settingChanges } from './settingChanges.ts';

/**
 * The one-line summary of a moderation action for the audit log (AUDIT-1). Only ids, enums,
 * numbers and booleans of the command are kept: no labels, questions, notes or anything a
 * participant wrote, so the log can be shown to the host without exposing content.
 */
const SUMMARY_FIELDS = ['pollId', 'handId', 'panelSpeaker', 'position', 'policy', 'limitSeconds', 'warningSeconds', 'shown', 'revealed', 'channel', 'intent', 'questionId'] as const;

/** Separates the changes of one audit line (AUDIT-3); the host's page shows one per line. */
export const AUDIT_CHANGE_SEPARATOR = '; ';

/**
 * The summary of `command`, decided on the state `before` it. A change of settings lists each
 * setting with its old and new value (`youthMode: on → off`, AUDIT-3), or says it changed
 * nothing; any other command keeps its ids, enums, numbers and booleans.
 */
export function auditSummary(command: Command, before: SessionState): string {
  const changes = settingChanges(command, before);
  if (changes !== null) return changes.length === 0 ? 'no change' : changes.join(AUDIT_CHANGE_SEPARATOR);
  const record = command as unknown as Readonly<Record<string, unknown>>;
  const parts: string[] = [];
  for (const field of SUMMARY_FIELDS) {
    const value = record[field];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parts.push(`${field}=${String(value).slice(0, 64)}`);
  }
  return parts.join(' ');
}
