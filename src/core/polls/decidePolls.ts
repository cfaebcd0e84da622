import type { DecideContext } from '../decideContext.ts';
import { accept, refusal, refuse, refuseWith, type Decision, type DomainError } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import type { SessionState } from '../sessionState.ts';
import type { pollCommands } from './pollCommands.ts';
import { pollCreated, type PollEvent, type VoteCast } from './pollEvents.ts';
import { MAX_POLLS, pollById, type Poll } from './pollTypes.ts';

export type PollCommand = CommandsOf<typeof pollCommands>;

/** Checks a ballot against a poll (POLL-3, POLL-4). */
export function checkBallot(poll: Poll, optionIds: readonly string[]): DomainError | null {
  const known = new Set(poll.options.map((o) => o.id));
  const unknown = optionIds.find((id) => !known.has(id));
  if (unknown !== undefined) return refusal('poll.unknownOption', { option: unknown });
  if (new Set(optionIds).size !== optionIds.length) return refusal('poll.optionTwice');
  if (poll.kind === 'single' && optionIds.length !== 1) return refusal('poll.exactlyOne');
  if (optionIds.length < 1) return refusal('poll.atLeastOne');
  return null;
}

/** Decides a poll command (POLL rules); authorisation by role happened before. */
export function decidePolls(state: SessionState, command: PollCommand, ctx: DecideContext): Decision<PollEvent | VoteCast> {
  const at = ctx.now;
  if (command.type === 'poll.create') {
    if (state.pollOrder.length >= MAX_POLLS) return refuse('poll.tooMany', { max: MAX_POLLS });
    return accept(pollCreated(command.poll, ctx.newId(), at));
  }
  const poll = pollById(state, command.pollId);
  switch (command.type) {
    case 'poll.open':
      if (!poll) return refuse('poll.notFound');
      if (poll.status === 'open') return refuse('poll.alreadyOpen');
      if (command.alongside !== true) {
        // Two open polls split the room's attention and the big screen: only on purpose (POLL-8).
        const other = state.pollOrder.map((id) => state.polls[id]).find((p) => p?.status === 'open');
        if (other) return refuse('poll.anotherOpen', { question: other.question });
      }
      return accept({ type: 'poll.opened', at, pollId: poll.id });

    case 'poll.close':
      if (!poll) return refuse('poll.notFound');
      if (poll.status !== 'open') return refuse('poll.notOpen');
      return accept({ type: 'poll.closed', at, pollId: poll.id });

    case 'poll.reveal':
      if (!poll) return refuse('poll.notFound');
      if (poll.status === 'draft') return refuse('poll.draftHasNoResults');
      if (poll.revealed === command.revealed) return refuse(command.revealed ? 'poll.alreadyRevealed' : 'poll.alreadyHidden');
      return accept({ type: 'poll.revealed', at, pollId: poll.id, revealed: command.revealed });

    case 'poll.delete':
      if (!poll) return refuse('poll.notFound');
      if (poll.status === 'open') return refuse('poll.closeBeforeDelete');
      return accept({ type: 'poll.deleted', at, pollId: poll.id });

    case 'poll.vote': {
      const participantId = ctx.actor.participantId;
      if (participantId === null) return refuse('participant.only', { action: 'vote' });
      // A participant never learns that a draft exists (PRIV-2): same answer as for no poll.
      if (!poll || poll.status === 'draft') return refuse('poll.notFound');
      if (poll.status !== 'open') return refuse('poll.closed');
      const problem = checkBallot(poll, command.optionIds);
      if (problem) return refuseWith(problem);
      return accept({ type: 'vote.cast', at, pollId: poll.id, participantId, optionIds: [...command.optionIds] });
    }
  }
}
