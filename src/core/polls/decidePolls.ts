import type { DecideContext } from '../decideContext.ts';
import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import type { SessionState } from '../sessionState.ts';
import type { pollCommands } from './pollCommands.ts';
import { pollCreated, type PollEvent, type VoteCast } from './pollEvents.ts';
import { MAX_POLLS, pollById, type Poll } from './pollTypes.ts';

export type PollCommand = CommandsOf<typeof pollCommands>;

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

/** Decides a poll command (POLL rules); authorisation by role happened before. */
export function decidePolls(state: SessionState, command: PollCommand, ctx: DecideContext): Decision<PollEvent | VoteCast> {
  const at = ctx.now;
  if (command.type === 'poll.create') {
    if (state.pollOrder.length >= MAX_POLLS) return refuse('invalid_state', `a session holds at most ${MAX_POLLS} polls`);
    return accept(pollCreated(command.poll, ctx.newId(), at));
  }
  const poll = pollById(state, command.pollId);
  switch (command.type) {
    case 'poll.open':
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status === 'open') return refuse('invalid_state', 'the poll is already open');
      return accept({ type: 'poll.opened', at, pollId: poll.id });

    case 'poll.close':
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status !== 'open') return refuse('invalid_state', 'only an open poll can be closed');
      return accept({ type: 'poll.closed', at, pollId: poll.id });

    case 'poll.reveal':
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status === 'draft') return refuse('invalid_state', 'a draft poll has no results to reveal');
      if (poll.revealed === command.revealed) return refuse('invalid_state', command.revealed ? 'results are already revealed' : 'results are already hidden');
      return accept({ type: 'poll.revealed', at, pollId: poll.id, revealed: command.revealed });

    case 'poll.delete':
      if (!poll) return refuse('not_found', 'no such poll');
      if (poll.status === 'open') return refuse('invalid_state', 'close the poll before deleting it');
      return accept({ type: 'poll.deleted', at, pollId: poll.id });

    case 'poll.vote': {
      const participantId = ctx.actor.participantId;
      if (participantId === null) return refuse('forbidden', 'only participants vote');
      // A participant never learns that a draft exists (PRIV-2): same answer as for no poll.
      if (!poll || poll.status === 'draft') return refuse('not_found', 'no such poll');
      if (poll.status !== 'open') return refuse('invalid_state', 'the poll is closed');
      const problem = checkBallot(poll, command.optionIds);
      if (problem) return refuse('invalid_input', problem);
      return accept({ type: 'vote.cast', at, pollId: poll.id, participantId, optionIds: [...command.optionIds] });
    }
  }
}
