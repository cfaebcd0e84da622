import { describe, expect, it } from 'vitest';
import { blankAgendaItem, blankPlan, blankPoll, moved, withAgendaMoved, withAgendaRemoved, type PlanDraft } from './planDraft.ts';

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
