import type { Command } from '../protocol/commands.ts';

/**
 * The one-line summary of a moderation action for the audit log (AUDIT-1). Only ids, enums,
 * numbers and booleans of the command are kept: no labels, questions, notes or anything a
 * participant wrote, so the log can be shown to the host without exposing content.
 */
const SUMMARY_FIELDS = ['pollId', 'handId', 'panelSpeaker', 'position', 'policy', 'limitSeconds', 'warningSeconds', 'shown', 'revealed', 'channel', 'intent', 'questionId'] as const;

export function auditSummary(command: Command): string {
  const record = command as unknown as Readonly<Record<string, unknown>>;
  const parts: string[] = [];
  for (const field of SUMMARY_FIELDS) {
    const value = record[field];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parts.push(`${field}=${String(value).slice(0, 64)}`);
  }
  return parts.join(' ');
}
