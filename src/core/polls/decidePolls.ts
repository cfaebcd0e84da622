import type { DecideContext } from '../decideContext.ts';
import { accept, refusal, refuse, refuseWith, type Decision, type DomainError } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import type { SessionState } from '../sessionState.ts';
import type { pollCommands } from './pollCommands.ts';
import { pollCreated, type PollEvent, type VoteCast } from './pollEvents.ts';
import { MAX_WORD_LENGTH } from '../plan.ts';
import { PAIRABLE_KINDS, pairProblem } from './pollShift.ts';
import { cleanAnswer, normaliseWord } from './pollWords.ts';
import { quizClosesAt } from './quizTimer.ts';
import { MAX_POLLS, pollById, takesText, type Poll } from './pollTypes.ts';

export type PollCommand = CommandsOf<typeof pollCommands>;

/** Checks a ballot against a poll (POLL-3, POLL-4). */
export function checkBallot(poll: Poll, optionIds: readonly string[]): DomainError | null {
  if (takesText(poll.kind)) return refusal('poll.writeInstead');
  const known = new Set(poll.options.map((o) => o.id));
  const unknown = optionIds.find((id) => !known.has(id));
  if (unknown !== undefined) return refusal('poll.unknownOption', { option: unknown });
  if (new Set(optionIds).size !== optionIds.length) return refusal('poll.optionTwice');
  const oneOnly = poll.kind === 'single' || poll.kind === 'rating' || poll.kind === 'quiz';
  if (oneOnly && optionIds.length !== 1) return refusal('poll.exactlyOne');
  if (optionIds.length < 1) return refusal('poll.atLeastOne');
  // POLL-20: a multiple-choice poll may cap the options one ballot names.
  if (poll.kind === 'multiple' && poll.maxChoices !== null && optionIds.length > poll.maxChoices) return refusal('poll.tooManyChoices', { max: poll.maxChoices });
  // POLL-23: a ranking orders every option, so each ballot gives each option a place.
  if (poll.kind === 'ranking' && optionIds.length !== poll.options.length) return refusal('poll.rankAll');
  return null;
}

/** The entries of a word-cloud or open-text ballot as they are kept, or why they are refused (POLL-24, POLL-25). */
export function checkEntries(poll: Poll, entries: readonly string[]): { readonly entries: string[] } | DomainError {
  if (poll.kind === 'open_text') {
    if (entries.length !== 1) return refusal('poll.oneAnswer');
    const answer = cleanAnswer(entries[0] ?? '');
    return answer === '' ? refusal('poll.emptyAnswer') : { entries: [answer] };
  }
  if (poll.kind !== 'wordcloud') return refusal('poll.chooseInstead');
  const max = poll.maxWords ?? 3;
  if (entries.length > max) return refusal('poll.tooManyWords', { max });
  if (entries.some((e) => e.trim().length > MAX_WORD_LENGTH)) return refusal('poll.wordTooLong', { max: MAX_WORD_LENGTH });
  // The same word twice in one ballot counts once: a ballot cannot weigh a word double.
  const words = [...new Set(entries.map(normaliseWord).filter((w) => w !== ''))];
  return words.length === 0 ? refusal('poll.noWords') : { entries: words };
}

/** POLL-26: a quiz takes answers only until its timer runs out. */
function timeUp(poll: Poll, now: number): boolean {
  const closesAt = quizClosesAt(poll);
  return closesAt !== null && now > closesAt;
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

    case 'poll.expire': {
      // POLL-50: idempotent — a quiz already closed, or opened again since, is not this timer's any more.
      if (!poll) return refuse('poll.notFound');
      if (poll.status !== 'open' || poll.openedAt !== command.openedAt) return refuse('poll.notOpen');
      const closesAt = quizClosesAt(poll);
      if (closesAt === null) return refuse('poll.noTimer');
      if (at < closesAt) return refuse('poll.timeNotUp');
      return accept({ type: 'poll.closed', at, pollId: poll.id });
    }

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
      if (timeUp(poll, at)) return refuse('poll.timeUp');
      return accept({ type: 'vote.cast', at, pollId: poll.id, participantId, optionIds: [...command.optionIds] });
    }

    case 'poll.write': {
      const participantId = ctx.actor.participantId;
      if (participantId === null) return refuse('participant.only', { action: 'vote' });
      if (!poll || poll.status === 'draft') return refuse('poll.notFound');
      if (poll.status !== 'open') return refuse('poll.closed');
      const checked = checkEntries(poll, command.entries);
      if (!('entries' in checked)) return refuseWith(checked);
      return accept({ type: 'vote.cast', at, pollId: poll.id, participantId, optionIds: checked.entries });
    }

    case 'poll.pair': {
      if (!poll) return refuse('poll.notFound');
      if (command.beforeId === null) return poll.pairedWith === null ? refuse('poll.notPaired') : accept({ type: 'poll.paired', at, pollId: poll.id, beforeId: null });
      const before = pollById(state, command.beforeId);
      if (!before) return refuse('poll.notFound');
      const problem = pairProblem(before, poll);
      if (problem) return refuse(problem);
      // "Before" is the earlier of the two: the shift reads from the first asking to the second.
      if (state.pollOrder.indexOf(before.id) > state.pollOrder.indexOf(poll.id)) return refuse('poll.pairOrder');
      if (poll.pairedWith === before.id) return refuse('poll.alreadyPaired');
      return accept({ type: 'poll.paired', at, pollId: poll.id, beforeId: before.id });
    }

    case 'poll.showBreakdown':
      if (!poll) return refuse('poll.notFound');
      // Shares per option side by side: the kinds a pair is made of (words and ranks have none).
      if (!PAIRABLE_KINDS.includes(poll.kind)) return refuse('poll.noBreakdown');
      if (poll.shownBreakdown === command.dimension) return refuse('poll.breakdownAlreadyShown');
      return accept({ type: 'poll.breakdownShown', at, pollId: poll.id, dimension: command.dimension });

    case 'poll.judge':
      if (!poll) return refuse('poll.notFound');
      if (!takesText(poll.kind)) return refuse('poll.nothingToJudge');
      if ((poll.verdicts[command.key] ?? null) === command.verdict) return refuse('poll.alreadyJudged');
      return accept({ type: 'poll.entryJudged', at, pollId: poll.id, key: command.key, verdict: command.verdict });
  }
}
