import { evolveAgenda, isAgendaEvent, type AgendaEvent } from './agenda/runEvents.ts';
import { initialProjector, initialRun, type ProjectorState, type RunState } from './agenda/runTypes.ts';
import { evolveFloor, isFloorEvent, type FloorEvent } from './floor/floorEvents.ts';
import { initialFloor, type FloorState } from './floor/floorTypes.ts';
import { type Declared } from './vocabulary.ts';
import type { Guidelines, PollDraft, SessionPlan } from './plan.ts';
import type { SpeakerNote } from './speaker/speakerNotes.ts';
import type { Channel } from './roles.ts';
import { qaSettingsOf } from './qa/effectiveQaSettings.ts';
import { evolveQa, isQaEvent, type QaEvent } from './qa/qaEvents.ts';
import { initialQa, type QaState } from './qa/qaTypes.ts';

/**
 * The authoritative control state of one session, rebuilt by folding its events with
 * `evolve`. Contributions (votes) are not in here: they are commutative and live in the
 * `BallotBox`, keyed by (poll, participant), outside the session sequence.
 */

export type PollStatus = 'draft' | 'open' | 'closed';

export interface PollOption {
  readonly id: string;
  readonly label: string;
}

export interface Poll {
  readonly id: string;
  readonly question: string;
  readonly kind: PollDraft['kind'];
  readonly options: readonly PollOption[];
  readonly resultsVisibility: PollDraft['resultsVisibility'];
  readonly status: PollStatus;
  /** Set by the moderator: show the distribution whatever `resultsVisibility` says. */
  readonly revealed: boolean;
  readonly createdAt: number;
  readonly openedAt: number | null;
  readonly closedAt: number | null;
  /** Index of the agenda item the poll was prepared for; null if none (RUN-6). */
  readonly agendaItem: number | null;
}

export interface SessionState {
  readonly id: string;
  /** Number of control events applied; the client's resume point. */
  readonly seq: number;
  readonly joinCode: string;
  readonly plan: SessionPlan;
  readonly createdAt: number;
  readonly polls: Readonly<Record<string, Poll>>;
  /** Poll ids in creation order. */
  readonly pollOrder: readonly string[];
  /** The poll the big screen shows: the one opened last. */
  readonly activePollId: string | null;
  readonly floor: FloorState;
  /** The latest private note to each panel speaker, by index (SPEAK-2). */
  readonly speakerNotes: Readonly<Record<number, SpeakerNote>>;
  /** The run of show: current agenda item and actual durations (RUN rules). */
  readonly run: RunState;
  /** What the big screen shows (PROJ rules). */
  readonly projector: ProjectorState;
  /** The Q&A: questions without their text (see `qa/qaTypes.ts`). */
  readonly qa: QaState;
}

/** Control events: ordered by the per-session sequence and stored in the session's log. */
export type SessionEvent =
  | { readonly type: 'session.created'; readonly at: number; readonly sessionId: string; readonly joinCode: string; readonly plan: SessionPlan }
  | {
      readonly type: 'poll.created';
      readonly at: number;
      readonly poll: Pick<Poll, 'id' | 'question' | 'kind' | 'options' | 'resultsVisibility'> & { readonly agendaItem?: number | null };
    }
  | { readonly type: 'poll.opened'; readonly at: number; readonly pollId: string }
  | { readonly type: 'poll.closed'; readonly at: number; readonly pollId: string }
  | { readonly type: 'poll.revealed'; readonly at: number; readonly pollId: string; readonly revealed: boolean }
  | { readonly type: 'poll.deleted'; readonly at: number; readonly pollId: string }
  | { readonly type: 'guidelines.set'; readonly at: number; readonly guidelines: Guidelines; readonly codeOfConduct: string }
  | { readonly type: 'speaker.noted'; readonly at: number; readonly note: SpeakerNote }
  | FloorEvent
  | AgendaEvent
  | QaEvent;

/** Contribution events: high-rate, commutative, idempotent upserts; never sequenced. */
export type ContributionEvent =
  | { readonly type: 'vote.cast'; readonly at: number; readonly pollId: string; readonly participantId: string; readonly optionIds: readonly string[] }
  | { readonly type: 'participant.channelSet'; readonly at: number; readonly participantId: string; readonly channel: Channel }
  | { readonly type: 'participant.declared'; readonly at: number; readonly participantId: string; readonly declared: Declared }
  | { readonly type: 'participant.conductAccepted'; readonly at: number; readonly participantId: string }
  | { readonly type: 'qa.upvoted'; readonly at: number; readonly questionId: string; readonly participantId: string; readonly up: boolean };

export type DomainEvent = SessionEvent | ContributionEvent;

export function isSessionEvent(event: DomainEvent): event is SessionEvent {
  return (
    event.type !== 'vote.cast' &&
    event.type !== 'participant.channelSet' &&
    event.type !== 'participant.declared' &&
    event.type !== 'participant.conductAccepted' &&
    event.type !== 'qa.upvoted'
  );
}

/** Builds the state from a session's first event. */
export function initialState(created: Extract<SessionEvent, { type: 'session.created' }>): SessionState {
  return {
    id: created.sessionId,
    seq: 1,
    joinCode: created.joinCode,
    plan: created.plan,
    createdAt: created.at,
    polls: {},
    pollOrder: [],
    activePollId: null,
    floor: initialFloor(created.plan.floor.policy, created.plan.floor.speakingLimitSeconds, created.plan.floor.warningSeconds),
    speakerNotes: {},
    run: initialRun(created.plan.agenda.length),
    projector: initialProjector,
    qa: initialQa(qaSettingsOf(created.plan).selectionPolicy),
  };
}

/** The poll with this id, or undefined; never a member of Object.prototype (ids come from clients). */
export function pollById(state: SessionState, pollId: string): Poll | undefined {
  return Object.hasOwn(state.polls, pollId) ? state.polls[pollId] : undefined;
}

function withPoll(state: SessionState, pollId: string, change: (poll: Poll) => Poll): SessionState {
  const poll = pollById(state, pollId);
  // Events are only produced by `decide` against the same state, so a missing poll means a
  // corrupted log; ignoring it keeps replay total and the sequence still advances.
  if (!poll) return state;
  return { ...state, polls: { ...state.polls, [pollId]: change(poll) } };
}

/** Applies one control event. Pure and total: replaying a log always gives the same state. */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  const next = { ...state, seq: state.seq + 1 };
  if (isFloorEvent(event)) return { ...next, floor: evolveFloor(next.floor, event) };
  if (isAgendaEvent(event)) return evolveAgenda(next, event);
  if (isQaEvent(event)) return { ...next, qa: evolveQa(next.qa, event) };
  switch (event.type) {
    case 'session.created':
      return initialState(event);
    case 'poll.created':
      return {
        ...next,
        polls: {
          ...next.polls,
          [event.poll.id]: { ...event.poll, agendaItem: event.poll.agendaItem ?? null, status: 'draft', revealed: false, createdAt: event.at, openedAt: null, closedAt: null },
        },
        pollOrder: [...next.pollOrder, event.poll.id],
      };
    case 'poll.opened':
      return { ...withPoll(next, event.pollId, (p) => ({ ...p, status: 'open', openedAt: event.at, closedAt: null })), activePollId: event.pollId };
    case 'poll.closed':
      return withPoll(next, event.pollId, (p) => ({ ...p, status: 'closed', closedAt: event.at }));
    case 'poll.revealed':
      return withPoll(next, event.pollId, (p) => ({ ...p, revealed: event.revealed }));
    case 'poll.deleted': {
      const { [event.pollId]: _removed, ...polls } = next.polls;
      return {
        ...next,
        polls,
        pollOrder: next.pollOrder.filter((id) => id !== event.pollId),
        activePollId: next.activePollId === event.pollId ? null : next.activePollId,
        // The projector cannot keep showing a poll that is gone.
        projector: next.projector.pollId === event.pollId ? { ...next.projector, pollId: null } : next.projector,
      };
    }
    case 'guidelines.set':
      return { ...next, plan: { ...next.plan, guidelines: event.guidelines, codeOfConduct: event.codeOfConduct } };
    case 'speaker.noted':
      return { ...next, speakerNotes: { ...next.speakerNotes, [event.note.panelSpeaker]: event.note } };
  }
}

/** Folds a whole log; the first event must be `session.created`. */
export function replay(events: readonly SessionEvent[]): SessionState {
  const [first, ...rest] = events;
  if (!first || first.type !== 'session.created') throw new Error('a session log starts with session.created');
  return rest.reduce(evolve, initialState(first));
}

/** Whether the distribution of a poll's votes may be shown to participants and the projector. */
export function resultsPublic(poll: Poll): boolean {
  if (poll.revealed) return true;
  if (poll.resultsVisibility === 'live') return poll.status !== 'draft';
  if (poll.resultsVisibility === 'after_close') return poll.status === 'closed';
  return false;
}
