import type { DecideContext } from '../decideContext.ts';
import { repeatProblem, type PreparedPoll } from '../plan.ts';
import { pollCreated, type PollEvent } from './pollEvents.ts';
import { pairProblem } from './pollShift.ts';
import type { Poll, PollsState } from './pollTypes.ts';

/**
 * The prepared polls of a plan as the session's polls (SESS-1, RUN-7, POLL-36): the drafts to
 * create, and a `poll.paired` for each prepared poll that `repeats` an earlier one, so the later
 * poll carries its shift from the moment it is launched and nobody pairs them by hand.
 */

type PollShape = Pick<Poll, 'id' | 'kind' | 'options' | 'question' | 'pairedWith'>;

function shapeOf(event: PollEvent & { type: 'poll.created' }): PollShape {
  return { ...event.poll, pairedWith: null };
}

/**
 * The events that make a new plan's prepared polls: every one a draft, in the plan's order,
 * then the pairs its `repeats` name.
 */
export function preparedPollEvents(polls: readonly PreparedPoll[], ctx: Pick<DecideContext, 'now' | 'newId'>): PollEvent[] {
  const created = polls.map((draft) => pollCreated(draft, ctx.newId(), ctx.now) as PollEvent & { type: 'poll.created' });
  const shapes = created.map(shapeOf);
  return [...created, ...pairs(polls, shapes, ctx.now)];
}

/**
 * The events that bring a live session's polls in line with a changed plan (RUN-7): a prepared
 * poll whose question a poll already asks is that poll (polls already there are changed with the
 * poll commands, and one dropped from the plan keeps its results); a new question becomes a draft.
 * A poll that repeats an earlier one may ask the same question: it is the poll already paired with
 * that earlier one, else another poll with its question, else a new draft. A repeat whose poll is
 * not paired yet is paired; one a moderator paired with another poll is left as it is.
 */
export function updatedPollEvents(existing: Pick<PollsState, 'polls' | 'pollOrder'>, polls: readonly PreparedPoll[], ctx: Pick<DecideContext, 'now' | 'newId'>): PollEvent[] {
  const shapes: PollShape[] = [];
  const created: PollEvent[] = [];
  const present: PollShape[] = existing.pollOrder.flatMap((id) => (Object.hasOwn(existing.polls, id) && existing.polls[id] ? [existing.polls[id]] : []));
  const taken = new Set<string>();
  polls.forEach((draft, i) => {
    const question = draft.question.toLowerCase();
    const asking = [...present, ...shapes.filter((s) => !present.includes(s))].filter((p) => p.question.toLowerCase() === question);
    const before = draft.repeats !== undefined && repeatProblem(polls, i) === null ? shapes[draft.repeats] : undefined;
    const found = before
      ? (asking.find((p) => p.pairedWith === before.id && !taken.has(p.id)) ?? asking.find((p) => p.id !== before.id && !taken.has(p.id)))
      : asking[0];
    if (found) {
      taken.add(found.id);
      shapes.push(found);
      return;
    }
    const event = pollCreated(draft, ctx.newId(), ctx.now) as PollEvent & { type: 'poll.created' };
    created.push(event);
    shapes.push(shapeOf(event));
    taken.add(event.poll.id);
  });
  return [...created, ...pairs(polls, shapes, ctx.now)];
}

/** `poll.paired` for every repeat not paired yet whose polls can be paired (POLL-34's checks). */
function pairs(polls: readonly PreparedPoll[], shapes: readonly PollShape[], at: number): PollEvent[] {
  return polls.flatMap((draft, i) => {
    if (draft.repeats === undefined || repeatProblem(polls, i) !== null) return [];
    const after = shapes[i];
    const before = shapes[draft.repeats];
    if (!after || !before || after.pairedWith !== null || pairProblem(before, after) !== null) return [];
    return [{ type: 'poll.paired' as const, at, pollId: after.id, beforeId: before.id }];
  });
}
