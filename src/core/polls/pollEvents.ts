import type { PollDraft, RatingScale } from '../plan.ts';
import type { SessionState } from '../sessionState.ts';
import type { BreakdownDimension } from './pollBreakdown.ts';
import { pollById, type EntryVerdict, type Poll, type PollOption } from './pollTypes.ts';

/** What a poll's kind adds to `poll.created`; absent in events written before these kinds. */
type KindSettings = { readonly [K in 'maxChoices' | 'scale' | 'maxWords' | 'timerSeconds']?: Poll[K] } & { readonly correct?: readonly string[] };

/** Control events of polls; sequenced with the session's other control events. */
export type PollEvent =
  | {
      readonly type: 'poll.created';
      readonly at: number;
      readonly poll: Pick<Poll, 'id' | 'question' | 'kind' | 'options' | 'resultsVisibility'> & { readonly agendaItem?: number | null } & KindSettings;
    }
  /** A moderator approves or hides a word or answer, keyed by `entryKey` (null: back to the filters). */
  | { readonly type: 'poll.entryJudged'; readonly at: number; readonly pollId: string; readonly key: string; readonly verdict: EntryVerdict | null }
  | { readonly type: 'poll.opened'; readonly at: number; readonly pollId: string }
  | { readonly type: 'poll.closed'; readonly at: number; readonly pollId: string }
  | { readonly type: 'poll.revealed'; readonly at: number; readonly pollId: string; readonly revealed: boolean }
  | { readonly type: 'poll.deleted'; readonly at: number; readonly pollId: string }
  /** The poll is the "after" of `beforeId` (null: no longer paired), POLL-34. */
  | { readonly type: 'poll.paired'; readonly at: number; readonly pollId: string; readonly beforeId: string | null }
  /** The public sees the results by this dimension beside the overall (null: overall only), POLL-60. */
  | { readonly type: 'poll.breakdownShown'; readonly at: number; readonly pollId: string; readonly dimension: BreakdownDimension | null };

/** A participant's ballot: a contribution, an idempotent upsert keyed by (poll, participant). */
export type VoteCast = { readonly type: 'vote.cast'; readonly at: number; readonly pollId: string; readonly participantId: string; readonly optionIds: readonly string[] };

export const POLL_EVENT_TYPES = ['poll.created', 'poll.opened', 'poll.closed', 'poll.revealed', 'poll.deleted', 'poll.entryJudged', 'poll.paired', 'poll.breakdownShown'] as const satisfies readonly PollEvent['type'][];
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

/** The scale of a rating poll when the draft gives none. */
export const DEFAULT_SCALE: RatingScale = { min: 1, max: 5 };
export const DEFAULT_MAX_WORDS = 3;
export const DEFAULT_QUIZ_SECONDS = 30;

/** A rating scale's points as options, lowest first: `o1` is `min` (POLL-22). */
export function scaleOptions(scale: RatingScale): PollOption[] {
  return optionsFrom(Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i)));
}

function kindSettings(draft: PollDraft): KindSettings {
  switch (draft.kind) {
    case 'multiple':
      return draft.maxChoices === undefined ? {} : { maxChoices: draft.maxChoices };
    case 'rating':
      return { scale: draft.scale ?? DEFAULT_SCALE };
    case 'wordcloud':
      return { maxWords: draft.maxWords ?? DEFAULT_MAX_WORDS };
    case 'quiz':
      return { correct: (draft.correct ?? []).map((i) => `o${i + 1}`), timerSeconds: draft.timerSeconds ?? DEFAULT_QUIZ_SECONDS };
    default:
      return {};
  }
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
      options: draft.kind === 'rating' ? scaleOptions(draft.scale ?? DEFAULT_SCALE) : optionsFrom(draft.options),
      resultsVisibility: draft.resultsVisibility,
      ...(draft.agendaItem === undefined ? {} : { agendaItem: draft.agendaItem }),
      ...kindSettings(draft),
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
          [event.poll.id]: {
            ...event.poll,
            agendaItem: event.poll.agendaItem ?? null,
            maxChoices: event.poll.maxChoices ?? null,
            scale: event.poll.scale ?? null,
            maxWords: event.poll.maxWords ?? null,
            correct: event.poll.correct ?? [],
            timerSeconds: event.poll.timerSeconds ?? null,
            verdicts: {},
            pairedWith: null,
            shownBreakdown: null,
            status: 'draft',
            revealed: false,
            createdAt: event.at,
            openedAt: null,
            closedAt: null,
          },
        },
        pollOrder: [...state.pollOrder, event.poll.id],
      };
    case 'poll.opened':
      return { ...withPoll(state, event.pollId, (p) => ({ ...p, status: 'open', openedAt: event.at, closedAt: null })), activePollId: event.pollId };
    case 'poll.closed':
      return withPoll(state, event.pollId, (p) => ({ ...p, status: 'closed', closedAt: event.at }));
    case 'poll.revealed':
      return withPoll(state, event.pollId, (p) => ({ ...p, revealed: event.revealed }));
    case 'poll.entryJudged':
      return withPoll(state, event.pollId, (p) => {
        const { [event.key]: _old, ...verdicts } = p.verdicts;
        return { ...p, verdicts: event.verdict === null ? verdicts : { ...verdicts, [event.key]: event.verdict } };
      });
    case 'poll.paired':
      return withPoll(state, event.pollId, (p) => ({ ...p, pairedWith: event.beforeId }));
    case 'poll.breakdownShown':
      return withPoll(state, event.pollId, (p) => ({ ...p, shownBreakdown: event.dimension }));
    case 'poll.deleted': {
      const { [event.pollId]: _removed, ...rest } = state.polls;
      // A pair whose earlier poll is gone is no pair any more (POLL-34).
      const polls = Object.fromEntries(Object.entries(rest).map(([id, p]) => [id, p.pairedWith === event.pollId ? { ...p, pairedWith: null } : p]));
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
