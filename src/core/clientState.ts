import type { DeskView } from './desk/deskView.ts';
import type { BalanceMeter } from './floor/balanceMeter.ts';
import type { Declared } from './vocabulary.ts';
import type { FloorView, MyFloorView } from './floor/floorViews.ts';
import type { GuidelinesView } from './guidelines/guidelinesView.ts';
import type { CommandInput } from './protocol/commands.ts';
import type { ServerMessage } from './protocol/serverMessages.ts';
import type { SpeakerNote } from './speaker/speakerTypes.ts';
import type { Channel, Role } from './roles.ts';
import type { PresenceView, SessionView } from './views.ts';
import type { PollView, TallyView } from './polls/pollViews.ts';
import { tallyFromWire } from './polls/tallyWire.ts';
import { applyQaMessage, emptyQaClientState, qaFromWelcome, withMyUpvote, type QaClientState } from './qa/qaClientState.ts';

/**
 * The state a client holds, built only from server messages by `applyServerMessage`. The
 * participant, moderator and projector views are selectors over it.
 */
export interface ClientState {
  readonly role: Role | null;
  /** Last session sequence applied; sent in the next hello to resume. */
  readonly seq: number;
  readonly session: SessionView | null;
  /** In creation order. */
  readonly polls: readonly PollView[];
  readonly tallies: Readonly<Record<string, TallyView>>;
  /** Per word-cloud or open-text poll, the texts its next public tally names by place (POLL-24, `tallyWire.ts`). */
  readonly tallyTexts: Readonly<Record<string, readonly string[]>>;
  readonly presence: PresenceView;
  /** Participants only. */
  readonly channel: Channel | null;
  /** Participants only: the options of their own acknowledged ballots. */
  readonly myVotes: Readonly<Record<string, readonly string[]>>;
  readonly floor: FloorView | null;
  /** Participants only: their hand and place in the queue. */
  readonly myFloor: MyFloorView;
  /** Participants only: the groups they declared. */
  readonly declared: Declared;
  /** Null where this role is not shown the balance meter. */
  readonly balance: BalanceMeter | null;
  /** Guidelines per channel and the code of conduct (GUIDE-2); null before the first welcome. */
  readonly guidelines: GuidelinesView | null;
  /** Participants only: whether they accepted the code of conduct (GUIDE-3). */
  readonly conductAccepted: boolean;
  /** Speaker links only: which panel speaker this is (SPEAK-1). */
  readonly panelSpeaker: number | null;
  /** Speakers: the latest note to them; staff: the latest note sent to any speaker (SPEAK-2). */
  readonly speakerNote: SpeakerNote | null;
  /** The Q&A (see `qa/qaClientState.ts`). */
  readonly qa: QaClientState;
  /** Staff and the rapporteur: the rapporteur's notes and the timeline of who spoke (REPORT-6); null for everyone else. */
  readonly desk: DeskView | null;
}

export const emptyClientState: ClientState = {
  role: null,
  seq: 0,
  session: null,
  polls: [],
  tallies: {},
  tallyTexts: {},
  presence: { onsite: 0, online: 0, undeclared: 0 },
  channel: null,
  myVotes: {},
  floor: null,
  myFloor: { handId: null, position: null, intent: null, speaking: false },
  declared: { stakeholderGroup: null, regionalGroup: null, gender: null },
  balance: null,
  guidelines: null,
  conductAccepted: false,
  panelSpeaker: null,
  speakerNote: null,
  qa: emptyQaClientState,
  desk: null,
};

function upsertPoll(polls: readonly PollView[], poll: PollView): PollView[] {
  const index = polls.findIndex((p) => p.id === poll.id);
  if (index === -1) return [...polls, poll];
  const next = [...polls];
  next[index] = poll;
  return next;
}

/** Applies one server message. Messages that change nothing here (ack, error) return the same state. */
export function applyServerMessage(state: ClientState, message: ServerMessage): ClientState {
  switch (message.type) {
    case 'welcome': {
      // A welcome's tallies carry the texts of the last broadcast (`base`): what the client kept before is not read.
      const read = message.tallies.map((t) => [t.pollId, tallyFromWire(t)] as const);
      const tallies: Record<string, TallyView> = Object.fromEntries(read.map(([id, r]) => [id, r.tally]));
      const tallyTexts: Record<string, readonly string[]> = Object.fromEntries(read.flatMap(([id, r]) => (r.texts.length > 0 ? [[id, r.texts]] : [])));
      return {
        ...state,
        role: message.role,
        seq: message.seq,
        session: message.snapshot ? message.snapshot.session : state.session,
        polls: message.snapshot ? message.snapshot.polls : state.polls,
        floor: message.snapshot ? message.snapshot.floor : state.floor,
        tallies,
        tallyTexts,
        presence: message.presence,
        balance: message.balance,
        channel: message.me ? message.me.channel : null,
        myVotes: message.me ? message.me.votes : {},
        myFloor: message.me ? message.me.floor : emptyClientState.myFloor,
        declared: message.me ? message.me.declared : emptyClientState.declared,
        conductAccepted: message.me ? message.me.conductAccepted : false,
        guidelines: message.guidelines,
        panelSpeaker: message.panelSpeaker,
        speakerNote: message.speakerNote ?? state.speakerNote,
        qa: qaFromWelcome(state.qa, message.snapshot?.qa, message.me?.qa),
        desk: message.desk ?? null,
      };
    }
    case 'guidelines.updated':
      return { ...state, seq: Math.max(state.seq, message.seq), guidelines: message.guidelines };
    case 'speaker.note':
      return { ...state, speakerNote: message.note };
    case 'desk.updated':
      return { ...state, seq: Math.max(state.seq, message.seq), desk: message.desk };
    case 'floor.updated':
      return { ...state, seq: Math.max(state.seq, message.seq), floor: message.floor };
    case 'floor.mine': {
      const { type: _type, ...mine } = message;
      return { ...state, myFloor: mine };
    }
    case 'balance':
      return { ...state, balance: message.meter };
    case 'session.updated':
      return { ...state, seq: Math.max(state.seq, message.seq), session: message.session };
    case 'poll.updated':
      return { ...state, seq: Math.max(state.seq, message.seq), polls: upsertPoll(state.polls, message.poll) };
    case 'poll.removed': {
      const { [message.pollId]: _gone, ...tallies } = state.tallies;
      const { [message.pollId]: _texts, ...tallyTexts } = state.tallyTexts;
      return {
        ...state,
        seq: Math.max(state.seq, message.seq),
        polls: state.polls.filter((p) => p.id !== message.pollId),
        tallies,
        tallyTexts,
      };
    }
    case 'tally': {
      const { type: _type, ...wire } = message;
      const { tally, texts } = tallyFromWire(wire, state.tallyTexts[wire.pollId]);
      const tallyTexts = texts === state.tallyTexts[wire.pollId] ? state.tallyTexts : { ...state.tallyTexts, [wire.pollId]: texts };
      return { ...state, tallies: { ...state.tallies, [wire.pollId]: tally }, tallyTexts };
    }
    case 'presence': {
      const { type: _type, ...presence } = message;
      return { ...state, presence };
    }
    case 'qa.question':
    case 'qa.removed':
    case 'qa.board':
      return { ...state, seq: Math.max(state.seq, message.seq), qa: applyQaMessage(state.qa, message) };
    case 'qa.upvotes':
    case 'qa.mine':
      return { ...state, qa: applyQaMessage(state.qa, message) };
    case 'ack':
    case 'error':
    case 'pong':
      return state;
  }
}

/** Records the participant's own ballot once the server acknowledged it. */
export function withMyVote(state: ClientState, pollId: string, optionIds: readonly string[]): ClientState {
  return { ...state, myVotes: { ...state.myVotes, [pollId]: [...optionIds] } };
}

/**
 * Applies one of the client's own commands once the server acknowledged it: the ballot,
 * upvote, channel, declared groups and conduct acceptance that no broadcast carries back to
 * their sender. Every other command returns the same state; what it changes arrives as
 * server messages. A new command type does not compile until it is placed here.
 */
export function applyAcknowledged(state: ClientState, command: CommandInput): ClientState {
  switch (command.type) {
    case 'poll.vote':
      return withMyVote(state, command.pollId, command.optionIds);
    case 'poll.write':
      // Only the sender's own phone keeps its words; the server keeps them normalised.
      return withMyVote(state, command.pollId, command.entries);
    case 'qa.upvote':
      return { ...state, qa: withMyUpvote(state.qa, command.questionId, command.up) };
    case 'participant.setChannel':
      return { ...state, channel: command.channel };
    case 'participant.acceptConduct':
      return { ...state, conductAccepted: true };
    case 'participant.declare': {
      // The same defaults the server's schema fills in: a field left out is cleared.
      const { stakeholderGroup = null, regionalGroup = null, gender = null } = command;
      return { ...state, declared: { stakeholderGroup, regionalGroup, gender } };
    }
    case 'poll.create':
    case 'poll.open':
    case 'poll.close':
    case 'poll.expire':
    case 'poll.reveal':
    case 'poll.delete':
    case 'poll.judge':
    case 'poll.pair':
    case 'poll.showBreakdown':
    case 'floor.raise':
    case 'floor.lower':
    case 'floor.done':
    case 'floor.add':
    case 'floor.give':
    case 'floor.end':
    case 'floor.move':
    case 'floor.remove':
    case 'floor.prioritiseReply':
    case 'floor.setPolicy':
    case 'floor.setLimit':
    case 'floor.showBalance':
    case 'guidelines.set':
    case 'speaker.note':
    case 'agenda.start':
    case 'agenda.next':
    case 'agenda.previous':
    case 'agenda.jump':
    case 'agenda.end':
    case 'plan.update':
    case 'projector.show':
    case 'qa.ask':
    case 'qa.edit':
    case 'qa.withdraw':
    case 'qa.approve':
    case 'qa.reject':
    case 'qa.answer':
    case 'qa.archive':
    case 'qa.pin':
    case 'qa.merge':
    case 'qa.label':
    case 'qa.reply':
    case 'qa.forward':
    case 'qa.next':
    case 'qa.setPolicy':
    case 'desk.note':
    case 'desk.edit':
    case 'desk.remove':
    case 'followUp.announce':
      return state;
    default: {
      const unplaced: never = command;
      return unplaced;
    }
  }
}

/** The poll the big screen shows: the active one, else the latest opened. */
export function activePoll(state: ClientState): PollView | null {
  const id = state.session?.activePollId;
  return state.polls.find((p) => p.id === id) ?? null;
}

/** Polls a participant can vote in or see results of, newest first. */
export function participantPolls(state: ClientState): PollView[] {
  return state.polls.filter((p) => p.status !== 'draft').reverse();
}
