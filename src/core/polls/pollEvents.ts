import type { PollDraft } from '../plan.ts';
import type { SessionState } from '../sessionState.ts';
import { pollById, type Poll, type PollOption } from './pollTypes.ts';

/** Control events of polls; sequenced with the session's other control events. */
export type PollEvent =
  | {
      readonly type: 'poll.created';
      readonly at: number;
      readonly poll: Pick<Poll, 'id' | 'question' | 'kind' | 'options' | 'resultsVisibility'> & { readonly agendaItem?: number | null };
    }
  | { readonly type: 'poll.opened'; readonly at: number; readonly pollId: string }
  | { readonly type: 'poll.closed'; readonly at: number; readonly pollId: string }
  | { readonly type: 'poll.revealed'; readonly at: number; readonly pollId: string; readonly revealed: boolean }
  | { readonly type: 'poll.deleted'; readonly at: number; readonly pollId: string };

/** A participant's ballot: a contribution, an idempotent upsert keyed by (poll, participant). */
export type VoteCast = { readonly type: 'vote.cast'; readonly at: number; readonly pollId: string; readonly participantId: string; readonly optionIds: readonly string[] };

export const POLL_EVENT_TYPES = ['poll.created', 'poll.opened', 'poll.closed', 'poll.revealed', 'poll.deleted'] as const satisfies readonly PollEvent['type'][];
export const POLL_CONTRIBUTION_TYPES = ['vote.cast'] as const satisfies readonly VoteCast['type'][];

const POLL_EVENTS: ReadonlySet<string> = new Set(POLL_EVENT_TYPES);

export function isPollEvent(event: { readonly type: string }): event is PollEvent {
  return POLL_EVENTS.has(event.type);
}

/** The poll an event changes, for the fan-out. */
export function pollIdOf(event: PollEvent): string {
  return event.type === 'poll.created' ? event.poll.id : event.pollId;
}

/** Option ids are short and stable: a vote frame stays small and never needs the labels. */
export function optionsFrom(labels: readonly string[]): PollOption[] {
  return labels.map((label, i) => ({ id: `o${i + 1}`, label }));
}

/** The event that adds a poll as a draft; prepared polls of a plan are created with it too. */
export function pollCreated(draft: PollDraft & { readonly agendaItem?: number | undefined }, id: string, at: number): PollEvent {
  return {
    type: 'poll.created',
    at,
    poll: {
      id,
      question: draft.question,
      kind: draft.kind,
      options: optionsFrom(draft.options),
      resultsVisibility: draft.resultsVisibility,
      ...(draft.agendaItem === undefined ? {} : { agendaItem: draft.agendaItem }),
    },
  };
}

function withPoll(state: SessionState, pollId: string, change: (poll: Poll) => Poll): SessionState {
  const poll = pollById(state, pollId);
  // Events are only produced by `decide` against the same state, so a missing poll means a
  // corrupted log; ignoring it keeps replay total and the sequence still advances.
  if (!poll) return state;
  return { ...state, polls: { ...state.polls, [pollId]: change(poll) } };
}

/** Applies one poll event. Pure and total, like `evolve`. */
export function evolvePolls(state: SessionState, event: PollEvent): SessionState {
  switch (event.type) {
    case 'poll.created':
      return {
        ...state,
        polls: {
          ...state.polls,
          [event.poll.id]: { ...event.poll, agendaItem: event.poll.agendaItem ?? null, status: 'draft', revealed: false, createdAt: event.at, openedAt: null, closedAt: null },
        },
        pollOrder: [...state.pollOrder, event.poll.id],
      };
    case 'poll.opened':
      return { ...withPoll(state, event.pollId, (p) => ({ ...p, status: 'open', openedAt: event.at, closedAt: null })), activePollId: event.pollId };
    case 'poll.closed':
      return withPoll(state, event.pollId, (p) => ({ ...p, status: 'closed', closedAt: event.at }));
    case 'poll.revealed':
      return withPoll(state, event.pollId, (p) => ({ ...p, revealed: event.revealed }));
    case 'poll.deleted': {
      const { [event.pollId]: _removed, ...polls } = state.polls;
      return {
        ...state,
        polls,
        pollOrder: state.pollOrder.filter((id) => id !== event.pollId),
        activePollId: state.activePollId === event.pollId ? null : state.activePollId,
        // The projector cannot keep showing a poll that is gone.
        projector: state.projector.pollId === event.pollId ? { ...state.projector, pollId: null } : state.projector,
      };
    }
  }
}
