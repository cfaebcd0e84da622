import { describe, expect, it } from 'vitest';
import { blankAgendaItem, blankPlan, blankPoll, moved, withAgendaMoved, withAgendaRemoved, withPollDuplicated, withPollMoved, withPollRemoved, type PlanDraft } from './planDraft.ts';

/** SESS-7: reordering the plan's lists on the host page; polls stay with their agenda item. */

function planWith(items: string[], pollItems: (number | undefined)[]): PlanDraft {
  const plan = blankPlan();
  return {
    ...plan,
    agenda: items.map((title) => ({ ...blankAgendaItem(), title })),
    polls: pollItems.map((agendaItem, i) => ({ ...blankPoll(), question: `Poll ${String(i + 1)}`, agendaItem })),
  };
}

describe('SESS-7: moving items of the plan', () => {
  it('SESS-7: an item moves to its new place, the others keep their order', () => {
    expect(moved(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('SESS-7: a poll follows its agenda item when items move', () => {
    const plan = withAgendaMoved(planWith(['Opening', 'Round 1', 'Round 2'], [0, 2, undefined]), 2, 0);
    expect(plan.agenda.map((item) => item.title)).toEqual(['Round 2', 'Opening', 'Round 1']);
    expect(plan.polls.map((poll) => [poll.question, poll.agendaItem === undefined ? null : plan.agenda[poll.agendaItem]?.title])).toEqual([
      ['Poll 1', 'Opening'],
      ['Poll 2', 'Round 2'],
      ['Poll 3', null],
    ]);
  });

  it('SESS-7: removing an item leaves its polls without an item and keeps the others on theirs', () => {
    const plan = withAgendaRemoved(planWith(['Opening', 'Round 1', 'Round 2'], [0, 1, 2]), 1);
    expect(plan.polls.map((poll) => (poll.agendaItem === undefined ? null : plan.agenda[poll.agendaItem]?.title))).toEqual(['Opening', null, 'Round 2']);
  });
});

describe('SESS-7, POLL-36: moving, removing and duplicating prepared polls', () => {
  /** Each poll as "question→the question it repeats". */
  const shape = (plan: PlanDraft) => plan.polls.map((poll) => (poll.repeats === undefined ? poll.question : `${poll.question}→${plan.polls[poll.repeats]?.question ?? '?'}`));
  const withRepeat = (plan: PlanDraft, index: number, repeats: number): PlanDraft => ({ ...plan, polls: plan.polls.map((p, i) => (i === index ? { ...p, repeats } : p)) });

  it('POLL-36: a moved poll keeps its place in pairs: the repeat names the same poll after the move', () => {
    const plan = withRepeat(planWith([], [undefined, undefined, undefined, undefined]), 3, 1);
    expect(shape(plan)).toEqual(['Poll 1', 'Poll 2', 'Poll 3', 'Poll 4→Poll 2']);
    expect(shape(withPollMoved(plan, 1, 0))).toEqual(['Poll 2', 'Poll 1', 'Poll 3', 'Poll 4→Poll 2']);
    expect(shape(withPollMoved(plan, 3, 2))).toEqual(['Poll 1', 'Poll 2', 'Poll 4→Poll 2', 'Poll 3']);
    expect(withPollMoved(plan, 3, 2).polls[2]?.repeats).toBe(1);
    // Moved above its original, the repeat still names it; the plan check then names the problem.
    expect(withPollMoved(plan, 3, 0).polls[0]?.repeats).toBe(2);
  });

  it('POLL-36: removing a poll ends the repeats that named it and renumbers the later ones', () => {
    const plan = withRepeat(withRepeat(planWith([], [undefined, undefined, undefined, undefined]), 2, 0), 3, 1);
    expect(shape(withPollRemoved(plan, 0))).toEqual(['Poll 2', 'Poll 3', 'Poll 4→Poll 2']);
    expect(withPollRemoved(plan, 0).polls[1]).not.toHaveProperty('repeats');
    expect(shape(withPollRemoved(plan, 2))).toEqual(['Poll 1', 'Poll 2', 'Poll 4→Poll 2']);
  });

  it('SESS-7: a duplicate comes right after its original, a copy the later edits do not share, and the repeats keep their polls', () => {
    const plan = withRepeat(planWith(['Opening'], [0, undefined, undefined]), 2, 1);
    const doubled = withPollDuplicated(plan, 1);
    expect(shape(doubled)).toEqual(['Poll 1', 'Poll 2', 'Poll 2', 'Poll 3→Poll 2']);
    expect(doubled.polls[3]?.repeats).toBe(1);
    expect(doubled.polls[2]).toEqual(doubled.polls[1]);
    expect(doubled.polls[2]?.options).not.toBe(doubled.polls[1]?.options);
    expect(shape(withPollDuplicated(plan, 2))).toEqual(['Poll 1', 'Poll 2', 'Poll 3→Poll 2', 'Poll 3→Poll 2']);
    expect(withPollDuplicated(plan, 0).polls.map((p) => p.agendaItem)).toEqual([0, 0, undefined, undefined]);
    expect(withPollDuplicated(plan, 7)).toBe(plan);
  });
});
