import type { SessionState } from '../sessionState.ts';

/**
 * The names the host's audit page puts in place of the ids in audit lines (AUDIT-4): a poll by
 * its question, a panel speaker by the plan's label, a question by its number in the order
 * asked (never its text: that is a participant's). Plan content is the host's own, so it may
 * be shown; nothing a participant wrote is.
 */
export interface AuditNames {
  readonly polls: Readonly<Record<string, string>>;
  /** Panel speakers' labels by their index in the plan. */
  readonly speakers: readonly string[];
  /** Agenda items' titles by index. */
  readonly agenda: readonly string[];
  /** Question number (1 for the first asked) by question id. */
  readonly questions: Readonly<Record<string, number>>;
}

export function auditNames(state: SessionState): AuditNames {
  const polls: Record<string, string> = {};
  for (const id of state.pollOrder) {
    const poll = state.polls[id];
    if (poll) polls[id] = poll.question;
  }
  const questions: Record<string, number> = {};
  const asked = Object.values(state.qa.questions).sort((a, b) => a.askedAt - b.askedAt || a.id.localeCompare(b.id));
  asked.forEach((question, i) => {
    questions[question.id] = i + 1;
  });
  return {
    polls,
    speakers: state.plan.speakers.map((speaker) => speaker.label),
    agenda: state.plan.agenda.map((item) => item.title),
    questions,
  };
}
