import type { SessionState } from '../sessionState.ts';

/**
 * Every poll of a session with its ballots counted (one per participant; an option counts once
 * per ballot), in the order they were made: what both the report (REPORT-1) and the aggregates
 * kept after retention (RETAIN-3) show of the polls. Who voted is not needed and not kept.
 */
export interface PollResult {
  readonly question: string;
  readonly kind: SessionState['polls'][string]['kind'];
  readonly status: SessionState['polls'][string]['status'];
  readonly agendaItem: number | null;
  /** Participants with a ballot. */
  readonly ballots: number;
  readonly options: readonly { readonly label: string; readonly votes: number }[];
}

export function pollResults(state: SessionState, ballots: readonly { readonly pollId: string; readonly optionIds: readonly string[] }[]): PollResult[] {
  const tallies = new Map<string, { ballots: number; votes: Map<string, number> }>();
  for (const ballot of ballots) {
    let poll = tallies.get(ballot.pollId);
    if (!poll) tallies.set(ballot.pollId, (poll = { ballots: 0, votes: new Map() }));
    poll.ballots += 1;
    for (const id of new Set(ballot.optionIds)) poll.votes.set(id, (poll.votes.get(id) ?? 0) + 1);
  }
  return state.pollOrder.flatMap((id) => {
    const poll = Object.hasOwn(state.polls, id) ? state.polls[id] : undefined;
    if (!poll) return [];
    const tally = tallies.get(id);
    return [{
      question: poll.question,
      kind: poll.kind,
      status: poll.status,
      agendaItem: poll.agendaItem,
      ballots: tally?.ballots ?? 0,
      options: poll.options.map((o) => ({ label: o.label, votes: tally?.votes.get(o.id) ?? 0 })),
    }];
  });
}
