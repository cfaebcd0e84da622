import type { Channel } from '../roles.ts';
import type { QaPolicy, QaState, Question } from './qaTypes.ts';

/**
 * "Next question" (QA-9, QA-10). Pure: the pick is derived from the published questions,
 * their upvotes and what was answered so far. Votes alone cannot be fair between a full room
 * and a small online audience, hence the other policies.
 */

/** What a policy knows of a question that could be taken next. */
export interface Candidate {
  readonly id: string;
  readonly channel: Channel;
  /** Declared stakeholder group at ask time; "" for undeclared (one group of its own). */
  readonly group: string;
  readonly upvotes: number;
  /** Order of asking: earlier wins every remaining tie. */
  readonly ticket: number;
}

/** What has been heard so far. */
export interface QaHistory {
  /** Channel of the question being answered, else of the latest answered one. */
  readonly lastChannel: Channel | null;
  /** Questions answered (or being answered) per group, "" for undeclared. */
  readonly heardByGroup: ReadonlyMap<string, number>;
}

/** Better: more upvotes, then asked earlier. */
function byVotesThenTicket(a: Candidate, b: Candidate): number {
  return b.upvotes - a.upvotes || a.ticket - b.ticket;
}

function best(candidates: readonly Candidate[], compare: (a: Candidate, b: Candidate) => number): Candidate | undefined {
  let pick: Candidate | undefined;
  for (const c of candidates) if (!pick || compare(c, pick) < 0) pick = c;
  return pick;
}

/** The question the policy takes among `candidates`; undefined when there are none. */
export function pickQuestion(policy: QaPolicy, candidates: readonly Candidate[], history: QaHistory): Candidate | undefined {
  switch (policy) {
    case 'most_upvoted':
      return best(candidates, byVotesThenTicket);
    case 'alternate': {
      // The other channel when it has a question waiting; within a channel, by votes.
      const other = history.lastChannel === null ? candidates : candidates.filter((c) => c.channel !== history.lastChannel);
      return best(other.length > 0 ? other : candidates, byVotesThenTicket);
    }
    case 'least_heard': {
      const heard = (c: Candidate) => history.heardByGroup.get(c.group) ?? 0;
      return best(candidates, (a, b) => heard(a) - heard(b) || byVotesThenTicket(a, b));
    }
  }
}

/** Questions heard so far: answered ones in order of answering, then the one being answered. */
export function qaHistory(qa: QaState): QaHistory {
  const answered = qa.order
    .map((id) => qa.questions[id])
    .filter((q): q is Question => q !== undefined && q.status === 'answered')
    .sort((a, b) => (a.answeredAt ?? 0) - (b.answeredAt ?? 0) || a.ticket - b.ticket);
  const current = qa.nowAnswering === null ? undefined : qa.questions[qa.nowAnswering];
  const heard = current && current.status !== 'answered' ? [...answered, current] : answered;
  const heardByGroup = new Map<string, number>();
  for (const q of heard) heardByGroup.set(q.stakeholderGroup ?? '', (heardByGroup.get(q.stakeholderGroup ?? '') ?? 0) + 1);
  return { lastChannel: heard.at(-1)?.channel ?? null, heardByGroup };
}

/**
 * Published questions that could be taken next: not the one on screen, and of the current
 * agenda item when one is known (questions asked when none was known stay eligible).
 */
export function candidatesOf(qa: QaState, upvotes: (questionId: string) => number, agendaItem: number | null): Candidate[] {
  return qa.order.flatMap((id) => {
    const q = qa.questions[id];
    if (!q || q.status !== 'published' || id === qa.nowAnswering) return [];
    if (agendaItem !== null && q.agendaItem !== null && q.agendaItem !== agendaItem) return [];
    return [{ id, channel: q.channel, group: q.stakeholderGroup ?? '', upvotes: upvotes(id), ticket: q.ticket }];
  });
}
