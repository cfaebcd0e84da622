import type { QuestionView } from '../../core/qa/qaViews.ts';
import type { Channel } from '../../core/roles.ts';

/**
 * The questions waiting for a moderator, in the order the console lists them and the keys
 * walk them (COCKPIT-3): held ones first (the filters found something), then pending, each by
 * time of asking. The online moderator's console puts the online room's questions first
 * (COCKPIT-4).
 */
export function waitingQuestions(questions: readonly QuestionView[], roomFirst: Channel | null = null): QuestionView[] {
  const rank = (q: QuestionView) => (roomFirst !== null && q.channel !== roomFirst ? 2 : 0) + (q.status === 'held' ? 0 : 1);
  return questions.filter((q) => q.status === 'held' || q.status === 'pending').sort((a, b) => rank(a) - rank(b) || a.askedAt - b.askedAt);
}

/** The question `step` places after (or before, when negative) the selected one; the first or last when none is selected. */
export function stepSelection(ids: readonly string[], selected: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = selected === null ? -1 : ids.indexOf(selected);
  if (at === -1) return step === 1 ? (ids[0] ?? null) : (ids.at(-1) ?? null);
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? null;
}

/**
 * The selection after the list changed: the same question while it waits; once it left (approved,
 * rejected), the one that took its place, so that A, A, A approves down the list.
 */
export function keptSelection(before: readonly string[], after: readonly string[], selected: string | null): string | null {
  if (selected === null || after.includes(selected)) return selected;
  const at = before.indexOf(selected);
  if (at === -1 || after.length === 0) return null;
  // The questions that were after it and still wait, in order; else the last one.
  const following = before.slice(at + 1).find((id) => after.includes(id));
  return following ?? after.at(-1) ?? null;
}
