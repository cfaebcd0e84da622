import { accept, refuse, type Decision } from './errors.ts';
import { decideAgenda } from './agenda/decideAgenda.ts';
import { decideFloor, type ParticipantProfile } from './floor/decideFloor.ts';
import { decideGuidelines } from './guidelines/decideGuidelines.ts';
import { decideQa } from './qa/decideQa.ts';
import type { PollDraft, SessionPlan } from './plan.ts';
import type { Command } from './protocol/commands.ts';
import type { Role } from './roles.ts';
import { decideSpeakerNote } from './speaker/speakerNotes.ts';
import { pollById, type DomainEvent, type Poll, type PollOption, type SessionEvent, type SessionState } from './session.ts';

/** Who sends a command. Participants carry their per-session id; staff roles do not. */
export interface Actor {
  readonly role: Role;
  readonly participantId: string | null;
  /** For participants: their declared channel and groups, as the server knows them. */
  readonly profile?: ParticipantProfile | null;
}

/** What a decision may depend on besides the state: injected so that the core stays pure. */
export interface DecideContext {
  readonly actor: Actor;
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** A fresh unique id. */
  readonly newId: () => string;
  /** Upvotes of a question, for "Next question" (QA-9); none when left out. */
  readonly upvotes?: (questionId: string) => number;
}

/** Option ids are short and stable: a vote frame stays small and never needs the labels. */
export function optionsFrom(labels: readonly string[]): PollOption[] {
  return labels.map((label, i) => ({ id: `o${i + 1}`, label }));
}

export function pollCreated(draft: PollDraft & { readonly agendaItem?: number | undefined }, id: string, at: number): SessionEvent {
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

/** The events that create a session: its creation, then its prepared polls as drafts. */
export function createSession(plan: SessionPlan, ids: { sessionId: string; joinCode: string }, ctx: Pick<DecideContext, 'now' | 'newId'>): SessionEvent[] {
  return [
    { type: 'session.created', at: ctx.now, sessionId: ids.sessionId, joinCode: ids.joinCode, plan },
    ...plan.polls.map((draft) => pollCreated(draft, ctx.newId(), ctx.now)),
  ];
}

/** Checks a ballot against a poll (POLL-3, POLL-4). */
export function checkBallot(poll: Poll, optionIds: readonly string[]): string | null {
  const known = new Set(poll.options.map((o) => o.id));
  const unknown = optionIds.find((id) => !known.has(id));
  if (unknown !== undefined) return `option ${unknown} is not part of this poll`;
  if (new Set(optionIds).size !== optionIds.length) return 'an option may be chosen only once';
  if (poll.kind === 'single' && optionIds.length !== 1) return 'this poll takes exactly one option';
  if (optionIds.length < 1) return 'choose at least one option';
  return null;
}

/**
 * Decides what a command does to a session: the events to commit, or a typed refusal.
 * Authorisation by role happens before (see `permissions.ts`); this checks the rules of
 * the domain. Pure: same state, command and context, same answer.
 */
export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision<DomainEvent> {
  const at = ctx.now;
  switch (command.type) {
    case 'poll.create':
      if (state.pollOrder.length >= 200) return refuse('invalid_state', 'a session holds at most 200 polls');
      return accept(pollCreated(command.poll, ctx.newId(), at));

    case 'poll.open': {
      const poll = pollById(state, command.pollId);
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status === 'open') return refuse('invalid_state', 'the poll is already open');
      return accept({ type: 'poll.opened', at, pollId: poll.id });
    }

    case 'poll.close': {
      const poll = pollById(state, command.pollId);
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status !== 'open') return refuse('invalid_state', 'only an open poll can be closed');
      return accept({ type: 'poll.closed', at, pollId: poll.id });
    }

    case 'poll.reveal': {
      const poll = pollById(state, command.pollId);
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status === 'draft') return refuse('invalid_state', 'a draft poll has no results to reveal');
      if (poll.revealed === command.revealed) return refuse('invalid_state', command.revealed ? 'results are already revealed' : 'results are already hidden');
      return accept({ type: 'poll.revealed', at, pollId: poll.id, revealed: command.revealed });
    }

    case 'poll.delete': {
      const poll = pollById(state, command.pollId);
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status === 'open') return refuse('invalid_state', 'close the poll before deleting it');
      return accept({ type: 'poll.deleted', at, pollId: poll.id });
    }

    case 'poll.vote': {
      const participantId = ctx.actor.participantId;
      if (participantId === null) return refuse('forbidden', 'only participants vote');
      const poll = pollById(state, command.pollId);
      // A participant never learns that a draft exists (PRIV-2): same answer as for no poll.
      if (!poll || poll.status === 'draft') return refuse('not_found', 'no such poll');
      if (poll.status !== 'open') return refuse('invalid_state', 'the poll is closed');
      const problem = checkBallot(poll, command.optionIds);
      if (problem) return refuse('invalid_input', problem);
      return accept({ type: 'vote.cast', at, pollId: poll.id, participantId, optionIds: [...command.optionIds] });
    }

    case 'participant.setChannel': {
      const participantId = ctx.actor.participantId;
      if (participantId === null) return refuse('forbidden', 'only participants have a channel');
      return accept({ type: 'participant.channelSet', at, participantId, channel: command.channel });
    }

    case 'participant.declare': {
      const participantId = ctx.actor.participantId;
      if (participantId === null) return refuse('forbidden', 'only participants declare groups');
      const { stakeholderGroup, regionalGroup, gender } = command;
      return accept({ type: 'participant.declared', at, participantId, declared: { stakeholderGroup, regionalGroup, gender } });
    }

    case 'floor.raise':
    case 'floor.lower':
    case 'floor.add':
    case 'floor.give':
    case 'floor.end':
    case 'floor.move':
    case 'floor.remove':
    case 'floor.prioritiseReply':
    case 'floor.setPolicy':
    case 'floor.setLimit':
    case 'floor.showBalance':
      return decideFloor(state, command, {
        role: ctx.actor.role,
        participantId: ctx.actor.participantId,
        profile: ctx.actor.profile ?? null,
        now: ctx.now,
        newId: ctx.newId,
      });

    case 'participant.acceptConduct':
    case 'guidelines.set':
      return decideGuidelines(command, { participantId: ctx.actor.participantId, now: ctx.now });

    case 'speaker.note':
      return decideSpeakerNote(state, command, ctx);
    case 'agenda.start':
    case 'agenda.next':
    case 'agenda.previous':
    case 'agenda.jump':
    case 'agenda.end':
    case 'plan.update':
    case 'projector.show':
      return decideAgenda(state, command, ctx);
    case 'qa.ask':
    case 'qa.edit':
    case 'qa.withdraw':
    case 'qa.upvote':
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
      return decideQa(state, command, {
        role: ctx.actor.role,
        participantId: ctx.actor.participantId,
        profile: ctx.actor.profile ?? null,
        now: ctx.now,
        newId: ctx.newId,
        upvotes: ctx.upvotes ?? (() => 0),
      });
  }
}

/**
 * Commands whose events are contributions: commutative upserts that the server commits in
 * groups, outside the session sequence. All others are control commands, decided one at a
 * time per session.
 */
const CONTRIBUTION_COMMANDS: ReadonlySet<Command['type']> = new Set(['poll.vote', 'participant.setChannel', 'participant.declare', 'participant.acceptConduct', 'qa.upvote']);

export function isContributionCommand(type: Command['type']): boolean {
  return CONTRIBUTION_COMMANDS.has(type);
}
